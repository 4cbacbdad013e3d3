import { useEffect, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import type { Suggestion, SuggestModel } from '../../utils/suggest';
import { SUGGEST_MODEL_FILE } from '../../utils/suggest/asset';

export type Suggest = (message: string, channel?: string) => Suggestion;

/** The shipped model, a data file of the build (see utils/suggest/asset.ts). */
async function fetchModel(): Promise<SuggestModel> {
  const r = await fetch(`/${SUGGEST_MODEL_FILE}`);
  if (!r.ok) throw new Error(`${SUGGEST_MODEL_FILE}: ${r.status}`);
  return (await r.json()) as SuggestModel;
}

/**
 * The suggestion engine, loaded on first use: the engine is a chunk of its own and the
 * classifier's weights and examples a data file, so opening the panel does not pay for them.
 */
export function useSuggester(pack: Pack, wanted: boolean): { suggest: Suggest | null; error: string | null } {
  const [suggest, setSuggest] = useState<Suggest | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || suggest) return;
    let live = true;
    Promise.all([import('../../utils/suggest'), fetchModel()])
      .then(([lib, model]) => {
        const fn = lib.createSuggester(pack, model);
        if (live) setSuggest(() => fn);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [pack, wanted, suggest]);
  useEffect(() => setSuggest(null), [pack]);
  return { suggest, error };
}
