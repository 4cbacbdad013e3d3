/**
 * The one phone normaliser: what staff type (05…, +9665…, 9665…, 009665…, 5…, Arabic-Indic
 * digits, spaces and dashes) becomes the national number's digits, for storing, showing and searching.
 */
export const toLatinDigits = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

/** Digits only, with the country code or trunk zero taken off: "+966 55 000 1111" → "550001111", "٠٥٥" → "55". */
function nationalDigits(input: string): string {
  const digits = toLatinDigits(input).replace(/\D/g, '');
  const m = /^(?:00966|966|0)(\d+)$/.exec(digits);
  return m ? (m[1] as string) : digits;
}

/** A Saudi mobile as +9665XXXXXXXX, or null when it is not one. */
export function normalizeSaudiMobile(input: string): string | null {
  const compact = toLatinDigits(input).replace(/[\s\-().]/g, '');
  return /^(?:\+966|00966|966|0)?5\d{8}$/.test(compact) ? `+966${nationalDigits(compact)}` : null;
}

/** A stored mobile as staff write it: "+966550001111" → "0550001111"; anything else as it is. */
export function localMobile(stored: string | undefined): string {
  if (!stored) return '';
  const n = normalizeSaudiMobile(stored);
  return n ? `0${n.slice(4)}` : stored;
}

/**
 * Whether a stored mobile matches a search, or null when the query is not a number (at least three
 * digits). Staff type the number whole or in part, as they write it (05…, 5…, +9665…, 9665…,
 * 009665…, Arabic-Indic digits): the typed digits are looked for in the number written locally
 * (0 5XX…) and internationally (966 5XX…), so a leading 0 or 966 anchors the search at the start
 * («0533» does not find 0555330000) and bare digits are found anywhere («3333»).
 */
export function mobileQuery(query: string): ((stored: string | undefined) => boolean) | null {
  if (!/^[\s\-().+\d\u0660-\u0669\u06f0-\u06f9]+$/.test(query)) return null;
  const typed = toLatinDigits(query).replace(/\D/g, '').replace(/^00/, '');
  if (typed.length < 3) return null;
  return (stored) => {
    if (!stored) return false;
    const national = nationalDigits(stored);
    return `0${national}`.includes(typed) || `966${national}`.includes(typed);
  };
}
