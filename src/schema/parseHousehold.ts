import { markParsed } from './brand';
import { compileReader, NOT_READ, prototypePolluted } from './fastReader';
import { type Household, householdObject, householdSchema, referenceIssues } from './household';
import { InputError, issuesFromZod, type ParseResult } from './issues';
import { deepFreeze, ownData } from './ownData';

/** The household schema's fast reader (see `fastReader.ts`): zod decides whatever it does not read. */
const readHousehold = compileReader(householdObject);

/**
 * Validates a household snapshot.
 *
 * Accepts any value (e.g. the result of `JSON.parse`) and returns either the parsed household —
 * amounts turned into canonical decimal strings — or an {@link InputError} listing every bad field
 * by path, in zh-CN and en. Never throws.
 *
 * Only own enumerable properties are read (an inherited one is no fact); a property whose read
 * throws (a getter, a Proxy trap) or an object containing itself is an issue at its path. The
 * parsed household is deep-frozen: the rules trust it as validated, so it cannot change after.
 *
 * @param input - an untrusted value
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 *
 * @example
 * const r = parseHousehold({ id: 'h1', region: '320400', area: 'urban',
 *   members: [{ id: 'a', livesWithHousehold: true }], incomes: [] });
 * r.ok // true
 *
 * const bad = parseHousehold({ id: 'h2', region: '32', members: [], incomes: [] });
 * bad.ok // false
 * bad.error.issues.map((i) => i.pathText) // ['region', 'members']
 */
export function parseHousehold(input: unknown): ParseResult<Household> {
  const fast = readFast(input);
  if (fast !== NOT_READ && referenceIssues(fast as Household).length === 0)
    return { ok: true, value: markParsed(deepFreeze(fast as Household)) };
  // zod reads a plain copy: own enumerable properties, none inherited, no throwing reads.
  const own = ownData(input);
  if (!own.ok) return { ok: false, error: new InputError('household', own.issues) };
  const r = householdSchema.safeParse(own.value);
  if (r.success) return { ok: true, value: markParsed(deepFreeze(r.data)) };
  return { ok: false, error: new InputError('household', issuesFromZod(r.error)) };
}

/** The fast reader's answer; NOT_READ where a read throws (a getter, a Proxy): zod decides. */
function readFast(input: unknown): unknown {
  if (prototypePolluted()) return NOT_READ;
  try {
    return readHousehold(input);
  } catch {
    return NOT_READ;
  }
}
