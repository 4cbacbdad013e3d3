import { useEffect, useState } from 'preact/hooks';
import type { Pack } from '../../utils/knowledge';
import type { Suggestion } from '../../utils/suggest';

export type Suggest = (message: string, channel?: string) => Suggestion;

/**
 * The suggestion engine, loaded on first use: the classifier's weights and the example index are
 * a chunk of their own, so opening the panel does not pay for them.
 */
export function useSuggester(pack: Pack, wanted: boolean): { suggest: Suggest | null; error: string | null } {
  const [suggest, setSuggest] = useState<Suggest | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || suggest) return;
    let live = true;
    Promise.all([import('../../utils/suggest'), import('../../utils/suggest/model.json')])
      .then(([lib, model]) => {
        const fn = lib.createSuggester(pack, (model as { default: unknown }).default as Parameters<typeof lib.createSuggester>[1]);
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
