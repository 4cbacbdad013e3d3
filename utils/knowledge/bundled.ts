import type { PackFile } from './types';

// The pack ships inside the extension: read at build time, parsed and validated at start.
const raw = import.meta.glob<string>(['/knowledge/**/*.md', '/knowledge/pack.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function bundledPackFiles(): PackFile[] {
  return Object.entries(raw).map(([path, content]) => ({ path: path.replace(/^\/knowledge\//, ''), content }));
}
