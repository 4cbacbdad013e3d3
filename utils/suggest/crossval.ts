import { INTENT_IDS, type IntentId, type Pack } from '../knowledge';
import type { Example } from './examples';
import { train } from './model';
import { messageFeatures, type SuggestModel, vocabularyOf } from './suggest';

export const MODEL_DEFAULTS = { exampleWeight: 0.5, confidentMargin: 0.3 };

/** Trains the shipped model on labelled messages plus the pack's own examples. */
export function trainModel(pack: Pack, messages: Example[], settings: Partial<typeof MODEL_DEFAULTS> = {}): SuggestModel {
  const arabizi = vocabularyOf(pack);
  const packExamples = (pack.intents ?? []).flatMap((i) => i.examples.map((text) => ({ text, intent: i.id as IntentId })));
  const samples = [...messages, ...packExamples].map((m) => ({ feats: messageFeatures(m.text, arabizi), label: m.intent }));
  const linear = train(samples, INTENT_IDS, { epochs: 300, rate: 5 });
  return { ...linear, ...MODEL_DEFAULTS, ...settings, examples: messages.map((m) => ({ text: m.text, intent: m.intent })) };
}

/** Fold `k` of `folds`: every `folds`-th message, so each fold has the same mix of intents. */
export function split<T>(items: T[], folds: number, k: number): { train: T[]; test: T[] } {
  return { train: items.filter((_, i) => i % folds !== k), test: items.filter((_, i) => i % folds === k) };
}
