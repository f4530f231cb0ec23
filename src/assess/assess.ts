import type { IsoDate } from '../dates/calendar';
import { assessDibao } from '../dibao/assessDibao';
import { ensureHousehold } from '../schema/ensureHousehold';
import type { Household, HouseholdInput } from '../schema/household';
import { resolveStandards } from '../standards/resolveStandards';
import type { StandardsTable } from '../standards/schema';
import type { Determination, ProgramId } from '../trace/types';
import { VERSION } from '../version';

/** Options of {@link assess}. */
export interface AssessOptions {
  /** The assessment date, `YYYY-MM-DD`. */
  on: IsoDate;
  /** The region whose standards apply; the household's own region when absent. */
  region?: string;
}

/**
 * The household's place in the layered assistance system (分层分类): 特困 above 低保 above
 * 低收入 (低保边缘); `undetermined` when a higher tier could not be decided.
 */
export type Tier = 'tekun' | 'dibao' | 'low-income' | 'none' | 'undetermined';

/** Every program's determination for one household on one date. */
export interface Assessment {
  householdId: string;
  region: string;
  on: IsoDate;
  tier: Tier;
  determinations: Partial<Record<ProgramId, Determination>>;
  library: { name: 'jiuzhu'; version: string };
}

/**
 * Runs every program for a household and places it in the layered system.
 *
 * @param household - a household snapshot (validated unless it came from `parseHousehold`)
 * @param table - a table from `parseStandardsTable`
 * @param options - the assessment date and, optionally, the region
 * @throws {InputError} when the household is invalid
 * @throws {StandardsError} when no single set of standards is in force for the region and date
 *
 * @example
 * const a = assess(household, table, { on: '2021-08-01' });
 * a.tier                              // 'dibao'
 * a.determinations.dibao?.amount?.total // '926.00'
 */
export function assess(
  household: Household | HouseholdInput,
  table: StandardsTable,
  options: AssessOptions,
): Assessment {
  const h = ensureHousehold(household);
  const region = options.region ?? h.region;
  const resolved = resolveStandards(table, { region, on: options.on });
  if (!resolved.ok) throw resolved.error;
  const std = resolved.value;
  const dibao = assessDibao(h, std);
  const tier: Tier =
    dibao.outcome === 'eligible'
      ? 'dibao'
      : dibao.outcome === 'undetermined'
        ? 'undetermined'
        : 'none';
  return {
    householdId: h.id,
    region,
    on: options.on,
    tier,
    determinations: { dibao },
    library: { name: 'jiuzhu', version: VERSION },
  };
}
