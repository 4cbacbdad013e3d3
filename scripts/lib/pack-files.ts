import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { encodingErrors, type LoadResult, loadPack, type PackFile } from '../../utils/knowledge';

/** Reads every pack file (pack.json and Markdown) under `dir`. */
export function readPackFiles(dir: string): PackFile[] {
  const out: PackFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'pack.json' || name.endsWith('.md')) {
        out.push({ path: relative(dir, full).split(sep).join('/'), content: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return out;
}

export function loadPackDir(dir = 'knowledge'): LoadResult {
  const files = readPackFiles(dir);
  // Node reads bytes that are not UTF-8 as U+FFFD, as the browser does: the validator names them too.
  const encoding = encodingErrors(files);
  const result = loadPack(files);
  return encoding.length ? { pack: null, errors: [...encoding, ...result.errors] } : result;
}
