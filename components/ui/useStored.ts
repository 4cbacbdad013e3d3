import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item as component state, kept in sync with other pages. */
export function useStored<T>(item: WxtStorageItem<T, Record<string, unknown>>, fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((v) => setValue(v));
  }, [item]);
  return [value, (v: T) => void item.setValue(v)];
}
