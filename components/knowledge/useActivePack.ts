import { useEffect, useState } from 'preact/hooks';
import { type ActivePack, readActivePack } from '../../utils/pack/active';
import { importedPackStamp } from '../../utils/settings';

export type { ActivePack };

let early: Promise<ActivePack> | null = null;

/** Starts reading the pack before the first render (the panel's entry calls this first thing). */
export function prefetchActivePack(): void {
  performance.mark('murshid:pack-requested');
  early ??= readActivePack();
}

/** The imported pack when there is one (kept in sync across pages), else the bundled one; null while reading. */
export function useActivePack(): ActivePack | null {
  const [active, setActive] = useState<ActivePack | null>(null);
  useEffect(() => {
    let live = true;
    let current: string | null | undefined;
    const load = () => {
      const reading = early ?? readActivePack();
      early = null;
      void reading.then((a) => {
        performance.mark('murshid:pack-read');
        current = a.stamp;
        if (live) setActive(a);
      });
    };
    load();
    // The stamp is written last on import and reset; a stamp written for the pack already shown
    // (a compiled copy stored after opening) changes nothing on screen.
    const unwatch = importedPackStamp.watch((stamp) => {
      if (stamp !== current) load();
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return active;
}
