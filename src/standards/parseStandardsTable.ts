import { markParsed } from '../schema/brand';
import { cycleIssues } from '../schema/cycles';
import { forbiddenKeyIssues } from '../schema/forbiddenKeys';
import { InputError, issuesFromZod, type ParseResult } from '../schema/issues';
import { type StandardsTable, standardsTableSchema } from './schema';

/**
 * Validates a standards table (e.g. `JSON.parse` of a file in `fixtures/standards/`).
 *
 * Returns the table or an {@link InputError} listing every bad field by path, in zh-CN and en.
 * Every entry must carry a `source` (document, clause, published date) or an `illustrative` note.
 * A key named `__proto__`, `constructor` or `prototype` anywhere is an error (zod would drop it
 * from a record silently). An object that contains itself (a reference cycle, possible only in a
 * table built in code) is an error at the path where the cycle closes.
 * Never throws.
 *
 * @example
 * const r = parseStandardsTable(JSON.parse(text));
 * if (!r.ok) console.error(r.error.issues.map((i) => `${i.pathText}: ${i.message['zh-CN']}`));
 */
export function parseStandardsTable(input: unknown): ParseResult<StandardsTable> {
  // An object built in code may contain itself: no walk below could end.
  const cycles = cycleIssues(input);
  if (cycles.length > 0) return { ok: false, error: new InputError('standards', cycles) };
  const forbidden = forbiddenKeyIssues(input);
  if (forbidden.length > 0) return { ok: false, error: new InputError('standards', forbidden) };
  const r = standardsTableSchema.safeParse(input);
  if (r.success) return { ok: true, value: markParsed(r.data) };
  return { ok: false, error: new InputError('standards', issuesFromZod(r.error)) };
}
