const parsed = new WeakSet<object>();

/**
 * Marks a value as validated by its parse function; internal. The parse functions deep-freeze what
 * they mark (`deepFreeze`), so a marked value is still the value that was validated.
 */
export function markParsed<T extends object>(value: T): T {
  parsed.add(value);
  return value;
}

/** True when the value came from a parse function of this library. */
export function isMarkedParsed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && parsed.has(value);
}
