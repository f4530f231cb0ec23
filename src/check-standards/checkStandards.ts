import { compareDates, daysBetween, type IsoDate } from '../dates/calendar';
import { Rational } from '../money/rational';
import type { Area } from '../schema/primitives';
import {
  evaluateFigure,
  evaluateFigureObject,
  isMissing,
  monthly,
} from '../standards/evaluateFigure';
import { type Figure, isFigure } from '../standards/figure-schema';
import { NATIONAL_REGION, regionChain } from '../standards/regions';
import {
  paramAt,
  provenanceOf,
  type ResolvedStandards,
  resolveStandards,
} from '../standards/resolveStandards';
import type { StandardsEntry, StandardsTable } from '../standards/schema';
import type { Messages } from '../trace/types';
import { checkShapes, type ShapeFindingCode } from './checkShapes';
import { checkMessages as msg } from './messages';

/** The kinds of problem {@link checkStandards} reports. */
export type StandardsFindingCode =
  | 'overlapping_entries'
  | 'gap_between_entries'
  | 'unresolvable'
  | 'missing_base'
  | 'tekun_basic_below_floor'
  | 'dibao_standard_outside_band'
  | ShapeFindingCode;

/** One problem of a standards table. */
export interface StandardsFinding {
  severity: 'error' | 'warning';
  code: StandardsFindingCode;
  entryId?: string;
  region: string;
  /** The date the problem was found on (an entry start date). */
  on?: IsoDate;
  /** The parameter path concerned. */
  path?: string;
  message: Messages;
  /** Exact values involved (decimal strings). */
  values: Record<string, string>;
}

const AREAS: Area[] = ['urban', 'rural'];

/**
 * Checks a standards table against its own rules (R8) and for structural faults:
 * - `overlapping_entries` (error): two entries of one region in force on the same day;
 * - `gap_between_entries` (warning): days between two entries of one region with no entry;
 * - `missing_base` (error): a derived figure whose base is absent, for an area, on a date;
 * - `tekun_basic_below_floor` (error): a 特困 basic standard below `tekun.basicFloorMultiple` ×
 *   the 低保 standard of the area (≥ 1.3 × — 常州 2021 二, 银川 2021 二(六));
 * - `dibao_standard_outside_band` (error): the 低保 standard × 12 outside the table's
 *   `standardSetting.dibaoShareOfConsumption` band of `statistics.consumptionPerCapitaLastYear`
 *   (30–40 % — 常州 2021 二);
 * - `unresolvable` (error): a region and date with no single resolution;
 * - the shapes of lists whose faults depend on figures (`checkShapes`): overlapping or unordered
 *   bands.
 * Resolution-based checks run for every region of the table on every entry start date of its
 * chain (national ← province ← city ← county): the dates where its resolution can change.
 * Entries without source or illustrative note are already rejected by the table schema.
 *
 * @param table - a table from `parseStandardsTable`
 * @returns the findings, errors and warnings, in region and date order
 * @example
 * checkStandards(bundled) // []
 * checkStandards(tableWithTekunBasic1200)[0].code // 'tekun_basic_below_floor' (1200 < 1.3 × 940 = 1222)
 */
export function checkStandards(table: StandardsTable): StandardsFinding[] {
  const findings: StandardsFinding[] = [];
  const byRegion = new Map<string, StandardsEntry[]>();
  for (const e of table.entries) {
    const list = byRegion.get(e.region) ?? [];
    list.push(e);
    byRegion.set(e.region, list);
  }
  const regions = [...byRegion.keys()].sort();
  for (const region of regions) {
    const entries = [...(byRegion.get(region) ?? [])].sort((a, b) =>
      compareDates(a.effective.from, b.effective.from),
    );
    timeline(region, entries, findings);
  }
  const seen = new Set<string>();
  // The national entries hold defaults only: they are checked through the regions that inherit them.
  for (const region of regions.filter((r) => r !== NATIONAL_REGION)) {
    const chain = regionChain(region);
    const dates = [
      ...new Set(
        table.entries.filter((e) => chain.includes(e.region)).map((e) => e.effective.from),
      ),
    ].sort();
    const own = byRegion.get(region) ?? [];
    for (const on of dates) {
      if (!own.some((e) => within(on, e))) continue;
      const r = resolveStandards(table, { region, on });
      if (!r.ok) {
        if (r.error.code !== 'overlapping_entries')
          findings.push({
            severity: 'error',
            code: 'unresolvable',
            region,
            on,
            message: msg.unresolved(region, on, r.error.messages),
            values: { error: r.error.code },
          });
        continue;
      }
      for (const f of checkResolved(r.value)) {
        const key = `${f.code}|${f.region}|${f.path}|${f.entryId}|${JSON.stringify(f.values)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(f);
      }
    }
  }
  return findings;
}

function within(on: IsoDate, e: StandardsEntry): boolean {
  return on >= e.effective.from && (e.effective.to === undefined || on <= e.effective.to);
}

function timeline(region: string, entries: StandardsEntry[], out: StandardsFinding[]): void {
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i] as StandardsEntry;
    for (let j = i + 1; j < entries.length; j++) {
      const b = entries[j] as StandardsEntry;
      if (a.effective.to === undefined || b.effective.from <= a.effective.to) {
        out.push({
          severity: 'error',
          code: 'overlapping_entries',
          entryId: b.id,
          region,
          on: b.effective.from,
          message: msg.overlap(region, a.id, b.id),
          values: { entryA: a.id, entryB: b.id },
        });
      }
    }
    const next = entries[i + 1];
    if (
      next !== undefined &&
      a.effective.to !== undefined &&
      daysBetween(a.effective.to, next.effective.from) > 1
    ) {
      out.push({
        severity: 'warning',
        code: 'gap_between_entries',
        entryId: next.id,
        region,
        message: msg.gap(region, a.id, next.id, a.effective.to, next.effective.from),
        values: {
          after: a.effective.to,
          before: next.effective.from,
          days: String(daysBetween(a.effective.to, next.effective.from) - 1),
        },
      });
    }
  }
}

/** The checks on one resolved set of standards. */
function checkResolved(std: ResolvedStandards): StandardsFinding[] {
  const out: StandardsFinding[] = [];
  const base = (path: string) => ({
    region: std.region,
    on: std.on,
    path,
    ...(provenanceOf(std, path) ? { entryId: provenanceOf(std, path)?.entryId } : {}),
  });
  // Derived figures whose base is missing.
  for (const [path, figure] of figures(std.params, '')) {
    // Only derived figures have a base (other parameters may carry a `multiple` too).
    if ('yuan' in figure || typeof figure.of !== 'string' || figure.round === undefined) continue;
    const last = path.slice(path.lastIndexOf('.') + 1);
    const areas = last === 'urban' || last === 'rural' ? [last as Area] : AREAS;
    for (const area of areas) {
      if (!figure.of.includes('@area') && areas.length > 1 && area === 'rural') continue;
      const f = evaluateFigureObject(std, figure, path, area);
      if (isMissing(f))
        out.push({
          severity: 'error',
          code: 'missing_base',
          ...base(path),
          message: msg.missingBase(path, f.missing, std.on),
          values: { of: figure.of, missing: f.missing, area },
        } as StandardsFinding);
    }
  }
  // 特困 basic ≥ floor × 低保.
  const multipleText = std.params.tekun?.basicFloorMultiple;
  const multiple = multipleText === undefined ? undefined : Rational.parse(multipleText);
  if (multiple !== undefined && multipleText !== undefined) {
    for (const area of AREAS) {
      const s = evaluateFigure(std, 'dibao.standard.@area', area);
      if (isMissing(s)) continue;
      const floor = monthly(s).mul(multiple);
      for (const prefix of ['tekun.basic', 'tekun.basic.concentrated', 'tekun.basic.dispersed']) {
        const path = `${prefix}.${area}`;
        if (paramAt(std, path) === undefined) continue;
        const b = evaluateFigure(std, path, area);
        if (isMissing(b) || !monthly(b).lt(floor)) continue;
        out.push({
          severity: 'error',
          code: 'tekun_basic_below_floor',
          ...base(path),
          message: msg.belowFloor(
            path,
            monthly(b).toString(),
            multipleText,
            monthly(s).toString(),
            floor.toString(),
          ),
          values: {
            basic: monthly(b).toString(),
            dibaoStandard: monthly(s).toString(),
            multiple: multipleText,
            floor: floor.toString(),
            gap: floor.sub(monthly(b)).toString(),
          },
        } as StandardsFinding);
      }
    }
  }
  // 低保 standard within the band of last year's per-capita consumption.
  const setting = std.params.standardSetting?.dibaoShareOfConsumption;
  const consumptionText = std.params.statistics?.consumptionPerCapitaLastYear;
  const consumption = consumptionText === undefined ? undefined : Rational.parse(consumptionText);
  const min = setting ? Rational.parse(setting.min) : undefined;
  const max = setting ? Rational.parse(setting.max) : undefined;
  if (setting && consumption && !consumption.isZero() && min && max) {
    for (const area of AREAS) {
      const s = evaluateFigure(std, 'dibao.standard.@area', area);
      if (isMissing(s)) continue;
      const share = monthly(s).times(12).div(consumption);
      if (share.gte(min) && share.lte(max)) continue;
      out.push({
        severity: 'error',
        code: 'dibao_standard_outside_band',
        ...base(s.path),
        message: msg.outsideBand(s.path, share.toFixed(4), setting.min, setting.max),
        values: {
          standard: monthly(s).toString(),
          consumptionPerCapitaLastYear: consumption.toString(),
          share: share.toFixed(4),
          min: setting.min,
          max: setting.max,
        },
      } as StandardsFinding);
    }
  }
  out.push(...checkShapes(std));
  return out;
}

/** Every figure in the parameters, with its dotted path (array items by index). */
function figures(node: unknown, prefix: string): [string, Figure][] {
  if (typeof node !== 'object' || node === null) return [];
  if (isFigure(node)) return [[prefix, node as Figure]];
  const out: [string, Figure][] = [];
  const entries = Array.isArray(node)
    ? node.map((v, i) => [String(i), v] as const)
    : Object.entries(node as Record<string, unknown>);
  for (const [k, v] of entries) out.push(...figures(v, prefix === '' ? k : `${prefix}.${k}`));
  return out;
}
