import { type ArabiziLookup, foldPlural, fromArabizi, fromDialect, isSurelyArabizi, normalize, prefixesOf, stem } from '../arabic';

const WORD = /[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu;
const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /^[a-z0-9']+$/;

/** A crude English stem: enough to meet «applied», «applying» and «application» half-way. */
const englishStem = (w: string) => w.replace(/(?:ing|ed|es|s|ly)$/, '').slice(0, 6);

/**
 * What the classifier sees of a message: words by their stem (the same stemmer as search, with
 * colloquial words read as the standard ones), word pairs, and character 3- and 4-grams of each
 * word, which carry typos, Arabizi and unseen forms.
 */
export function features(text: string, arabizi?: ArabiziLookup): string[] {
  const out: string[] = [];
  const words = normalize(text).match(WORD) ?? [];
  let prev = '';
  for (const w of words) {
    if (/^\d+$/.test(w)) {
      out.push('n:num');
      prev = 'num';
      continue;
    }
    if (!ARABIC.test(w) && !LATIN.test(w)) {
      out.push(`e:${w}`);
      continue;
    }
    const s = ARABIC.test(w) ? foldPlural(stem(w)) : englishStem(w);
    out.push(`w:${s}`);
    // «at6awa3» is «اتطوع»: its Arabic reading counts as the Arabic word would.
    const reading = arabizi && isSurelyArabizi(w) ? fromArabizi(w, arabizi, { limit: 1 })[0]?.word : undefined;
    if (reading) out.push(`w:${foldPlural(stem(reading))}`);
    const standard = ARABIC.test(w) ? fromDialect(w) : undefined;
    if (standard) for (const d of standard.split(' ')) out.push(`w:${foldPlural(stem(normalize(d)))}`);
    if (prev) out.push(`b:${prev}_${s}`);
    prev = s;
    const padded = ` ${w} `;
    for (const n of [3, 4]) for (let i = 0; i + n <= padded.length; i++) out.push(`c:${padded.slice(i, i + n)}`);
  }
  return out;
}

/** A lookup for Arabizi readings over a vocabulary (the pack's documents and examples). */
export function vocabularyLookup(texts: Iterable<string>): ArabiziLookup {
  const words = new Set<string>();
  for (const t of texts) for (const w of normalize(t).match(/[\u0621-\u064a]+/g) ?? []) words.add(w);
  const prefixes = prefixesOf(words);
  return { hasPrefix: (p) => prefixes.has(p), isWord: (w) => words.has(w) };
}
