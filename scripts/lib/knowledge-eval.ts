import { normalize } from '../../utils/arabic';
import type { PackHit } from '../../utils/search';

export interface KnowledgeQuery {
  q: string;
  any: string[];
}

/** True when one of the phrases appears in a top-`k` hit's title or text (after normalisation). */
export function answeredInTop(hits: Pick<PackHit, 'section'>[], phrases: string[], k = 3): boolean {
  const wanted = phrases.map(normalize);
  return hits.slice(0, k).some(({ section }) => {
    const hay = normalize(`${section.title}\n${section.text}`);
    return wanted.some((p) => hay.includes(p));
  });
}
