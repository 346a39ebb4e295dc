/** `fn` with its result kept per argument: for the few distinct labels of a long list. */
export function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, fn(key));
    return seen.get(key) as V;
  };
}
