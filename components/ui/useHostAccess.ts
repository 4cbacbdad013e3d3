import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * Whether the browser lets Murshid reach an origin pattern (`https://host/*`), followed live, and
 * the request for it (call it from a click: the browser asks only on a user gesture).
 */
export function useHostAccess(pattern: string | null): { granted: boolean | null; request: () => Promise<boolean> } {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    if (!pattern) {
      setGranted(null);
      return;
    }
    const check = () =>
      void browser.permissions
        .contains({ origins: [pattern] })
        .catch(() => false)
        .then(setGranted);
    check();
    browser.permissions.onAdded?.addListener(check);
    browser.permissions.onRemoved?.addListener(check);
    return () => {
      browser.permissions.onAdded?.removeListener(check);
      browser.permissions.onRemoved?.removeListener(check);
    };
  }, [pattern]);
  const request = useCallback(async () => {
    if (!pattern) return false;
    const ok = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    setGranted(ok);
    return ok;
  }, [pattern]);
  return { granted, request };
}
