import { useEffect, useState } from 'preact/hooks';
import type { ActivePack } from '../../utils/pack/imported';
import { confirmActivePack, exactActivePack, openActivePack, prefetchedPack, takePrefetch } from '../../utils/pack/open';
import { importedPackStamp } from '../../utils/settings';

export type { ActivePack };

export interface LoadedPack {
  /** Null while reading. */
  loaded: ActivePack | null;
  /** Whether storage has confirmed this is the active pack (the panel opens on a note of it first). */
  confirmed: boolean;
}

/** The imported pack when there is one (kept in sync across pages), else the bundled one; null while reading. */
export function useActivePack(): ActivePack | null {
  return useOpenPack().loaded;
}

/** The active pack, and whether storage has confirmed it yet. */
export function useOpenPack(): LoadedPack {
  const [state, setState] = useState<LoadedPack>(() => ({ loaded: prefetchedPack(), confirmed: false }));
  useEffect(() => {
    let live = true;
    let current: string | null | undefined;
    const show = (a: ActivePack, confirmed: boolean) => {
      current = a.stamp;
      if (live) setState({ loaded: a, confirmed });
    };
    const opening = takePrefetch() ?? openActivePack();
    void opening
      .then((a) => {
        current = a.stamp;
        // Usually the pack the first render started on: nothing to show again.
        if (live) setState((s) => (s.loaded === a ? s : { loaded: a, confirmed: false }));
        return confirmActivePack(a).then((fixed) => {
          if (fixed) show(fixed, true);
          else if (live) setState((s) => (s.loaded === a ? { loaded: a, confirmed: true } : s));
        });
      })
      .catch(() => exactActivePack().then((a) => show(a, true)));
    // The stamp is written last on import and reset; a stamp written for the pack already shown
    // (a compiled copy stored after opening) changes nothing on screen.
    const unwatch = importedPackStamp.watch((stamp) => {
      if (stamp !== current) void exactActivePack().then((a) => show(a, true));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
