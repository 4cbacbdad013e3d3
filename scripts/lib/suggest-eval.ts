import { existsSync, readFileSync } from 'node:fs';
import { INTENT_IDS, type IntentId, type Pack } from '../../utils/knowledge';
import { createPackSearch, type PackSearch } from '../../utils/search';
import { createSuggester, familyFolds, type MODEL_DEFAULTS, type StatedValues, type SuggestModel, trainModel, withExamples } from '../../utils/suggest';
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
  /** Counts per outer fold, so a gain that holds across folds can be told from noise. */
  per_fold: FoldCounts[];
}

/** One fold's counts: messages, right first, in the top three, pre-selected and right when pre-selected, citations found of those asked. */
export interface FoldCounts {
  messages: number;
  right: number;
  top3: number;
  preselected: number;
  preselected_right: number;
  cited: number;
  asks: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Every labelled-message file the bench and the training read by default: tests/fixtures/suggest-messages*.json. */
export const DEFAULT_DATA = 'tests/fixtures/suggest-messages.json,tests/fixtures/suggest-messages-2.json,tests/fixtures/suggest-messages-3.json';

/** Reads the labelled messages of a comma-separated list of JSON files (a missing file of the default list is skipped). */
export function loadLabelled(list: string = DEFAULT_DATA): { data: LabelledMessage[]; files: string[] } {
  const files = list
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .filter((f) => list !== DEFAULT_DATA || existsSync(f));
  return { data: files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as LabelledMessage[]), files };
}

/** What the bench counts, message by message; `report` turns it into the figures. */
function tally() {
  let n = 0;
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
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const perFold: FoldCounts[] = [];
  const nextFold = () => {
    perFold.push({ messages: 0, right: 0, top3: 0, preselected: 0, preselected_right: 0, cited: 0, asks: 0 });
  };
  const fold = () => {
    if (!perFold.length) nextFold();
    return perFold[perFold.length - 1] as FoldCounts;
  };
  return {
    /** Starts counting a new fold (the figures of `report` stay over all of them). */
    nextFold,
    /** Suggests one labelled message, timed, with one pack search on it as the same-run baseline. */
    count(suggest: ReturnType<typeof createSuggester>, search: PackSearch, m: LabelledMessage) {
      n++;
      const t0 = performance.now();
      const s = suggest(m.text);
      times.push(performance.now() - t0);
      // The baseline in the same run: one pack search on the same message, as the panel's search box does.
      const t1 = performance.now();
      search.search(m.text, { limit: 10 });
      baseline.push(performance.now() - t1);
      const ok = s.intent === m.intent;
      const inTop3 = s.intents.slice(0, 3).some((i) => i.id === m.intent);
      const found = !!m.section && s.citations.slice(0, 3).some((c) => `${c.doc}#${c.section}` === m.section);
      const f = fold();
      f.messages++;
      f.right += ok ? 1 : 0;
      f.top3 += inTop3 ? 1 : 0;
      f.preselected += s.confident ? 1 : 0;
      f.preselected_right += s.confident && ok ? 1 : 0;
      f.asks += m.section ? 1 : 0;
      f.cited += found ? 1 : 0;
      if (ok) right++;
      if (inTop3) top3++;
      if (s.confident) {
        pre++;
        if (ok) preRight++;
      }
      if (ok) add(tp, m.intent);
      else {
        add(fp, s.intent);
        add(fn, m.intent);
      }
      if (m.section) {
        asks++;
        if (found) cited++;
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
    },
    report(folds: number, margins: number[]): SuggestReport {
      const f1: Record<string, number> = {};
      for (const id of INTENT_IDS) {
        const t = tp.get(id) ?? 0;
        const p = t / Math.max(1, t + (fp.get(id) ?? 0));
        const r = t / Math.max(1, t + (fn.get(id) ?? 0));
        f1[id] = round(p + r ? (2 * p * r) / (p + r) : 0);
      }
      const at = (xs: number[], p: number) =>
        round(
          percentile(
            [...xs].sort((a, b) => a - b),
            p,
          ),
        );
      return {
        messages: n,
        folds,
        accuracy: round(right / Math.max(1, n)),
        top3: round(top3 / Math.max(1, n)),
        macro_f1: round(Object.values(f1).reduce((a, b) => a + b, 0) / INTENT_IDS.length),
        per_intent_f1: f1,
        preselected_share: round(pre / Math.max(1, n)),
        preselected_accuracy: round(preRight / Math.max(1, pre)),
        citation_top3: round(cited / Math.max(1, asks)),
        citation_questions: asks,
        values_precision: round(v.right / Math.max(1, v.said)),
        values_recall: round(v.found / Math.max(1, v.stated)),
        values_wrong: v.said - v.right,
        names_precision: round(v.nRight / Math.max(1, v.nSaid)),
        names_recall: round(v.nFound / Math.max(1, v.nStated)),
        p50_ms: at(times, 50),
        p95_ms: at(times, 95),
        search_p50_ms: at(baseline, 50),
        search_p95_ms: at(baseline, 95),
        margins,
        per_fold: perFold,
      };
    },
  };
}

/** k-fold cross-validation: each fold is suggested by a model trained on the other folds and the pack's examples. */
export function crossValidate(pack: Pack, data: LabelledMessage[], folds = 5, settings: Partial<typeof MODEL_DEFAULTS> = {}): SuggestReport {
  const search = createPackSearch(pack);
  const t = tally();
  // Variants of one message (and pack examples that are variants of a test message) stay in one fold.
  const fold = familyFolds(
    data,
    (pack.intents ?? []).flatMap((i) => i.examples),
    folds,
  );
  const margins: number[] = [];
  for (let k = 0; k < folds; k++) {
    const train = data.filter((_, i) => fold.messages[i] !== k);
    const foldPack = withExamples(pack, (x) => fold.examples.get(x) !== k);
    const model = trainModel(foldPack, train, settings);
    margins.push(model.confidentMargin);
    const suggest = createSuggester(foldPack, model, search);
    t.nextFold();
    data.forEach((m, i) => {
      if (fold.messages[i] === k) t.count(suggest, search, m);
    });
  }
  return t.report(folds, margins);
}

/** A trained model (e.g. the shipped one) on messages it never saw: the held-out figure of a new batch. */
export function evaluateModel(pack: Pack, model: SuggestModel, data: LabelledMessage[]): SuggestReport {
  const search = createPackSearch(pack);
  const suggest = createSuggester(pack, model, search);
  const t = tally();
  for (const m of data) t.count(suggest, search, m);
  return t.report(0, [model.confidentMargin]);
}
