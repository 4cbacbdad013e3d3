/** A table built on its first use, not when its module loads (the panel's first answer needs few). */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
