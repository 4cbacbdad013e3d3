import { brokenPlurals, foldPlural, heavyStem, isStopWord, normalize, stem, stopWords } from '../arabic';
import { contentKey } from './hash';

/**
 * The analysers an index is built with: a stored index is only as good as the analysis that built
 * it, so its fingerprint is taken from what these return (see `analysisFingerprint`).
 */
export interface Analysers {
  normalize: (text: string) => string;
  stem: (term: string) => string;
  heavyStem: (term: string) => string;
  foldPlural: (stem: string) => string;
  isStopWord: (term: string) => boolean;
}

export const ANALYSERS: Analysers = { normalize, stem, heavyStem, foldPlural, isStopWord };

/** Code points the normaliser is swept over, each between two letters: Latin, Arabic and its marks, presentation forms, spaces and joiners. */
const SWEEP: [number, number][] = [
  [0x21, 0x7e],
  [0xa0, 0x24f],
  [0x600, 0x6ff],
  [0x750, 0x77f],
  [0x8a0, 0x8ff],
  [0x2000, 0x206f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
  [0xff01, 0xff5e],
];

/** Letters clitics, pronouns and plural endings are made of, normalised (ة is ه): affixes are every string of them. */
const AFFIX_LETTERS = [...'الوبكفسيتنهم'];

/** Word bodies of three lengths the stemmer's thresholds tell apart (a ta marbuta among them); the compounds and tables below add the rest. */
const BODIES = ['علم', 'هويه', 'مستفيد'];

/** Words whose analysis takes several rules at once (clitics on plurals, hamza seats, tanween, digits, Latin). */
const COMPOUNDS =
  'والمستفيدين بالجمعية للمستندات وسيزورونها فاستقبلوهم الاجتماعات كتابهم لوائح أعضاؤها مؤسساتها أُسرةٌ إِلى مستشفى آراء ١٢٣ يتابعون الإنسانية وأين اجتماعاً وستين بالثلاثين هويتي الوفاة السرطانية وفاته Reports';

/** Every string of up to `n` affix letters (with the empty one). */
function affixes(n: number): string[] {
  let level = [''];
  const all = [''];
  for (let i = 0; i < n; i++) {
    level = level.flatMap((a) => AFFIX_LETTERS.map((l) => a + l));
    all.push(...level);
  }
  return all;
}

/**
 * The probe: text for the normaliser (a sweep of its input, words taking several rules at once,
 * every stop word and broken plural the tables hold, so adding one changes it too), and words
 * already in normal form for the stemmer (every prefix and every suffix of up to two affix letters
 * on word bodies of each length).
 */
function probe(): { text: string; words: string[] } {
  const sweep: string[] = [];
  for (const [from, to] of SWEEP) for (let cp = from; cp <= to; cp++) sweep.push(`ب${String.fromCodePoint(cp)}ب`);
  sweep.push(COMPOUNDS, ...stopWords());
  for (const [plural, singular] of brokenPlurals()) sweep.push(plural, singular);
  const two = affixes(2);
  const words: string[] = [];
  for (const body of BODIES) {
    for (const p of two) words.push(p + body);
    for (const s of two) words.push(body + s);
  }
  return { text: sweep.join(' '), words };
}

/** The real analysers' fingerprint, computed once by the extension's build (see wxt.config.ts). */
declare const __MURSHID_ANALYSIS__: string | undefined;
let memo: string | null = typeof __MURSHID_ANALYSIS__ === 'string' ? __MURSHID_ANALYSIS__ : null;

/**
 * What a built index depends on in the analysis, read from the analysers' output on a probe (the
 * normalised sweep; each probe word's stem, heavy stem and stop flag), so that changing any
 * normalisation, stemming, plural or stop-word rule the probe reaches changes the fingerprint and
 * an index built before the change is rebuilt rather than read with today's queries. Computed
 * once for the real analysers (about 1,700 words; only when a stored index is checked or written).
 */
export function analysisFingerprint(analysers: Analysers = ANALYSERS): string {
  if (analysers === ANALYSERS && memo) return memo;
  const { text, words } = probe();
  const normalised = analysers.normalize(text);
  const parts = [normalised];
  for (const term of new Set([...normalised.split(/\s+/), ...words])) {
    parts.push(`${term}/${analysers.foldPlural(analysers.stem(term))}/${analysers.heavyStem(term)}/${analysers.isStopWord(term) ? 1 : 0}`);
  }
  const key = contentKey(parts);
  if (analysers === ANALYSERS) memo = key;
  return key;
}
