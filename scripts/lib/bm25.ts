import { normalize } from '../../utils/arabic';
import type { IndexDoc } from '../../utils/search';
import type { Ranker } from './eval';

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string) => normalize(text).match(WORD) ?? [];

/**
 * A plain BM25 (k1 1.2, b 0.75) over normalised words with no stemming and no stop list: the
 * baseline quote lookup is judged against (a phrase of common words is still words to it).
 */
export function plainBm25(corpus: IndexDoc[]): Ranker {
  const postings = new Map<string, [number, number][]>();
  const lengths: number[] = [];
  corpus.forEach((d, i) => {
    const tf = new Map<string, number>();
    const all = [...words(d.title), ...words(d.text)];
    for (const w of all) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const [w, f] of tf) {
      const list = postings.get(w);
      if (list) list.push([i, f]);
      else postings.set(w, [[i, f]]);
    }
    lengths.push(all.length);
  });
  const n = corpus.length;
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  return {
    search(q) {
      const scores = new Map<number, number>();
      for (const w of new Set(words(q))) {
        const list = postings.get(w);
        if (!list) continue;
        const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
        for (const [doc, f] of list) {
          const norm = 1.2 * (1 - 0.75 + (0.75 * (lengths[doc] as number)) / avg);
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * f * 2.2) / (f + norm));
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([doc]) => (corpus[doc] as IndexDoc).id);
    },
  };
}
