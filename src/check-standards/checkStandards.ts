import { compareDates, type IsoDate } from '../dates/calendar';
import { Rational } from '../money/rational';
import { type Area, MAX_AMOUNT_YUAN } from '../schema/primitives';
import { type Figure, isFigure } from '../standards/figure-schema';
import { NATIONAL_REGION, regionChain } from '../standards/regions';
import {
  ensureTable,
  entriesInForce,
  isLeaf,
  type LayeredAboveMemo,
  paramAt,
  type ResolvedStandards,
  type ResolveResult,
  resolveLayersForCheck,
  resolveStandards,
  valueAtSegments,
} from '../standards/resolveStandards';
import type { StandardsEntry, StandardsTable } from '../standards/schema';
import type { Messages } from '../trace/types';
import { at, checkShapes, type ShapeFindingCode } from './checkShapes';
import {
  type FigureReader,
  isMissing,
  monthly,
  parseKept,
  RESOLVED_READER,
  TOO_DEEP,
  valueReader,
} from './figureReader';
import { checkMessages as msg } from './messages';

/** The kinds of problem {@link checkStandards} reports. */
export type StandardsFindingCode =
  | 'overlapping_entries'
  | 'gap_between_entries'
  | 'unresolvable'
  | 'missing_base'
  | 'tekun_basic_below_floor'
  | 'dibao_standard_outside_band'
  | 'multiple_out_of_range'
  | 'figure_out_of_range'
  | 'asset_rule_mixed'
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
/** The 特困 basic standards checked against the floor, per area. */
const TEKUN_BASIC_PATHS = Object.fromEntries(
  AREAS.map((area) => [
    area,
    ['tekun.basic', 'tekun.basic.concentrated', 'tekun.basic.dispersed'].map((p) => `${p}.${area}`),
  ]),
) as Record<Area, string[]>;

/**
 * The largest multiple a table may hold (`multiple`, `basicFloorMultiple`, …): 100 × its base.
 * Published multiples are far below it (1.3 × for 特困, 1.5–2 × for 低收入, up to 24–36 × a monthly
 * standard for asset limits and temporary-aid caps); a larger one is an error of the table.
 */
export const MAX_MULTIPLE = 100;
const MAX_MULTIPLE_VALUE = Rational.int(MAX_MULTIPLE);
const MAX_FIGURE = Rational.int(MAX_AMOUNT_YUAN);

/**
 * Checks a standards table against its own rules (R8) and for structural faults:
 * - `overlapping_entries` (error): two entries of one region in force on the same day — once
 *   per entry, against the earlier entry of the region that reaches furthest;
 * - `gap_between_entries` (warning): days between two entries of one region with no entry;
 * - `missing_base` (error): a derived figure whose base is absent, for an area, on a date —
 *   once per entry and figure, `values.regions` counting the regions it reaches;
 * - `multiple_out_of_range` (error): a multiple above {@link MAX_MULTIPLE};
 * - `figure_out_of_range` (error): a derived figure above the amount limit (`MAX_AMOUNT_YUAN`),
 *   once per entry and figure like `missing_base`;
 * - `tekun_basic_below_floor` (error): a 特困 basic standard below `tekun.basicFloorMultiple` ×
 *   the 低保 standard of the area (≥ 1.3 × — 常州 2021 二, 银川 2021 二(六));
 * - `dibao_standard_outside_band` (error): the 低保 standard × 12 outside the table's
 *   `standardSetting.dibaoShareOfConsumption` band of `statistics.consumptionPerCapitaLastYear`
 *   (30–40 % — 常州 2021 二);
 * - `asset_rule_mixed`: a program's property rule (`lowIncome.assets`, `tekun.assets`) whose
 *   layers choose different alternatives (`limits` here, `sameAsDibao` above): a warning that the
 *   local choice replaces the inherited one whole, never merged with it; an error if a resolved
 *   rule ever holds both (特困人员认定办法 第七条; 最低生活保障审核确认办法 第八条第二款);
 * - `unresolvable` (error): a region and date with no single resolution;
 * - the shapes of lists whose faults depend on figures (`checkShapes`): overlapping or unordered
 *   bands.
 * Resolution-based checks run for every region of the table on every entry start date of its
 * chain (national ← province ← city ← county): the dates where its resolution can change.
 * Entries without source or illustrative note are already rejected by the table schema.
 * Linear in the entries after a sort per region: each region and date layers only the region's
 * own entry on the layering of the entries above it (made once and shared by the counties of a
 * city; a county's provenance is made only for a finding), the checks walk only the derived
 * figures, kept per parameter object, that its entry can have changed, and read figures by value
 * (no provenance or memo per resolution; a derived value kept by its base for the check). 100,000
 * entries: 1.2–2.8 s of CPU time on a loaded 2-core machine, 0.45 × the time before in the same
 * runs; `npm run bench:check-table`.
 *
 * @param table - a table from `parseStandardsTable` (anything else is validated first)
 * @throws {InputError} when `table` did not come from `parseStandardsTable` and is not valid
 * @returns the findings, errors and warnings, in region and date order
 * @example
 * checkStandards(bundled) // []
 * checkStandards(tableWithTekunBasic1200)[0].code // 'tekun_basic_below_floor' (1200 < 1.3 × 940 = 1222)
 */
export function checkStandards(table: StandardsTable): StandardsFinding[] {
  return checkTable(ensureTable(table), 'layers');
}

/**
 * The findings of {@link checkStandards} found as before its layering was shared: each region and
 * date through `resolveStandards`. Internal: the reference the tests compare the shared layering
 * with.
 */
export function checkStandardsByResolution(table: StandardsTable): StandardsFinding[] {
  return checkTable(ensureTable(table), 'resolve');
}

/** Counts of the work of the checks, for tests of their complexity; internal. */
export const checkCounts = { resolutions: 0 };

/** Six digits: a region whose chain `resolveLayersForCheck` layers (any other: `resolveStandards`). */
const REGION_CODE = /^\d{6}$/;

/**
 * One region's entries for counting those in force on a date by binary search, however many of
 * them overlap (`entriesInForce` scans a region whose entries overlap: 10,000 overlapping entries
 * of one region, checked on each of their 10,000 start dates, were 50,000,000 steps).
 */
interface InForceIndex {
  /** The entries that can be in force (`from` ≤ `to`), by start date. */
  entries: StandardsEntry[];
  froms: IsoDate[];
  /** The end dates of the entries with one, sorted. */
  tos: IsoDate[];
  /** `reach[i]`: the position of the entry reaching furthest among `entries[0..i]`. */
  reach: number[];
}

function inForceIndex(entries: readonly StandardsEntry[]): InForceIndex {
  const live = entries.filter(
    (e) => e.effective.to === undefined || e.effective.from <= e.effective.to,
  );
  const reach: number[] = [];
  let best = -1;
  live.forEach((e, i) => {
    const to = e.effective.to;
    const bestTo = best < 0 ? undefined : (live[best] as StandardsEntry).effective.to;
    if (best < 0 || (bestTo !== undefined && (to === undefined || to > bestTo))) best = i;
    reach.push(best);
  });
  return {
    entries: live,
    froms: live.map((e) => e.effective.from),
    tos: live.flatMap((e) => (e.effective.to === undefined ? [] : [e.effective.to])).sort(),
    reach,
  };
}

/** The number of dates in a sorted list that are `≤ on` (`strict`: `< on`). */
function countUpTo(sorted: readonly IsoDate[], on: IsoDate, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = sorted[mid] as IsoDate;
    if (strict ? d < on : d <= on) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The entry of a region in force on a date: `null` for none, `undefined` for more than one (an
 * overlap). Those started by the date, less those ended before it, are in force; when one is, it
 * is the one reaching furthest.
 */
function onlyInForce(
  index: InForceIndex | undefined,
  on: IsoDate,
): StandardsEntry | null | undefined {
  if (index === undefined) return null;
  const started = countUpTo(index.froms, on, false);
  const count = started - countUpTo(index.tos, on, true);
  if (count === 0) return null;
  if (count > 1) return undefined;
  return index.entries[index.reach[started - 1] as number] as StandardsEntry;
}

/**
 * The entries in force on a date for the regions of a chain (most general first), or undefined
 * when a region has more than one (an overlap).
 */
function chainInForce(
  indexOf: (code: string) => InForceIndex | undefined,
  chain: readonly string[],
  on: IsoDate,
): StandardsEntry[] | undefined {
  const layers: StandardsEntry[] = [];
  for (const code of chain) {
    const only = onlyInForce(indexOf(code), on);
    if (only === undefined) return undefined;
    if (only !== null) layers.push(only);
  }
  return layers;
}

function checkTable(table: StandardsTable, how: 'layers' | 'resolve'): StandardsFinding[] {
  const findings: StandardsFinding[] = [];
  const byRegion = new Map<string, StandardsEntry[]>();
  for (const e of table.entries) {
    const list = byRegion.get(e.region) ?? [];
    list.push(e);
    byRegion.set(e.region, list);
  }
  const regions = [...byRegion.keys()].sort();
  const sorted = new Map<string, StandardsEntry[]>();
  for (const region of regions) {
    const entries = [...(byRegion.get(region) ?? [])].sort((a, b) =>
      compareDates(a.effective.from, b.effective.from),
    );
    sorted.set(region, entries);
    timeline(region, entries, findings);
  }
  const indexes = new Map<string, InForceIndex>();
  const indexOf = (code: string): InForceIndex | undefined => {
    let index = indexes.get(code);
    if (index === undefined) {
      const entries = sorted.get(code);
      if (entries === undefined) return undefined;
      index = inForceIndex(entries);
      indexes.set(code, index);
    }
    return index;
  };
  const seen = new Set<string>();
  // Findings about one entry's figure, reported once whatever the number of regions inheriting it.
  const once = new Map<string, { finding: StandardsFinding; lastRegion: string }>();
  /** The table's entries by id, as written (before layering), for the property-rule check. */
  const byId = how === 'resolve' ? new Map(table.entries.map((e) => [e.id, e])) : undefined;
  const above: LayeredAboveMemo = new Map();
  const read = how === 'layers' ? valueReader() : RESOLVED_READER;
  let aboveCity = '';
  // The entries in force above the regions of one parent (a city's counties), by date: the same
  // for each of them.
  let parent = '';
  let parentLayers = new Map<IsoDate, StandardsEntry[] | undefined>();
  /** The start dates of the entries of the parent's chain, sorted, without repeats. */
  let parentDates: IsoDate[] = [];
  // The national entries hold defaults only: they are checked through the regions that inherit them.
  for (const region of regions.filter((r) => r !== NATIONAL_REGION)) {
    const chain = regionChain(region);
    // The chain above the region is its parent's chain.
    const chainAbove = chain.slice(0, -1);
    const parentCode = chainAbove[chainAbove.length - 1] as string;
    if (parentCode !== parent) {
      parent = parentCode;
      parentLayers = new Map();
      parentDates = [
        ...new Set(
          chainAbove.flatMap((code) => (byRegion.get(code) ?? []).map((e) => e.effective.from)),
        ),
      ].sort();
    }
    // Every start date of the chain's entries: the dates where the resolution can change.
    const dates = mergeDates(parentDates, sorted.get(region) ?? []);
    const byLayers = how === 'layers' && REGION_CODE.test(region);
    // The layerings above a city's counties are kept while its counties are checked (they follow
    // the city in the sorted regions).
    if (region.slice(0, 4) !== aboveCity) {
      above.clear();
      aboveCity = region.slice(0, 4);
    }
    for (const on of dates) {
      // None of its own: nothing to check; more than one: an overlap, found by the timeline.
      let r: ResolveResult;
      let layers: readonly (StandardsEntry | undefined)[] | undefined;
      if (byLayers) {
        const own = onlyInForce(indexOf(region), on);
        if (own === null || own === undefined) continue;
        // Its own entry is in force, so the resolution fails only by an overlap above it.
        let aboveOwn = parentLayers.get(on);
        if (aboveOwn === undefined && !parentLayers.has(on)) {
          aboveOwn = chainInForce(indexOf, chainAbove, on);
          parentLayers.set(on, aboveOwn);
        }
        if (aboveOwn === undefined) continue;
        const found = [...aboveOwn, own];
        layers = found;
        r = { ok: true, value: resolveLayersForCheck(table, region, on, found, above) };
      } else {
        if (entriesInForce(table, region, on).length !== 1) continue;
        r = resolveStandards(table, { region, on });
      }
      checkCounts.resolutions++;
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
      layers ??= r.value.entries.map((a) => byId?.get(a.id));
      for (const f of checkResolved(r.value, read)) take(f, region);
      for (const f of assetRuleMix(layers, r.value)) take(f, region);
    }
  }
  return findings;

  /** A finding of a region kept unless already found (for an entry's figure: once, counted). */
  function take(f: StandardsFinding, region: string): void {
    if (f.code === 'missing_base' || f.code === 'figure_out_of_range') {
      const key = `${f.code}|${f.path}|${f.entryId}|${f.values.area}|${f.values.missing}`;
      const first = once.get(key);
      if (first === undefined) {
        f.values.regions = '1';
        once.set(key, { finding: f, lastRegion: region });
        findings.push(f);
      } else if (first.lastRegion !== region) {
        first.lastRegion = region;
        first.finding.values.regions = String(Number(first.finding.values.regions) + 1);
      }
      return;
    }
    const key = `${f.code}|${f.region}|${f.path}|${f.entryId}|${JSON.stringify(f.values)}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  }
}

/**
 * The sorted dates without repeats of `dates` (sorted, without repeats) and of the start dates of
 * `entries` (sorted by start date).
 */
function mergeDates(dates: readonly IsoDate[], entries: readonly StandardsEntry[]): IsoDate[] {
  const out: IsoDate[] = [];
  let i = 0;
  let j = 0;
  while (i < dates.length || j < entries.length) {
    const a = dates[i];
    const b = (entries[j] as StandardsEntry | undefined)?.effective.from;
    const next = b === undefined || (a !== undefined && a <= b) ? (a as IsoDate) : b;
    if (next === a) i++;
    if (next === b) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * Overlaps and gaps of one region's entries, sorted by start date, in one pass: each entry is
 * compared with the earlier entry that reaches furthest (an open-ended one reaches forever), so
 * an entry overlapping earlier ones gives one finding, and a gap is a stretch no earlier entry
 * covers. Linear in the number of entries.
 */
function timeline(region: string, entries: StandardsEntry[], out: StandardsFinding[]): void {
  let reach: StandardsEntry | undefined;
  for (const b of entries) {
    const a = reach;
    const to = a?.effective.to;
    const days =
      a !== undefined && to !== undefined && b.effective.from > to
        ? dayNumber(b.effective.from) - dayNumber(to)
        : 0;
    if (a !== undefined && (to === undefined || b.effective.from <= to)) {
      out.push({
        severity: 'error',
        code: 'overlapping_entries',
        entryId: b.id,
        region,
        on: b.effective.from,
        message: msg.overlap(region, a.id, b.id),
        values: { entryA: a.id, entryB: b.id },
      });
    } else if (a !== undefined && to !== undefined && days > 1) {
      out.push({
        severity: 'warning',
        code: 'gap_between_entries',
        entryId: b.id,
        region,
        message: msg.gap(region, a.id, b.id, to, b.effective.from),
        values: {
          after: to,
          before: b.effective.from,
          days: String(days - 1),
        },
      });
    }
    for (const [path, multiple] of largeMultiples(b.params)) {
      if (!multiple.gt(MAX_MULTIPLE_VALUE)) continue;
      out.push({
        severity: 'error',
        code: 'multiple_out_of_range',
        entryId: b.id,
        region,
        on: b.effective.from,
        path,
        message: msg.multipleOutOfRange(path, multiple.toString(), String(MAX_MULTIPLE)),
        values: { multiple: multiple.toString(), max: String(MAX_MULTIPLE) },
      });
    }
    const bTo = b.effective.to;
    if (a === undefined || (to !== undefined && (bTo === undefined || bTo > to))) reach = b;
  }
}

/** Where a finding of a resolution is: its region, date, path and the entry that set the path. */
const findingBase = at;

/**
 * The checks on one resolved set of standards. `read` evaluates its figures: by default as the
 * rules do (`evaluateFigure`, memoised on the resolution); `checkStandards` reads values only
 * (the same findings), and falls back to the default where a derivation is too deep.
 */
export function checkResolved(
  std: ResolvedStandards,
  read: FigureReader = RESOLVED_READER,
): StandardsFinding[] {
  if (read === RESOLVED_READER) return checkResolvedWith(std, read);
  try {
    return checkResolvedWith(std, read);
  } catch (e) {
    if (e === TOO_DEEP) return checkResolvedWith(std, RESOLVED_READER);
    throw e;
  }
}

function checkResolvedWith(std: ResolvedStandards, read: FigureReader): StandardsFinding[] {
  const out: StandardsFinding[] = [];
  // Derived figures whose base is missing, or whose value is beyond the amount limit.
  for (const [path, figure] of derivedFiguresOf(std)) {
    if ('yuan' in figure || typeof figure.of !== 'string' || figure.round === undefined) continue;
    // A figure of one area is checked for it; any other for both areas when its base depends on
    // the area, else once (as urban).
    const areas = areasOf(path, figure.of);
    for (const area of areas) {
      const f = read.object(std, figure, path, area);
      if (isMissing(f))
        out.push({
          severity: 'error',
          code: 'missing_base',
          ...findingBase(std, path),
          message: msg.missingBase(path, f.missing, std.on),
          values: { of: figure.of, missing: f.missing, area },
        } as StandardsFinding);
      else if (f.value.gt(MAX_FIGURE))
        out.push({
          severity: 'error',
          code: 'figure_out_of_range',
          ...findingBase(std, path),
          message: msg.figureOutOfRange(path, f.value.toFixed(2), String(MAX_AMOUNT_YUAN)),
          values: { value: f.value.toString(), max: String(MAX_AMOUNT_YUAN), area },
        } as StandardsFinding);
    }
  }
  // 特困 basic ≥ floor × 低保.
  const multipleText = std.params.tekun?.basicFloorMultiple;
  const multiple = multipleText === undefined ? undefined : parseKept(multipleText);
  if (multiple !== undefined && multipleText !== undefined) {
    for (const area of AREAS) {
      const s = read.path(std, 'dibao.standard.@area', area);
      if (isMissing(s)) continue;
      const floor = monthly(s).mul(multiple);
      for (const path of TEKUN_BASIC_PATHS[area]) {
        const b = read.path(std, path, area);
        if (isMissing(b) || !monthly(b).lt(floor)) continue;
        out.push({
          severity: 'error',
          code: 'tekun_basic_below_floor',
          ...findingBase(std, path),
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
  const consumption = consumptionText === undefined ? undefined : parseKept(consumptionText);
  const min = setting ? parseKept(setting.min) : undefined;
  const max = setting ? parseKept(setting.max) : undefined;
  if (setting && consumption && !consumption.isZero() && min && max) {
    for (const area of AREAS) {
      const s = read.path(std, 'dibao.standard.@area', area);
      if (isMissing(s)) continue;
      const share = monthly(s).times(12).div(consumption);
      if (share.gte(min) && share.lte(max)) continue;
      out.push({
        severity: 'error',
        code: 'dibao_standard_outside_band',
        ...findingBase(std, s.path),
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
  out.push(...checkShapes(std, read));
  return out;
}

const URBAN: readonly Area[] = ['urban'];
const RURAL: readonly Area[] = ['rural'];
/** The areas of a derived figure's path, by path (`null`: both areas or once by its base). */
const pathAreas = new Map<string, readonly Area[] | null>();
const KEPT = 4096;

/** The areas a derived figure at a path, of a base, is checked for (see `checkResolved`). */
function areasOf(path: string, of: string): readonly Area[] {
  let areas = pathAreas.get(path);
  if (areas === undefined) {
    if (pathAreas.size >= KEPT) pathAreas.clear();
    const last = path.slice(path.lastIndexOf('.') + 1);
    areas = last === 'urban' ? URBAN : last === 'rural' ? RURAL : null;
    pathAreas.set(path, areas);
  }
  if (areas !== null) return areas;
  return of.includes('@area') ? AREAS : URBAN;
}

/** The property rules that are a choice between tagged alternatives. */
const ASSET_RULE_PATHS = ['lowIncome.assets', 'tekun.assets'] as const;
const ASSET_RULE_SEGMENTS = ASSET_RULE_PATHS.map((p) => p.split('.'));

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
function assetRuleMix(
  layers: readonly (StandardsEntry | undefined)[],
  std: ResolvedStandards,
): StandardsFinding[] {
  const out: StandardsFinding[] = [];
  for (let i = 0; i < ASSET_RULE_PATHS.length; i++) {
    const path = ASSET_RULE_PATHS[i] as (typeof ASSET_RULE_PATHS)[number];
    const segments = ASSET_RULE_SEGMENTS[i] as readonly string[];
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
    // The most local layer that chooses, and the nearest layer above it choosing otherwise.
    let last: { entryId: string; alternative: string } | undefined;
    let above: { entryId: string; alternative: string } | undefined;
    for (let j = layers.length - 1; j >= 0 && above === undefined; j--) {
      const entry = layers[j];
      if (entry === undefined) continue;
      const alternative = alternativeOf(valueAtSegments(entry.params, segments));
      if (alternative === undefined) continue;
      if (last === undefined) last = { entryId: entry.id, alternative };
      else if (alternative !== last.alternative) above = { entryId: entry.id, alternative };
    }
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

const figureLists = new WeakMap<object, [string, Figure][]>();
const NONE: [string, Figure][] = [];

/** A derived figure: the only kind with a base (other parameters may carry a `multiple` too). */
function isDerived(figure: Figure): boolean {
  return !('yuan' in figure) && typeof figure.of === 'string' && figure.round !== undefined;
}

/**
 * Every derived figure in the parameters, with its dotted path (array items by index), in the
 * order of the keys. Kept per frozen object (a parsed table's, a kept layering's): the subtrees a
 * layering leaves alone are shared between resolutions and walked once. The objects of a
 * county's layering in `checkStandards` are not frozen and never seen again: walked, not kept.
 */
function derivedFigures(node: unknown): [string, Figure][] {
  if (typeof node !== 'object' || node === null) return NONE;
  if (isFigure(node)) return isDerived(node as Figure) ? [['', node as Figure]] : NONE;
  const keep = Object.isFrozen(node);
  const hit = keep ? figureLists.get(node) : undefined;
  if (hit !== undefined) return hit;
  let out = NONE;
  const keys = Object.keys(node);
  for (const k of keys) {
    const inner = prefixed(k, (node as Record<string, unknown>)[k]);
    if (inner.length === 0) continue;
    if (out === NONE) out = inner.slice();
    else for (const item of inner) out.push(item);
  }
  if (keep) figureLists.set(node, out);
  return out;
}

/**
 * The derived figures of a resolution's parameters. A county's in `checkStandards` are those of
 * the layering above it (kept) when what its own entry changed holds no derived figure, neither
 * before nor after: the same figures at the same paths, in the same order.
 */
function derivedFiguresOf(std: ResolvedStandards): [string, Figure][] {
  const view = std as {
    aboveParams?: Record<string, unknown>;
    ownParams?: Record<string, unknown>;
  };
  const above = view.aboveParams;
  const own = view.ownParams;
  if (
    above !== undefined &&
    own !== undefined &&
    Object.isFrozen(above) &&
    keepsDerived(own, above)
  )
    return derivedFigures(above);
  return derivedFigures(std.params);
}

/** The number of derived figures in a value (a figure, an object, a list, a scalar). */
function derivedCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (isFigure(value)) return isDerived(value as Figure) ? 1 : 0;
  return derivedFigures(value).length;
}

/**
 * True when layering an entry's parameters (`layer`) on `above` (as `resolveStandards` merges
 * them) changes no derived figure: each value it sets replaces one holding no derived figure
 * and holds none itself, or is an object merged into an object where the same holds. Walks the
 * entry's own parameters (a county's: its 低保 standard), not the layered copy.
 */
function keepsDerived(layer: Record<string, unknown>, above: unknown): boolean {
  const base =
    typeof above === 'object' && above !== null && !isLeaf(above)
      ? (above as Record<string, unknown>)
      : undefined;
  for (const key of Object.keys(layer)) {
    const value = layer[key];
    if (value === undefined) continue;
    const existing = base !== undefined && Object.hasOwn(base, key) ? base[key] : undefined;
    if (!isLeaf(value) && typeof existing === 'object' && existing !== null && !isLeaf(existing)) {
      if (!keepsDerived(value as Record<string, unknown>, existing)) return false;
    } else if (derivedCount(value) !== 0 || derivedCount(existing) !== 0) return false;
  }
  return true;
}

/** A frozen object's derived figures with the key it sits under prefixed, kept per key. */
const prefixedLists = new WeakMap<object, Map<string, [string, Figure][]>>();

/** The derived figures of `child` with their paths prefixed by `key`. */
function prefixed(key: string, child: unknown): [string, Figure][] {
  if (typeof child !== 'object' || child === null) return NONE;
  const keep = Object.isFrozen(child);
  const byKey = keep ? prefixedLists.get(child) : undefined;
  const hit = byKey?.get(key);
  if (hit !== undefined) return hit;
  const inner = derivedFigures(child);
  const out =
    inner.length === 0
      ? NONE
      : inner.map(([path, figure]): [string, Figure] => [
          path === '' ? key : `${key}.${path}`,
          figure,
        ]);
  if (keep) {
    if (byKey === undefined) prefixedLists.set(child, new Map([[key, out]]));
    else byKey.set(key, out);
  }
  return out;
}

/**
 * The decimal multiples of an entry's parameters (`multiple`, `…Multiple`) of 100 or more, with
 * their paths (`keys`: the keys down to `node`; a path is written only for a multiple found).
 */
function largeMultiples(
  node: object,
  keys: string[] = [],
  out: [string, Rational][] = [],
): [string, Rational][] {
  const isArray = Array.isArray(node);
  for (const k of Object.keys(node)) {
    const v = (node as Record<string, unknown>)[k];
    if (typeof v === 'string') {
      if (isArray || (k !== 'multiple' && !k.endsWith('Multiple'))) continue;
      // Below 100 when it has fewer than three whole digits: no need to read it.
      const point = v.indexOf('.');
      if ((point < 0 ? v.length : point) < 3) continue;
      const value = Rational.parse(v);
      if (value !== undefined) out.push([[...keys, k].join('.'), value]);
    } else if (typeof v === 'object' && v !== null) {
      keys.push(k);
      largeMultiples(v, keys, out);
      keys.pop();
    }
  }
  return out;
}

/**
 * The day number of a `YYYY-MM-DD` date (days since 0000-03-01 of the proleptic Gregorian
 * calendar), in small-integer arithmetic: `dayNumber(b) − dayNumber(a)` is `daysBetween(a, b)`
 * without building dates, for the timeline of a table of 100,000 entries.
 */
export function dayNumber(iso: IsoDate): number {
  const m = digitsAt(iso, 5, 7);
  const y = digitsAt(iso, 0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + digitsAt(iso, 8, 10) - 1;
  return (
    era * 146097 +
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear
  );
}

/** The number written by the decimal digits of `text` from `start` to `end` (a date's field). */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}
