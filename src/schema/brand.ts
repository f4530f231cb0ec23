const parsed = new WeakSet<object>();

/** Marks a value as validated by its parse function; internal. */
export function markParsed<T extends object>(value: T): T {
  parsed.add(value);
  return value;
}

/** True when the value came from a parse function of this library. */
export function isMarkedParsed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && parsed.has(value);
}
