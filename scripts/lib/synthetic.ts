import type { IndexDoc } from '../../utils/search';

/** Deterministic pseudo-random numbers (mulberry32), so bench corpora are the same every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentencesOf = (docs: IndexDoc[]) => docs.flatMap((d) => d.text.split(/(?<=[.؟!])\s+/).map((s) => ({ title: d.title, s })));

/** `count` sections made of three sentences each from the given passages (a large association pack's shape). */
export function sectionCorpus(docs: IndexDoc[], count: number, seed = 7): IndexDoc[] {
  const sentences = sentencesOf(docs);
  const rnd = prng(seed);
  const pick = () => sentences[Math.floor(rnd() * sentences.length)] as { title: string; s: string };
  return Array.from({ length: count }, (_, i) => {
    const a = pick();
    return { id: `x${i}`, title: a.title, text: `${a.s} ${pick().s} ${pick().s}` };
  });
}

const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0652', '\u064B', '\u064D', '\u0651\u064E'];

/** Every Arabic letter followed by a mark, as in fully vowelled texts. */
export function vowelize(text: string, rnd: () => number): string {
  return text.replace(/[\u0621-\u064A]/g, (c) => c + (HARAKAT[Math.floor(rnd() * HARAKAT.length)] as string));
}
