import type { PackError } from './types';

/** A line quoted in an error: enough to find it, not a whole 100 KB line. */
const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

export interface FrontMatter {
  values: Record<string, string>;
  /** 1-based line of each key. */
  lines: Record<string, number>;
  /** Line index (0-based) where the body starts. */
  bodyStart: number;
}

/**
 * A deliberately small front-matter reader: `key: value` lines between `---` fences,
 * values optionally quoted. Enough for pack metadata, and every error knows its line.
 */
export function parseFrontMatter(file: string, lines: string[]): { fm: FrontMatter | null; errors: PackError[] } {
  const errors: PackError[] = [];
  if ((lines[0] ?? '').trim() !== '---') {
    return { fm: null, errors: [{ file, line: 1, message: 'missing front matter: the file must start with a line "---"' }] };
  }
  // Keys are the file's words: `constructor` or `__proto__` is a key like any other, not Object's.
  const values: Record<string, string> = Object.create(null);
  const keyLines: Record<string, number> = Object.create(null);
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '---') return { fm: { values, lines: keyLines, bodyStart: i + 1 }, errors };
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(raw);
    if (!m) {
      errors.push({ file, line: i + 1, message: `front matter line is not "key: value": ${clip(raw.trim())}` });
      continue;
    }
    const key = m[1] as string;
    let value = (m[2] as string).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    if (Object.hasOwn(values, key)) errors.push({ file, line: i + 1, message: `front matter key "${key}" appears twice` });
    values[key] = value;
    keyLines[key] = i + 1;
  }
  return { fm: null, errors: [...errors, { file, line: lines.length, message: 'front matter is not closed with "---"' }] };
}
