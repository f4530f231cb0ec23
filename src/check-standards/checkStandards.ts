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
import { checkMessages as msg } from './messages';

/** The kinds of problem {@link checkStandards} reports. */
export type StandardsFindingCode =
  | 'overlapping_entries'
  | 'gap_between_entries'
  | 'unresolvable'
  | 'missing_base'
  | 'tekun_basic_below_floor'
  | 'dibao_standard_outside_band'
  | 'asset_rule_mixed';

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
 * - `asset_rule_mixed`: a program's property rule (`lowIncome.assets`, `tekun.assets`) whose
 *   layers choose different alternatives (`limits` here, `sameAsDibao` above): a warning that the
 *   local choice replaces the inherited one whole, never merged with it; an error if a resolved
 *   rule ever holds both (特困人员认定办法 第七条; 最低生活保障审核确认办法 第八条第二款);
 * - `unresolvable` (error): a region and date with no single resolution.
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
      for (const f of [...checkResolved(r.value), ...assetRuleMix(table, r.value)]) {
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
export function checkResolved(std: ResolvedStandards): StandardsFinding[] {
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
  return out;
}

/** The property rules that are a choice between tagged alternatives. */
const ASSET_RULE_PATHS = ['lowIncome.assets', 'tekun.assets'] as const;

/** The alternative an asset rule chooses, or undefined when it is not one of them. */
function alternativeOf(rule: unknown): 'limits' | 'sameAsDibao' | 'both' | undefined {
  if (typeof rule !== 'object' || rule === null) return undefined;
  const limits = Object.hasOwn(rule, 'limits');
  const same = Object.hasOwn(rule, 'sameAsDibao');
  if (limits && same) return 'both';
  return limits ? 'limits' : same ? 'sameAsDibao' : undefined;
}

/**
 * Property rules whose layers mix alternatives: each layer's choice replaces the one above it
 * whole (see `resolveStandards`); a resolved rule holding both is an error.
 */
function assetRuleMix(table: StandardsTable, std: ResolvedStandards): StandardsFinding[] {
  const out: StandardsFinding[] = [];
  const layers = std.entries.map((a) => table.entries.find((e) => e.id === a.id));
  for (const path of ASSET_RULE_PATHS) {
    const resolved = alternativeOf(paramAt(std, path));
    if (resolved === 'both') {
      out.push({
        severity: 'error',
        code: 'asset_rule_mixed',
        region: std.region,
        on: std.on,
        path,
        message: msg.assetRuleBoth(path),
        values: { alternatives: 'limits+sameAsDibao' },
      });
      continue;
    }
    const set: { entryId: string; alternative: string }[] = [];
    for (const entry of layers) {
      if (entry === undefined) continue;
      const alternative = alternativeOf(valueAt(entry.params, path));
      if (alternative !== undefined) set.push({ entryId: entry.id, alternative });
    }
    const last = set[set.length - 1];
    const above = set
      .slice(0, -1)
      .reverse()
      .find((x) => x.alternative !== last?.alternative);
    if (last === undefined || above === undefined) continue;
    out.push({
      severity: 'warning',
      code: 'asset_rule_mixed',
      entryId: last.entryId,
      region: std.region,
      on: std.on,
      path,
      message: msg.assetRuleReplaced(
        path,
        last.entryId,
        last.alternative,
        above.entryId,
        above.alternative,
      ),
      values: {
        alternative: last.alternative,
        replaces: above.alternative,
        replacedEntry: above.entryId,
      },
    });
  }
  return out;
}

/** The value at a dotted path of plain data, or undefined. */
function valueAt(node: unknown, path: string): unknown {
  for (const seg of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
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
