/** A cheap content hash (FNV-1a, 32-bit) of everything given. */
export function contentKey(parts: Iterable<string>): string {
  let h = 0x811c9dc5;
  let n = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
    n++;
  }
  return `${(h >>> 0).toString(16)}-${n}`;
}
