import { INTENT_IDS, type IntentId, type Pack } from '../../utils/knowledge';
import { createPackSearch } from '../../utils/search';
import { createSuggester, familyFolds, type MODEL_DEFAULTS, type StatedValues, trainModel, withExamples } from '../../utils/suggest';
import { percentile } from './eval';

export interface LabelledMessage {
  text: string;
  intent: IntentId;
  /** "document#section" that answers the message, when one does. */
  section?: string;
  values?: StatedValues;
}

export interface SuggestReport {
  messages: number;
  folds: number;
  accuracy: number;
  top3: number;
  macro_f1: number;
  per_intent_f1: Record<string, number>;
  preselected_share: number;
  preselected_accuracy: number;
  citation_top3: number;
  citation_questions: number;
  /** Request numbers and dates: pre-filled right / pre-filled, and found / stated. */
  values_precision: number;
  values_recall: number;
  values_wrong: number;
  names_precision: number;
  names_recall: number;
  p50_ms: number;
  p95_ms: number;
  /** The baseline measured in the same run: one pack search per message. */
  search_p50_ms: number;
  search_p95_ms: number;
  /** The pre-selection margin each fold chose by inner cross-validation on its training share. */
  margins: number[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** k-fold cross-validation: each fold is suggested by a model trained on the other folds and the pack's examples. */
export function crossValidate(pack: Pack, data: LabelledMessage[], folds = 5, settings: Partial<typeof MODEL_DEFAULTS> = {}): SuggestReport {
  const search = createPackSearch(pack);
  let right = 0;
  let top3 = 0;
  let pre = 0;
  let preRight = 0;
  let asks = 0;
  let cited = 0;
  const v = { said: 0, right: 0, stated: 0, found: 0, nSaid: 0, nRight: 0, nStated: 0, nFound: 0 };
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const times: number[] = [];
  const baseline: number[] = [];
  // Variants of one message (and pack examples that are variants of a test message) stay in one fold.
  const fold = familyFolds(
    data,
    (pack.intents ?? []).flatMap((i) => i.examples),
    folds,
  );
  const margins: number[] = [];
  for (let k = 0; k < folds; k++) {
    const train = data.filter((_, i) => fold.messages[i] !== k);
    const test = data.filter((_, i) => fold.messages[i] === k);
    const foldPack = withExamples(pack, (t) => fold.examples.get(t) !== k);
    const model = trainModel(foldPack, train, settings);
    margins.push(model.confidentMargin);
    const suggest = createSuggester(foldPack, model, search);
    for (const m of test) {
      const t0 = performance.now();
      const s = suggest(m.text);
      times.push(performance.now() - t0);
      // The baseline in the same run: one pack search on the same message, as the panel's search box does.
      const t1 = performance.now();
      search.search(m.text, { limit: 10 });
      baseline.push(performance.now() - t1);
      const ok = s.intent === m.intent;
      if (ok) right++;
      if (s.intents.slice(0, 3).some((i) => i.id === m.intent)) top3++;
      if (s.confident) {
        pre++;
        if (ok) preRight++;
      }
      const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
      if (ok) add(tp, m.intent);
      else {
        add(fp, s.intent);
        add(fn, m.intent);
      }
      if (m.section) {
        asks++;
        if (s.citations.slice(0, 3).some((c) => `${c.doc}#${c.section}` === m.section)) cited++;
      }
      for (const key of ['request_number', 'date'] as const) {
        const want = m.values?.[key];
        const got = s.values[key];
        if (got) v.said++;
        if (want) v.stated++;
        if (got && got === want) {
          v.right++;
          v.found++;
        }
      }
      const wantName = m.values?.name;
      if (s.values.name) v.nSaid++;
      if (wantName) v.nStated++;
      if (s.values.name && s.values.name === wantName) {
        v.nRight++;
        v.nFound++;
      }
    }
  }
  const f1: Record<string, number> = {};
  for (const id of INTENT_IDS) {
    const t = tp.get(id) ?? 0;
    const p = t / Math.max(1, t + (fp.get(id) ?? 0));
    const r = t / Math.max(1, t + (fn.get(id) ?? 0));
    f1[id] = round(p + r ? (2 * p * r) / (p + r) : 0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const n = data.length;
  return {
    messages: n,
    folds,
    accuracy: round(right / n),
    top3: round(top3 / n),
    macro_f1: round(Object.values(f1).reduce((a, b) => a + b, 0) / INTENT_IDS.length),
    per_intent_f1: f1,
    preselected_share: round(pre / n),
    preselected_accuracy: round(preRight / Math.max(1, pre)),
    citation_top3: round(cited / Math.max(1, asks)),
    citation_questions: asks,
    values_precision: round(v.right / Math.max(1, v.said)),
    values_recall: round(v.found / Math.max(1, v.stated)),
    values_wrong: v.said - v.right,
    names_precision: round(v.nRight / Math.max(1, v.nSaid)),
    names_recall: round(v.nFound / Math.max(1, v.nStated)),
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    search_p50_ms: round(
      percentile(
        [...baseline].sort((a, b) => a - b),
        50,
      ),
    ),
    search_p95_ms: round(
      percentile(
        [...baseline].sort((a, b) => a - b),
        95,
      ),
    ),
    margins,
  };
}
