import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './I18nContext';

export interface LazyComponent<P> extends FunctionComponent<P> {
  /** Starts loading the code (e.g. once the first answer is on screen), without rendering. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A component whose code loads on first use (a dynamic import), so the panel's first answer does
 * not wait for it to be parsed; until then a loading line stands in its place.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then((c) => {
      loaded = c;
      return c;
    });
    return loading;
  };
  function Lazy(props: P) {
    const { t } = useI18n();
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      void preload().then((c) => live && setComponent(() => c));
      return () => {
        live = false;
      };
    }, []);
    return Component ? (
      <Component {...props} />
    ) : (
      <p class="hint loading" role="status">
        {t('loading')}
      </p>
    );
  }
  return Object.assign(Lazy, { preload });
}

/**
 * How long work that is not needed for the first answer waits after it is asked for (from the
 * first render's effects, once the answer is painted). Loading and running more code at once
 * kept the main thread busy while the answer had just been painted: a check of the page (a
 * screen reader, an automated reader, the staff member's first key) waited behind it. Nothing a
 * staff member does that soon needs it; what does (a tab clicked, a section opened) loads on demand.
 */
export const QUIET_MS = 300;

/** Runs `work` once the first answer has been on screen a moment and the page is idle, or soon in any case. */
export function whenIdle(work: () => void): () => void {
  let idle = 0;
  const quiet = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 500 });
    else work();
  }, QUIET_MS);
  return () => {
    clearTimeout(quiet);
    if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}
