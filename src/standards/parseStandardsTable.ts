import { markParsed } from '../schema/brand';
import { forbiddenKeyIssues } from '../schema/forbiddenKeys';
import { InputError, issuesFromZod, type ParseResult } from '../schema/issues';
import { deepFreeze, ownData } from '../schema/ownData';
import { type StandardsTable, standardsTableSchema } from './schema';

/**
 * Validates a standards table (e.g. `JSON.parse` of a file in `fixtures/standards/`).
 *
 * Returns the table or an {@link InputError} listing every bad field by path, in zh-CN and en.
 * Every entry must carry a `source` (document, clause, published date) or an `illustrative` note.
 * A key named `__proto__`, `constructor` or `prototype` anywhere is an error (zod would drop it
 * from a record silently). Only own enumerable properties are read; a property whose read throws
 * (a getter, a Proxy trap) or an object containing itself is an issue at its path. The parsed
 * table is deep-frozen, so a figure cannot change after it was checked.
 * Never throws.
 *
 * @example
 * const r = parseStandardsTable(JSON.parse(text));
 * if (!r.ok) console.error(r.error.issues.map((i) => `${i.pathText}: ${i.message['zh-CN']}`));
 */
export function parseStandardsTable(input: unknown): ParseResult<StandardsTable> {
  // Own enumerable properties only, each read once; a throwing read or a cycle is an issue.
  const own = ownData(input);
  if (!own.ok) return { ok: false, error: new InputError('standards', own.issues) };
  const forbidden = forbiddenKeyIssues(own.value);
  if (forbidden.length > 0) return { ok: false, error: new InputError('standards', forbidden) };
  const r = standardsTableSchema.safeParse(own.value);
  if (r.success) return { ok: true, value: markParsed(deepFreeze(r.data)) };
  return { ok: false, error: new InputError('standards', issuesFromZod(r.error)) };
}
