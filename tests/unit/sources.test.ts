import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 450;
const ROOTS = ['utils', 'components', 'entrypoints', 'scripts'];

/** Every .ts/.tsx file under a folder, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = ROOTS.flatMap(sources);
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('source files stay small and typed', () => {
  it('finds the sources it checks', () => {
    expect(files).toContain('utils/search/engine.ts');
    expect(files).toContain('components/ui/Field.tsx');
    expect(files).toContain('scripts/test-all.ts');
  });

  it(`has no source file outside tests/ over ${MAX_LINES} lines`, () => {
    const over = files.flatMap((f) => {
      const lines = lineCount(readFileSync(f, 'utf8'));
      return lines > MAX_LINES ? [`${f}: ${lines} lines`] : [];
    });
    expect(over).toEqual([]);
  });

  it('reads form values through the typed inputs, never by casting an event target', () => {
    const casts = files
      .filter((f) => !f.startsWith('scripts/'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => [`${f}:${i + 1}`, line] as const)
          .filter(([, line]) => /\.(current)?[tT]arget as HTML\w*Element/.test(line))
          .map(([where]) => where),
      );
    expect(casts).toEqual([]);
  });
});
