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

/** Runs `work` once the page is idle (the first answer painted), or soon in any case. */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
}
