import { describe, expect, it } from 'vitest';
import { indexingKey } from '../../utils/search/engine';
import { ANALYSERS, type Analysers, analysisFingerprint } from '../../utils/search/fingerprint';
import { DEFAULT_PARAMS } from '../../utils/search/params';

/** The real analysers with one rule changed. */
const changed = (rule: Partial<Analysers>): Analysers => ({ ...ANALYSERS, ...rule });

describe('the analysis fingerprint', () => {
  it('is the same for the same analysers (a stored index stays usable)', () => {
    expect(analysisFingerprint(changed({}))).toBe(analysisFingerprint());
  });

  it.each<[string, Partial<Analysers>]>([
    ['a new clitic stripped («كم»)', { stem: (w) => ANALYSERS.stem(w.endsWith('كم') && w.length > 5 ? w.slice(0, -2) : w) }],
    ['a prefix no longer stripped («بال»)', { stem: (w) => (w.startsWith('بال') ? w : ANALYSERS.stem(w)) }],
    ['a normalisation rule dropped (alef maqsura kept)', { normalize: (t) => ANALYSERS.normalize(t.replaceAll('ى', '\u0001')).replaceAll('\u0001', 'ى') }],
    ['tatweel read as a letter', { normalize: (t) => ANALYSERS.normalize(t.replaceAll('\u0640', 'ا')) }],
    ['a heavy-stem rule changed', { heavyStem: (w) => (w.length >= 6 ? w.slice(0, -1) : ANALYSERS.heavyStem(w)) }],
    ['a broken plural added', { foldPlural: (s) => (s === 'مكتب' ? 'كتب' : ANALYSERS.foldPlural(s)) }],
    ['a stop word added', { isStopWord: (w) => w === 'علم' || ANALYSERS.isStopWord(w) }],
  ])('changes with %s', (_, rule) => {
    expect(analysisFingerprint(changed(rule))).not.toBe(analysisFingerprint());
  });

  it('is part of the key a snapshot is checked against, with the indexing weights', () => {
    expect(indexingKey(DEFAULT_PARAMS)).toBe(indexingKey({ ...DEFAULT_PARAMS }));
    expect(indexingKey({ ...DEFAULT_PARAMS, titleWeight: 4 })).not.toBe(indexingKey(DEFAULT_PARAMS));
  });
});
