import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item as component state, kept in sync with other pages; the third value says whether storage has answered yet. */
export function useStored<T>(item: WxtStorageItem<T, Record<string, unknown>>, fallback: T): [T, (value: T) => void, boolean] {
  const [value, setValue] = useState<T>(fallback);
  const [read, setRead] = useState(false);
  useEffect(() => {
    void item.getValue().then((v) => {
      setValue(v);
      setRead(true);
    });
    return item.watch((v) => setValue(v));
  }, [item]);
  return [value, (v: T) => void item.setValue(v), read];
}
