import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const foldersOf = (dir: string) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());

describe('the README is a newcomer page that stays true', () => {
  it('is at most 8 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(8192);
  });

  it.each([...foldersOf('utils').map((f) => `utils/${f}`), ...foldersOf('components').map((f) => `components/${f}`)])('the folder map names %s', (folder) => {
    const [top, name] = folder.split('/');
    // The indented lines under the map's "utils/" or "components/" line.
    const lines = readme.slice(readme.indexOf('## Where things are')).split('\n');
    const start = lines.findIndex((line) => line.startsWith(`${top}/`));
    const end = lines.findIndex((line, i) => i > start && /^\S/.test(line));
    expect(lines.slice(start + 1, end).map((line) => line.trim().split(/\s/)[0])).toContain(`${name}/`);
  });

  it('names the install and test commands', () => {
    expect(readme).toMatch(/npm ci && npm test/);
  });

  it('links only to files that exist', () => {
    const targets = [...readme.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1] ?? '');
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect(existsSync(target), target).toBe(true);
  });
});
