import {
  parseStandardsTable,
  type ResolvedStandards,
  resolveStandards,
  type StandardsTableInput,
} from '../../src/index';

/** The parameters of one table entry. */
export type Params = StandardsTableInput['entries'][number]['params'];

/** Where and when a one-entry test table applies. */
export interface OneEntry {
  /** The entry's region (default 320400). */
  region?: string;
  /** The region resolved for (default the entry's). */
  at?: string;
  /** The assessment date (default 2021-08-01). */
  on?: string;
  /** The entry's first day (default 2021-01-01). */
  from?: string;
}

/**
 * Standards resolved from a table of one entry holding `params` (source "Doc 一"): the common
 * set-up of the unit tests. Throws when the table is invalid or nothing resolves.
 */
export function oneEntryStandards(params: Params, where: OneEntry = {}): ResolvedStandards {
  const { region = '320400', on = '2021-08-01', from = '2021-01-01' } = where;
  const source = { document: 'Doc', clause: '一', published: from };
  const t = parseStandardsTable({
    id: 't',
    entries: [{ id: 'e', region, effective: { from }, source, params }],
  });
  if (!t.ok) throw t.error;
  const r = resolveStandards(t.value, { region: where.at ?? region, on });
  if (!r.ok) throw r.error;
  return r.value;
}
