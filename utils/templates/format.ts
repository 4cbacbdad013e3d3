/** Where a reply is going, which decides its markup and limits. */
export type Platform = 'whatsapp' | 'x' | 'instagram' | 'messenger' | 'email' | 'plain';

export const X_LIMIT = 280;
const URL = /https?:\/\/\S+/g;

/**
 * WhatsApp shows *bold*; everywhere else the asterisks would show as-is, so they go.
 * Trailing spaces are trimmed and runs of blank lines collapsed.
 */
export function formatFor(text: string, platform: Platform): string {
  const marked = platform === 'whatsapp' ? text : text.replace(/\*([^*\n]+)\*/g, '$1');
  return marked
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Length as X counts it: a link is 23, characters above U+10FF count twice. */
export function xLength(text: string): number {
  let n = 0;
  const withoutUrls = text.replace(URL, () => {
    n += 23;
    return '';
  });
  for (const ch of withoutUrls) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037) ? 1 : 2;
  }
  return n;
}
