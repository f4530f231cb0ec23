import { documentText } from '../citations';
import type { IsoDate } from '../dates/calendar';
import { isCalendarDate, withinWindow } from '../dates/calendar';
import { checkResolveRequest } from '../schema/arguments';
import { isMarkedParsed } from '../schema/brand';
import { deepFreeze } from '../schema/ownData';
import type { Citation } from '../trace/types';
import { StandardsError } from './errors';
import { isFigure, type Source } from './figure-schema';
import { LayeredProvenance } from './layeredProvenance';
import { parseStandardsTable } from './parseStandardsTable';
import type { Provenance } from './provenance';
import { readOnlyMap } from './readOnly';
import { NATIONAL_REGION, regionChain } from './regions';
import type { StandardsEntry, StandardsParams, StandardsTable } from './schema';

/** The entries a resolution used, most general first. */
export interface AppliedEntry {
  id: string;
  region: string;
  from: IsoDate;
  to?: IsoDate;
}

/**
 * One set of standards in force for one region on one date: the layered parameters and, for
 * every parameter, the entry it came from.
 */
export interface ResolvedStandards {
  tableId: string;
  region: string;
  on: IsoDate;
  entries: AppliedEntry[];
  params: StandardsParams;
  /** Dotted parameter path → provenance of the entry (or figure) that set it. */
  provenance: ReadonlyMap<string, Provenance>;
  /** Rule id → the region's own clauses for it, layered from the entries (`entries[].citations`). */
  citations: Readonly<Record<string, readonly Citation[]>>;
  /** Entry id → source, for the entries applied that have one. */
  entrySources: ReadonlyMap<string, Source>;
  /**
   * Stable ids of the documents the entries cite (`<entry id>:<n>`, in the entry's order) and of
   * the entries' sources (`<entry id>`), by document text (`documentText`).
   */
  documentIds: ReadonlyMap<string, string>;
  /** Memo of evaluated figures; internal. */
  readonly memo: Map<string, unknown>;
}

/** What {@link resolveStandards} returns. */
export type ResolveResult =
  | { ok: true; value: ResolvedStandards }
  | { ok: false; error: StandardsError };

/**
 * Most resolutions {@link resolveStandards} keeps per table: the least recently used is dropped
 * first. A resolution of the bundled table holds about 1.3 KB, 7 KB with the figures an
 * assessment evaluates on it, so a full cache holds under 10 MB. Failed resolutions are not kept
 * (they are cheap to find again with the region index).
 */
export const RESOLVE_CACHE_SIZE = 1024;

const cache = new WeakMap<StandardsTable, Map<string, ResolveResult>>();
/** Tables passed in without `parseStandardsTable`, validated once each. */
const validated = new WeakMap<object, StandardsTable>();

/**
 * The table, validated unless it came from `parseStandardsTable`; throws InputError if invalid.
 * Internal (also used by `checkStandards`).
 */
export function ensureTable(table: unknown): StandardsTable {
  if (isMarkedParsed(table)) return table as StandardsTable;
  const key = typeof table === 'object' && table !== null ? table : undefined;
  const hit = key && validated.get(key);
  if (hit) return hit;
  const r = parseStandardsTable(table);
  if (!r.ok) throw r.error;
  if (key) validated.set(key, r.value);
  return r.value;
}

/**
 * Resolves the standards in force for a region on a date.
 *
 * Entries layer national (`100000`) ← province ← city ← county; at each layer at most one entry
 * may be in force on the date (two are an `overlapping_entries` error), and at least one layer
 * below the national one must have an entry in force (else `no_entry_in_force`). Entries are
 * indexed by region once per table object, so a resolution takes the same time in a table of
 * 100 or 100,000 entries. Successful results are cached per table object, at most
 * {@link RESOLVE_CACHE_SIZE} of them (least recently used dropped first), so resolving once per
 * household in a batch is cheap and a long-running service stays within bounded memory.
 * A successful result is frozen (its parameters deeply, its maps read-only): it is the object
 * every later call for the same region and date returns, so an edit throws a `TypeError` instead
 * of changing what the next assessment reads.
 *
 * @param table - a table from {@link parseStandardsTable} (anything else is validated first)
 * @param request - `region`: six-digit GB/T 2260 code; `on`: the assessment date `YYYY-MM-DD`
 * @throws {InputError} when `table` did not come from `parseStandardsTable` and is not valid, or
 *   (kind `argument`) when `request` is not an object whose `region` and `on` are text
 *
 * @example
 * const r = resolveStandards(table, { region: '320400', on: '2021-07-01' });
 * if (r.ok) r.value.entries.map((e) => e.id) // ['national-2021', 'changzhou-2021-07']
 */
export function resolveStandards(
  table: StandardsTable,
  request: { region: string; on: IsoDate },
): ResolveResult {
  checkResolveRequest('resolveStandards', request);
  const { region, on } = request;
  table = ensureTable(table);
  let perTable = cache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    cache.set(table, perTable);
  }
  const key = `${region}@${on}`;
  const hit = perTable.get(key);
  if (hit !== undefined) {
    // Most recently used last: a Map keeps insertion order, so the first key is the oldest.
    perTable.delete(key);
    perTable.set(key, hit);
    return hit;
  }
  const result = resolveUncached(table, region, on);
  if (!result.ok) return result;
  perTable.set(key, result);
  if (perTable.size > RESOLVE_CACHE_SIZE) perTable.delete(perTable.keys().next().value as string);
  return result;
}

/** The number of resolutions kept for a table (for tests of the cache bound); internal. */
export function cachedResolutions(table: StandardsTable): number {
  return cache.get(table)?.size ?? 0;
}

/** One region's entries, sorted by start date, with their position in the table. */
interface RegionEntries {
  entries: StandardsEntry[];
  /** Position of each entry in `table.entries` (errors list entries in table order). */
  order: number[];
  /** True when no two entries of the region are in force on the same day. */
  disjoint: boolean;
}

const indexes = new WeakMap<StandardsTable, Map<string, RegionEntries>>();

/** The table's entries by region, each region's sorted by start date; built once per table. */
function regionIndex(table: StandardsTable): Map<string, RegionEntries> {
  let index = indexes.get(table);
  if (index !== undefined) return index;
  const positions = new Map<string, number[]>();
  table.entries.forEach((e, i) => {
    const list = positions.get(e.region);
    if (list === undefined) positions.set(e.region, [i]);
    else list.push(i);
  });
  index = new Map();
  for (const [region, list] of positions) {
    // Stable: entries starting on the same day keep their table order.
    const order = list.sort((a, b) => {
      const fa = (table.entries[a] as StandardsEntry).effective.from;
      const fb = (table.entries[b] as StandardsEntry).effective.from;
      return fa < fb ? -1 : fa > fb ? 1 : a - b;
    });
    const entries = order.map((i) => table.entries[i] as StandardsEntry);
    let disjoint = true;
    for (let i = 1; i < entries.length && disjoint; i++) {
      const before = (entries[i - 1] as StandardsEntry).effective.to;
      if (before === undefined || before >= (entries[i] as StandardsEntry).effective.from)
        disjoint = false;
    }
    index.set(region, { entries, order, disjoint });
  }
  indexes.set(table, index);
  return index;
}

/**
 * The entries of one region in force on a date, in table order: a binary search when the
 * region's entries do not overlap, else a scan of the region's entries (never of the table).
 * Internal (also used by `checkStandards`).
 */
export function entriesInForce(table: StandardsTable, code: string, on: IsoDate): StandardsEntry[] {
  const r = regionIndex(table).get(code);
  if (r === undefined) return [];
  const { entries } = r;
  // The number of entries starting on or before the date.
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as StandardsEntry).effective.from <= on) lo = mid + 1;
    else hi = mid;
  }
  if (r.disjoint) {
    const last = entries[lo - 1];
    return last !== undefined && withinWindow(on, last.effective.from, last.effective.to)
      ? [last]
      : [];
  }
  const found: number[] = [];
  for (let i = 0; i < lo; i++) {
    const e = entries[i] as StandardsEntry;
    if (e.effective.to === undefined || on <= e.effective.to) found.push(i);
  }
  return found
    .sort((a, b) => (r.order[a] as number) - (r.order[b] as number))
    .map((i) => entries[i] as StandardsEntry);
}

function resolveUncached(table: StandardsTable, region: string, on: IsoDate): ResolveResult {
  if (!/^\d{6}$/.test(region) || !isCalendarDate(on)) {
    return fail('invalid_request', region, on, {
      'zh-CN': `请求无效：地区代码须为六位数字，日期须为有效的 YYYY-MM-DD（收到 ${JSON.stringify(region)}、${JSON.stringify(on)}）`,
      en: `invalid request: region must be six digits and the date a real YYYY-MM-DD (got ${JSON.stringify(region)}, ${JSON.stringify(on)})`,
    });
  }
  const chain = regionChain(region);
  const layers: StandardsEntry[] = [];
  for (const code of chain) {
    const inForce = entriesInForce(table, code, on);
    if (inForce.length > 1) {
      const ids = inForce.map((e) => e.id);
      return fail(
        'overlapping_entries',
        region,
        on,
        {
          'zh-CN': `地区 ${code} 在 ${on} 有多个同时生效的条目：${ids.join('、')}`,
          en: `region ${code} has more than one entry in force on ${on}: ${ids.join(', ')}`,
        },
        ids,
      );
    }
    const only = inForce[0];
    if (only !== undefined) layers.push(only);
  }
  const local = layers.filter((e) => e.region !== NATIONAL_REGION);
  if (layers.length === 0 || (region !== NATIONAL_REGION && local.length === 0)) {
    return fail('no_entry_in_force', region, on, {
      'zh-CN': `标准表 ${table.id} 中没有地区 ${region}（或其上级地区）在 ${on} 生效的条目`,
      en: `table ${table.id} has no entry in force for region ${region} (or a region above it) on ${on}`,
    });
  }
  const { params, provenance, citations } = layered(table, layers);
  // Frozen: a successful resolution is cached and shared by every later caller of the same region
  // and date, so an edit by one (`std.params.dibao.standard.urban = …`) must not reach the others.
  // The layering (params, provenance, citations) is frozen once when it is made; the memo stays
  // writable (the rules' own cache of evaluated figures).
  const value: ResolvedStandards = {
    tableId: table.id,
    region,
    on,
    entries: Object.freeze(
      layers.map((e) =>
        Object.freeze({
          id: e.id,
          region: e.region,
          from: e.effective.from,
          ...(e.effective.to !== undefined ? { to: e.effective.to } : {}),
        }),
      ),
    ) as AppliedEntry[],
    params: params as StandardsParams,
    // One map: every assessment of the region and date reads it.
    provenance: provenance instanceof LayeredProvenance ? provenance.flatten() : provenance,
    citations,
    entrySources: readOnlyMap(
      new Map(layers.flatMap((e) => (e.source !== undefined ? [[e.id, e.source] as const] : []))),
    ),
    documentIds: readOnlyMap(documentIds(layers)),
    memo: new Map(),
  };
  return Object.freeze({ ok: true, value: Object.freeze(value) });
}

const NO_MAP: ReadonlyMap<string, never> = readOnlyMap(new Map<string, never>());

/**
 * The standards layered from the entries in force for a region on a date, already found (most
 * general first, the region's own last), for `checkStandards`; internal. The layering of the
 * entries above the region's own comes from the per-table cache (the counties of a city share
 * their city's); a county's own entry is layered without entering it, as no other region
 * applies it. Not cached, and without `entrySources` and `documentIds` (empty): the checks read
 * the parameters, their provenance and the entries applied only.
 */
export function resolveLayersForCheck(
  table: StandardsTable,
  region: string,
  on: IsoDate,
  layers: readonly StandardsEntry[],
  memo: LayeredAboveMemo,
): CheckView {
  const own = layers[layers.length - 1] as StandardsEntry;
  // A province's or city's layering is the start of its counties': kept. A county's is not
  // (nor frozen: the view never leaves checkStandards).
  const above = region.endsWith('00') ? undefined : layeredAbove(table, layers, memo);
  if (above === undefined) {
    const { params, provenance, citations } = layered(table, layers);
    return new CheckView(
      table.id,
      region,
      on,
      layers,
      params as StandardsParams,
      provenance,
      citations,
      undefined,
      undefined,
    );
  }
  // A county's parameters are layered now; their provenance (read by a finding only, to name
  // the entry that set a path) when first read.
  const params = layerParamsOn(above, own);
  const citations = layerCitations(above, own);
  return new CheckView(
    table.id,
    region,
    on,
    layers,
    params as StandardsParams,
    () => countless(() => layerOn(above, own, false).provenance),
    citations,
    above.params,
    own.params as Record<string, unknown>,
  );
}

/**
 * The view of `resolveLayersForCheck`: its `entries` and `memo` made when first read, as its
 * provenance when given as a function (then made once). The checks of a table of 100,000
 * entries read none of them unless a region has a finding.
 */
export class CheckView implements ResolvedStandards {
  readonly entrySources = NO_MAP;
  readonly documentIds = NO_MAP;
  #entries: AppliedEntry[] | undefined;
  #memo: Map<string, unknown> | undefined;
  #provenance: ReadonlyMap<string, Provenance> | (() => ReadonlyMap<string, Provenance>);
  readonly #layers: readonly StandardsEntry[];

  constructor(
    readonly tableId: string,
    readonly region: string,
    readonly on: IsoDate,
    layers: readonly StandardsEntry[],
    readonly params: StandardsParams,
    provenance: ReadonlyMap<string, Provenance> | (() => ReadonlyMap<string, Provenance>),
    readonly citations: Readonly<Record<string, readonly Citation[]>>,
    /** The (frozen) parameters layered above a county's own entry, for checks of what it changed. */
    readonly aboveParams: Record<string, unknown> | undefined,
    /** The parameters of the county's own entry (layered on `aboveParams`). */
    readonly ownParams: Record<string, unknown> | undefined,
  ) {
    this.#layers = layers;
    this.#provenance = provenance;
  }

  get entries(): AppliedEntry[] {
    this.#entries ??= this.#layers.map((e) => ({
      id: e.id,
      region: e.region,
      from: e.effective.from,
      ...(e.effective.to !== undefined ? { to: e.effective.to } : {}),
    }));
    return this.#entries;
  }

  get provenance(): ReadonlyMap<string, Provenance> {
    if (typeof this.#provenance === 'function') this.#provenance = this.#provenance();
    return this.#provenance;
  }

  get memo(): Map<string, unknown> {
    this.#memo ??= new Map();
    return this.#memo;
  }
}

/** A layering made again (for its provenance) without counting it in `layeringCounts`. */
function countless<T>(make: () => T): T {
  const { merges, paths } = layeringCounts;
  try {
    return make();
  } finally {
    layeringCounts.merges = merges;
    layeringCounts.paths = paths;
  }
}

/**
 * The layerings above the counties of one city, by the city's entry in force (or the last entry
 * above), kept by `checkStandards` while it checks that city's counties; internal.
 */
export type LayeredAboveMemo = Map<StandardsEntry, { layers: StandardsEntry[]; layered: Layered }>;

/** The layering of all entries but the last, from the memo when the same entries were layered. */
function layeredAbove(
  table: StandardsTable,
  layers: readonly StandardsEntry[],
  memo: LayeredAboveMemo,
): Layered {
  const n = layers.length - 1;
  const key = layers[n - 1];
  if (key === undefined) return NOTHING;
  const hit = memo.get(key);
  if (hit !== undefined && hit.layers.length === n) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = hit.layers[i] === layers[i];
    if (same) return hit.layered;
  }
  const above = layers.slice(0, n);
  const result = layered(table, above);
  memo.set(key, { layers: above, layered: result });
  return result;
}

/** The parameters of a list of entries layered most general first, with their provenance. */
interface Layered {
  readonly params: Record<string, unknown>;
  readonly provenance: ReadonlyMap<string, Provenance>;
  readonly citations: Record<string, readonly Citation[]>;
}

const NOTHING: Layered = Object.freeze({
  params: Object.freeze({}),
  provenance: readOnlyMap(new Map<string, Provenance>()),
  citations: Object.freeze({}),
});
const layeredCache = new WeakMap<StandardsTable, Map<string, Layered>>();

/**
 * The entries layered, each prefix of them (national; national ← province; …) kept per table, so
 * the counties of a city start from the city's layering and merge only their own entry. At most
 * {@link RESOLVE_CACHE_SIZE} layerings are kept per table (least recently used dropped first).
 * A layering is shared by the resolutions that apply the same entries and never changed.
 */
function layered(table: StandardsTable, layers: readonly StandardsEntry[]): Layered {
  let perTable = layeredCache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    layeredCache.set(table, perTable);
  }
  let acc = NOTHING;
  let key = '';
  for (const entry of layers) {
    // Entry ids are unique in a table; a line feed appears in none of the keys' joins.
    key = key === '' ? entry.id : `${key}\n${entry.id}`;
    const hit = perTable.get(key);
    if (hit !== undefined) {
      perTable.delete(key);
      perTable.set(key, hit);
      acc = hit;
      continue;
    }
    acc = layerOn(acc, entry);
    perTable.set(key, acc);
    if (perTable.size > RESOLVE_CACHE_SIZE) perTable.delete(perTable.keys().next().value as string);
  }
  return acc;
}

/**
 * Counts of the work of layering, for tests of its complexity; internal: `merges`, the entries
 * layered on others; `paths`, the parameter paths those merges set (a merge copies nothing else).
 */
export const layeringCounts = { merges: 0, paths: 0 };

/**
 * The parameters of {@link layerOn}, without their provenance: what a county's checks read
 * (counted in `layeringCounts` as the same merge).
 */
function layerParamsOn(below: Layered, entry: StandardsEntry): Record<string, unknown> {
  layeringCounts.merges++;
  const params = { ...below.params };
  mergeParams(params, entry.params as Record<string, unknown>);
  return params;
}

/** {@link mergeInto} of the parameters alone: no paths, no provenance. */
function mergeParams(target: Record<string, unknown>, layer: Record<string, unknown>): void {
  for (const key of Object.keys(layer)) {
    const value = layer[key];
    if (value === undefined) continue;
    if (isLeaf(value)) {
      target[key] = value;
      layeringCounts.paths++;
    } else {
      const existing = target[key];
      const next: Record<string, unknown> =
        typeof existing === 'object' && existing !== null && !isLeaf(existing)
          ? { ...(existing as Record<string, unknown>) }
          : {};
      target[key] = next;
      mergeParams(next, value as Record<string, unknown>);
    }
  }
}

/**
 * The citations of one more entry layered on others: a later (more local) layer's list for a rule
 * replaces the one above it; without lists of its own, the layer shares the lists above (frozen).
 */
function layerCitations(
  below: Layered,
  entry: StandardsEntry,
): Record<string, readonly Citation[]> {
  if (entry.citations === undefined) return below.citations;
  const own: Record<string, readonly Citation[]> = { ...below.citations };
  for (const rule of Object.keys(entry.citations)) own[rule] = entry.citations[rule] as Citation[];
  return own;
}

/** One more entry layered on others: copies only what the entry changes (the rest is shared). */
function layerOn(below: Layered, entry: StandardsEntry, freeze = true): Layered {
  layeringCounts.merges++;
  const params = { ...below.params };
  const provenance = new LayeredProvenance(below.provenance);
  mergeInto(params, entry.params as Record<string, unknown>, '', entry, provenance);
  const citations = layerCitations(below, entry);
  // Frozen once here, shared by every resolution (and deeper layering) that uses it: only the
  // objects this layer made are visited, the entries' own subtrees being frozen by the parse.
  provenance.seal();
  if (!freeze) return { params, provenance, citations };
  return Object.freeze({
    params: deepFreeze(params),
    provenance: Object.freeze(provenance),
    citations: deepFreeze(citations),
  });
}

function documentIds(layers: readonly StandardsEntry[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of layers) {
    let n = 0;
    for (const list of Object.values(entry.citations ?? {}))
      for (const c of list) {
        const text = documentText(c);
        if (!ids.has(text)) ids.set(text, `${entry.id}:${++n}`);
      }
    if (entry.source !== undefined) {
      const text = documentText(entry.source);
      if (!ids.has(text)) ids.set(text, entry.id);
    }
  }
  return ids;
}

function fail(
  code: StandardsError['code'],
  region: string,
  on: string,
  messages: { 'zh-CN': string; en: string },
  ids: string[] = [],
): ResolveResult {
  return { ok: false, error: new StandardsError(code, region, on, messages, ids) };
}

/**
 * A value replaced whole when a later layer sets it: figures, arrays, tagged unions, scalars.
 * Internal (also used by `checkStandards`).
 */
export function isLeaf(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
  if (isFigure(value)) return true;
  return (
    Object.hasOwn(value, 'method') ||
    Object.hasOwn(value, 'basis') ||
    Object.hasOwn(value, 'kind') ||
    isAssetRuleAlternative(value)
  );
}

/**
 * An alternative of a program's property rule (`lowIncome.assets`, `tekun.assets`): `{ limits }`
 * (the program's own) or `{ sameAsDibao: true }` (低保's). The alternatives exclude each other, so
 * a later layer's choice replaces the inherited one whole: a city's own 低收入 or 特困 limits must
 * not merge with the national `sameAsDibao` (特困人员认定办法 第七条: the 特困 property standard is
 * the 设区的市's; 最低生活保障审核确认办法 第八条第二款 for 低收入).
 */
function isAssetRuleAlternative(value: object): boolean {
  return Object.hasOwn(value, 'sameAsDibao') || Object.hasOwn(value, 'limits');
}

function entryProvenance(entry: StandardsEntry, value: unknown, path: string): Provenance {
  const own = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const ownNote =
    typeof own.illustrative === 'string' ? own.illustrative : illustrativeNote(entry, path);
  const ownSource = own.source as StandardsEntry['source'];
  if (ownNote !== undefined) {
    const source = ownSource ?? entry.source;
    return {
      kind: 'illustrative',
      entryId: entry.id,
      note: ownNote,
      ...(source ? { source } : {}),
    };
  }
  if (ownSource !== undefined) return { kind: 'published', entryId: entry.id, source: ownSource };
  if (entry.illustrative !== undefined || entry.source === undefined) {
    return {
      kind: 'illustrative',
      entryId: entry.id,
      note: entry.illustrative ?? 'no source given',
      ...(entry.source ? { source: entry.source } : {}),
    };
  }
  return { kind: 'published', entryId: entry.id, source: entry.source };
}

/** The entry's illustrative note for a path or an enclosing path. */
function illustrativeNote(entry: StandardsEntry, path: string): string | undefined {
  const notes = entry.illustrativeParameters;
  if (notes === undefined) return undefined;
  for (let p = path; ; ) {
    const note = notes[p];
    if (note !== undefined) return note;
    const dot = p.lastIndexOf('.');
    if (dot < 0) return undefined;
    p = p.slice(0, dot);
  }
}

function mergeInto(
  target: Record<string, unknown>,
  layer: Record<string, unknown>,
  prefix: string,
  entry: StandardsEntry,
  provenance: LayeredProvenance,
): void {
  for (const key of Object.keys(layer)) {
    const value = layer[key];
    if (value === undefined) continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isLeaf(value)) {
      const replaced = target[key];
      target[key] = value;
      // A replaced subtree takes its provenance afresh (only a subtree has paths below its own).
      if (typeof replaced === 'object' && replaced !== null && !isLeaf(replaced))
        provenance.cut(path);
      layeringCounts.paths++;
      provenance.put(path, entryProvenance(entry, value, path));
    } else {
      const existing = target[key];
      const next: Record<string, unknown> =
        typeof existing === 'object' && existing !== null && !isLeaf(existing)
          ? { ...(existing as Record<string, unknown>) }
          : {};
      target[key] = next;
      mergeInto(next, value as Record<string, unknown>, path, entry, provenance);
    }
  }
}

/**
 * The provenance of a parameter: the entry (or figure) that set the nearest enclosing path.
 *
 * @example
 * provenanceOf(std, 'dibao.standard.urban') // { kind: 'published', entryId: 'changzhou-2021-07', source: {...} }
 */
export function provenanceOf(std: ResolvedStandards, path: string): Provenance | undefined {
  for (let p = path; ; ) {
    const hit = std.provenance.get(p);
    if (hit !== undefined) return hit;
    const dot = p.lastIndexOf('.');
    if (dot < 0) break;
    p = p.slice(0, dot);
  }
  // A parameter object whose fields were set one by one: the entry that set its first field.
  const prefix = `${path}.`;
  for (const [p, provenance] of std.provenance) if (p.startsWith(prefix)) return provenance;
  return undefined;
}

/** The segments of parameter paths read (a path is split once); cleared when it grows large. */
const segmentsOf = new Map<string, readonly string[]>();
const SEGMENTS_KEPT = 4096;

/** The parameter at a dotted path, or undefined. */
export function paramAt(std: ResolvedStandards, path: string): unknown {
  let segments = segmentsOf.get(path);
  if (segments === undefined) {
    if (segmentsOf.size >= SEGMENTS_KEPT) segmentsOf.clear();
    segments = path.split('.');
    segmentsOf.set(path, segments);
  }
  return valueAtSegments(std.params, segments);
}

/** The value at a path (its segments) of plain parameter data (own properties only), or undefined. */
export function valueAtSegments(node: unknown, segments: readonly string[]): unknown {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}
