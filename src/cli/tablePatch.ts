import { checkStandards } from '../check-standards/checkStandards';
import { parseStandardsTable } from '../standards/parseStandardsTable';
import type { StandardsTable } from '../standards/schema';
import { UsageError } from './args';
import type { LoadedTable } from './io';

/** One `--set [ENTRY:]PATH=VALUE`: a parameter of one table entry changed. */
export interface ParameterSet {
  /** The entry's id; when absent, the one entry whose params hold PATH. */
  entry?: string;
  /** Dotted path under the entry's `params`, e.g. `dibao.standard.urban`. */
  path: string;
  /** The value as written. */
  value: string;
}

const SET_PATTERN = /^(?:([^:=\s]+):)?([a-zA-Z][\w-]*(?:\.[a-zA-Z@][\w@-]*)*)=(.+)$/s;

/** Reads `[ENTRY:]PATH=VALUE`; anything else is a usage error. */
export function parseSet(text: string): ParameterSet {
  const m = SET_PATTERN.exec(text);
  if (!m)
    throw new UsageError(
      `--set must be [ENTRY:]PATH=VALUE, e.g. dibao.standard.urban=1000 (got ${JSON.stringify(text)})`,
    );
  return { ...(m[1] ? { entry: m[1] } : {}), path: m[2] as string, value: m[3] as string };
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function lookup(params: unknown, path: string[]): { found: boolean; value: unknown } {
  let v: unknown = params;
  for (const k of path) {
    if (!isObject(v) || !Object.hasOwn(v, k)) return { found: false, value: undefined };
    v = v[k];
  }
  return { found: true, value: v };
}

/**
 * The new value of a parameter. JSON that is an object or array is used as written (a derived
 * figure `{"multiple":"1.6","of":"dibao.standard.urban","round":{…}}`). A plain number set on a
 * money figure becomes an explicit figure marked illustrative (a proposal has no published
 * source); on a decimal-string parameter (a multiple) it stays a string; on a number, a number.
 */
function newValue(current: unknown, s: ParameterSet): unknown {
  const text = s.value.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      throw new UsageError(`--set ${s.path}: the value is not valid JSON`);
    }
  }
  const plain = text.startsWith('"') ? safeString(text) : text;
  const isFigure = isObject(current) && ('yuan' in current || 'multiple' in current);
  if (isFigure || current === undefined) {
    if (!/^-?\d+(\.\d+)?$/.test(plain))
      throw new UsageError(`--set ${s.path}: a figure takes a decimal amount (got ${text})`);
    const per = isObject(current) && typeof current.per === 'string' ? { per: current.per } : {};
    return {
      yuan: plain,
      ...per,
      illustrative: `proposal: ${s.path} = ${plain} (jiuzhu --set), not a published figure`,
    };
  }
  if (typeof current === 'number') {
    const n = Number(plain);
    if (!/^-?\d+(\.\d+)?$/.test(plain) || !Number.isFinite(n))
      throw new UsageError(`--set ${s.path}: expected a number (got ${text})`);
    return n;
  }
  if (typeof current === 'boolean') {
    if (plain !== 'true' && plain !== 'false')
      throw new UsageError(`--set ${s.path}: expected true or false (got ${text})`);
    return plain === 'true';
  }
  return plain;
}

function safeString(text: string): string {
  try {
    const v = JSON.parse(text);
    if (typeof v === 'string') return v;
  } catch {}
  throw new UsageError(`bad quoted value ${text}`);
}

/** The one entry to change: the one named, or the only one whose params hold the path. */
function targetEntry(entries: Json[], s: ParameterSet): Json {
  const path = s.path.split('.');
  if (s.entry !== undefined) {
    const e = entries.find((x) => x.id === s.entry);
    if (!e) throw new UsageError(`--set ${s.entry}:${s.path}: the table has no entry ${s.entry}`);
    return e;
  }
  const holders = entries.filter((e) => lookup(e.params, path).found);
  if (holders.length === 1) return holders[0] as Json;
  if (holders.length === 0)
    throw new UsageError(
      `--set ${s.path}: no entry sets it; name the entry to add it to (ENTRY:${s.path}=…)`,
    );
  throw new UsageError(
    `--set ${s.path}: ${holders.length} entries set it (${holders.map((e) => e.id).join(', ')}); name one: ENTRY:${s.path}=…`,
  );
}

/** A patched table, and what `checkStandards` finds in it that it did not find in the base. */
export interface PatchedTable extends LoadedTable {
  /** New findings, one line each: `SEVERITY CODE REGION [PATH]: message`. */
  findings: string[];
}

/**
 * A table with proposals applied: `--set` parameters, then `--patch` entries (an entry with the
 * id of an existing one replaces it, any other is added). The raw JSON is copied, never changed.
 * The result is parsed as any table (a schema error is a usage error naming the path) and
 * checked with `checkStandards`; the findings the base table did not have are returned, for the
 * command to print: a proposal outside the band of its standard-setting rule is priced, with a
 * warning, since that is what an analyst may want to know the cost of.
 *
 * @param base - the table as read
 * @param sets - the `--set` options, in order
 * @param entries - the entries of `--patch` files
 * @param name - how to name the table in errors
 */
export function patchTable(
  base: LoadedTable,
  sets: readonly ParameterSet[],
  entries: readonly unknown[],
  name: string,
): PatchedTable {
  if (sets.length === 0 && entries.length === 0) return { ...base, findings: [] };
  const raw = structuredClone(base.raw) as Json;
  if (!Array.isArray(raw.entries)) throw new UsageError(`${name}: the table has no entries`);
  const list = raw.entries as Json[];
  for (const s of sets) {
    const entry = targetEntry(list, s);
    const path = s.path.split('.');
    if (!isObject(entry.params)) entry.params = {};
    let at = entry.params as Json;
    for (const k of path.slice(0, -1)) {
      if (!isObject(at[k])) at[k] = {};
      at = at[k] as Json;
    }
    const last = path[path.length - 1] as string;
    at[last] = newValue(at[last], s);
  }
  for (const e of entries) {
    if (!isObject(e) || typeof e.id !== 'string')
      throw new UsageError('--patch: the file must hold one table entry with an id');
    const i = list.findIndex((x) => x.id === e.id);
    if (i >= 0) list[i] = e;
    else list.push(e);
  }
  const r = parseStandardsTable(raw);
  if (!r.ok) {
    const lines = r.error.issues.map((i) => `  ${i.pathText}: ${i.message.en}`);
    throw new UsageError(`the proposal makes ${name} invalid:\n${lines.join('\n')}`);
  }
  const before = new Set(findingLines(base.table));
  return { raw, table: r.value, findings: findingLines(r.value).filter((l) => !before.has(l)) };
}

function findingLines(table: StandardsTable): string[] {
  return checkStandards(table).map(
    (f) => `${f.severity} ${f.code} ${f.region}${f.path ? ` ${f.path}` : ''}: ${f.message.en}`,
  );
}
