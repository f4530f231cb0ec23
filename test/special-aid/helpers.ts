import {
  type Household,
  type HouseholdInput,
  parseHousehold,
  parseStandardsTable,
  type ResolvedStandards,
  resolveStandards,
  type StandardsTableInput,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

/** A parsed household (throws on an invalid one). */
export function household(input: HouseholdInput): Household {
  const r = parseHousehold(input);
  if (!r.ok) throw r.error;
  return r.value;
}

/** Standards of a bundled table for a region and date (throws when none resolve). */
export function standards(file: string, region: string, on: string): ResolvedStandards {
  const r = resolveStandards(loadTable(file), { region, on });
  if (!r.ok) throw r.error;
  return r.value;
}

/** Standards of an inline table (throws when invalid or unresolved). */
export function inlineStandards(
  table: StandardsTableInput,
  region: string,
  on: string,
): ResolvedStandards {
  const t = parseStandardsTable(table);
  if (!t.ok) throw t.error;
  const r = resolveStandards(t.value, { region, on });
  if (!r.ok) throw r.error;
  return r.value;
}

/** 阳江 (example entry) on 2017-06-01. */
export const yangjiang = (on = '2017-06-01') => standards('examples.json', '441702', on);
/** 南郑 (example entry, 汉政办发〔2016〕57号) on 2018-06-01. */
export const nanzheng = (on = '2018-06-01') => standards('examples.json', '610721', on);
