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

const LATIN: Record<string, string | string[]> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: '7',
  خ: ['kh', '5'],
  د: 'd',
  ذ: 'th',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: ['9', 's'],
  ض: 'd',
  ط: ['6', 't'],
  ظ: 'z',
  ع: '3',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: '2',
};
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);

/**
 * A question as staff type it in Arabizi: Arabic letters as Latin letters and digits (ع → 3,
 * ح → 7…), و/ي as consonants or long vowels, ة as «a», and a short vowel «a» written between two
 * consonants half the time (Arabic does not write it; people typing Latin often do).
 * Input must be normalised (hamza seats, ة → ه, ى → ي already folded).
 */
export function arabize(normalised: string, rnd: () => number): string {
  return normalised.replace(/[\u0621-\u064A]+/g, (word) => {
    let out = '';
    for (let i = 0; i < word.length; i++) {
      const c = word[i] as string;
      const last = i === word.length - 1;
      if (c === 'و') out += i === 0 || LONG_VOWELS.has(word[i + 1] ?? '') ? 'w' : rnd() < 0.5 ? 'o' : 'oo';
      else if (c === 'ي') out += i === 0 || LONG_VOWELS.has(word[i + 1] ?? '') ? 'y' : last ? 'i' : rnd() < 0.5 ? 'i' : 'ee';
      else if (c === 'ه' && last && i > 0) out += 'a';
      else {
        const l = LATIN[c] ?? '';
        out += Array.isArray(l) ? (l[Math.floor(rnd() * l.length)] as string) : l;
      }
      const next = word[i + 1];
      const finalTa = next === 'ه' && i === word.length - 2;
      if (next && !finalTa && !LONG_VOWELS.has(c) && !LONG_VOWELS.has(next) && c !== 'ل' && rnd() < 0.5) out += 'a';
    }
    return out;
  });
}

/** A question typed with one space missing: two neighbouring words, past the first, written as one. */
export function dropSpace(question: string, rnd: () => number): string {
  const words = question.split(' ');
  if (words.length < 3) return question;
  const at = 1 + Math.floor(rnd() * (words.length - 2));
  words.splice(at, 2, `${words[at]}${words[at + 1]}`);
  return words.join(' ');
}

/**
 * A large archive of decisions as Markdown documents to import, each under `maxBytes` (the options
 * page refuses a larger file: see IMPORT_LIMITS.entryBytes), so 10,000 sections become a few
 * documents of a few thousand sections each, as an association would keep them (one per period).
 */
export function archiveDocuments(sections: IndexDoc[], maxBytes: number): { name: string; content: string }[] {
  const files: { name: string; content: string }[] = [];
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  let lines: string[] = [];
  let size = 0;
  const start = () => {
    const n = files.length + 1;
    lines = ['---', `id: archive-${n}`, `title: أرشيف القرارات ${n}`, 'kind: guide', 'version: 1', 'status: official', '---', `# أرشيف القرارات ${n}`, ''];
    size = bytes(lines.join('\n'));
  };
  const close = () => files.push({ name: `archive-${files.length + 1}.md`, content: lines.join('\n') });
  start();
  let inFile = 0;
  for (const [i, d] of sections.entries()) {
    const section = [`## القرار ${i + 1}: ${d.title} {#d${i}}`, '', d.text, ''];
    const add = bytes(section.join('\n')) + 1;
    if (inFile > 0 && size + add > maxBytes) {
      close();
      start();
      inFile = 0;
    }
    lines.push(...section);
    size += add;
    inFile++;
  }
  if (inFile > 0) close();
  return files;
}
