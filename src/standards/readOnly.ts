/**
 * A `Map` whose writing methods throw: the maps of a resolution (`provenance`, `entrySources`,
 * `documentIds`) are shared by every caller that resolves the same region and date, so none of
 * them may change one. Reading (`get`, `has`, iteration, `new Map(m)`) is the `Map`'s own.
 */
class ReadOnlyMap<K, V> extends Map<K, V> {
  override set(): this {
    throw new TypeError('the maps of a resolution are read-only');
  }
  override delete(): boolean {
    throw new TypeError('the maps of a resolution are read-only');
  }
  override clear(): void {
    throw new TypeError('the maps of a resolution are read-only');
  }
}

/**
 * Makes a map read-only in place (its writing methods throw a `TypeError`, as writing to a frozen
 * object does in strict code) and freezes it; internal.
 */
export function readOnlyMap<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  if (Object.getPrototypeOf(map) !== ReadOnlyMap.prototype)
    Object.setPrototypeOf(map, ReadOnlyMap.prototype);
  return Object.freeze(map);
}
