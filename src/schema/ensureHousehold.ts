import { isMarkedParsed } from './brand';
import type { Household } from './household';
import { parseHousehold } from './parseHousehold';

/**
 * The household, validated. A household returned by `parseHousehold` is used as it is (it is
 * deep-frozen, so it cannot have changed since); any other value is validated first.
 *
 * @throws {InputError} when the value is not a valid household snapshot
 */
export function ensureHousehold(value: unknown): Household {
  if (isMarkedParsed(value)) return value as Household;
  const r = parseHousehold(value);
  if (!r.ok) throw r.error;
  return r.value;
}
