import { documentText } from '../citations';
import type { IsoDate } from '../dates/calendar';
import { isCalendarDate, withinWindow } from '../dates/calendar';
import { isMarkedParsed } from '../schema/brand';
import type { Citation } from '../trace/types';
import { StandardsError } from './errors';
import { isFigure, type Source } from './figure-schema';
import { parseStandardsTable } from './parseStandardsTable';
import type { Provenance } from './provenance';
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

const cache = new WeakMap<StandardsTable, Map<string, ResolveResult>>();
/** Tables passed in without `parseStandardsTable`, validated once each. */
const validated = new WeakMap<object, StandardsTable>();

/** The table, validated unless it came from `parseStandardsTable`; throws InputError if invalid. */
function ensureTable(table: unknown): StandardsTable {
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
 * below the national one must have an entry in force (else `no_entry_in_force`). Results are
 * cached per table object, so resolving once per household in a batch is cheap.
 *
 * @param table - a table from {@link parseStandardsTable} (anything else is validated first)
 * @param request - `region`: six-digit GB/T 2260 code; `on`: the assessment date `YYYY-MM-DD`
 * @throws {InputError} when `table` did not come from `parseStandardsTable` and is not valid
 *
 * @example
 * const r = resolveStandards(table, { region: '320400', on: '2021-07-01' });
 * if (r.ok) r.value.entries.map((e) => e.id) // ['national-2021', 'changzhou-2021-07']
 */
export function resolveStandards(
  table: StandardsTable,
  request: { region: string; on: IsoDate },
): ResolveResult {
  const { region, on } = request;
  table = ensureTable(table);
  let perTable = cache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    cache.set(table, perTable);
  }
  const key = `${region}@${on}`;
  const hit = perTable.get(key);
  if (hit !== undefined) return hit;
  const result = resolveUncached(table, region, on);
  perTable.set(key, result);
  return result;
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
    const inForce = table.entries.filter(
      (e) => e.region === code && withinWindow(on, e.effective.from, e.effective.to),
    );
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
  const params: Record<string, unknown> = {};
  const provenance = new Map<string, Provenance>();
  const citations: Record<string, readonly Citation[]> = {};
  for (const entry of layers) {
    mergeInto(params, entry.params as Record<string, unknown>, '', entry, provenance);
    // A later (more local) layer's list for a rule replaces the one above it.
    if (entry.citations !== undefined)
      for (const rule of Object.keys(entry.citations))
        citations[rule] = entry.citations[rule] as Citation[];
  }
  return {
    ok: true,
    value: {
      tableId: table.id,
      region,
      on,
      entries: layers.map((e) => ({
        id: e.id,
        region: e.region,
        from: e.effective.from,
        ...(e.effective.to !== undefined ? { to: e.effective.to } : {}),
      })),
      params: params as StandardsParams,
      provenance,
      citations,
      entrySources: new Map(
        layers.flatMap((e) => (e.source !== undefined ? [[e.id, e.source] as const] : [])),
      ),
      documentIds: documentIds(layers),
      memo: new Map(),
    },
  };
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

/** A value replaced whole when a later layer sets it: figures, arrays, tagged unions, scalars. */
function isLeaf(value: unknown): boolean {
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
  provenance: Map<string, Provenance>,
): void {
  for (const key of Object.keys(layer)) {
    const value = layer[key];
    if (value === undefined) continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isLeaf(value)) {
      target[key] = value;
      // A replaced subtree takes its provenance afresh.
      for (const p of [...provenance.keys()]) if (p.startsWith(`${path}.`)) provenance.delete(p);
      provenance.set(path, entryProvenance(entry, value, path));
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

/** The parameter at a dotted path, or undefined. */
export function paramAt(std: ResolvedStandards, path: string): unknown {
  let node: unknown = std.params;
  for (const seg of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}
