import { markParsed } from './brand';
import { compileReader, NOT_READ, prototypePolluted } from './fastReader';
import { type Household, householdObject, householdSchema, referenceIssues } from './household';
import { InputError, issuesFromZod, type ParseResult } from './issues';

/** The household schema's fast reader (see `fastReader.ts`): zod decides whatever it does not read. */
const readHousehold = compileReader(householdObject);

/**
 * Validates a household snapshot.
 *
 * Accepts any value (e.g. the result of `JSON.parse`) and returns either the parsed household —
 * amounts turned into canonical decimal strings — or an {@link InputError} listing every bad field
 * by path, in zh-CN and en. Never throws.
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
  const fast = prototypePolluted() ? NOT_READ : readHousehold(input);
  if (fast !== NOT_READ && referenceIssues(fast as Household).length === 0)
    return { ok: true, value: markParsed(fast as Household) };
  const r = householdSchema.safeParse(input);
  if (r.success) return { ok: true, value: markParsed(r.data) };
  return { ok: false, error: new InputError('household', issuesFromZod(r.error)) };
}
