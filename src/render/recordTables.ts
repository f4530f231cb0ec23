import { documentText, nationalDocumentKey } from '../citations';
import { nationalCitations } from '../rules';
import type { Provenance } from '../standards/provenance';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { provenanceOfUse } from '../trace/recorder';
import type {
  Citation,
  CitationRef,
  Determination,
  Reason,
  RecordTables,
  Stamp,
  TraceStep,
} from '../trace/types';

/** Keys of a determination that hold no nested determination. */
const LEAF_KEYS = new Set(['trace', 'reasons', 'values', 'amount', 'stamp', 'message']);

/** Keys of an assessment that hold its record tables and shared computations, not results. */
export const RECORD_KEYS: ReadonlySet<string> = new Set([
  'incomes',
  'documents',
  'citations',
  'sources',
  'provenance',
]);

/** Calls `visit` for every determination in a value (an assessment, a list, one determination). */
export function forEachDetermination(value: unknown, visit: (d: Determination) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) forEachDetermination(v, visit);
    return;
  }
  const o = value as Record<string, unknown>;
  const isDetermination = typeof o.outcome === 'string' && Array.isArray(o.trace);
  if (isDetermination) visit(o as unknown as Determination);
  for (const key of Object.keys(o)) {
    if (isDetermination && LEAF_KEYS.has(key)) continue;
    if (RECORD_KEYS.has(key)) continue;
    const v = o[key];
    // Text and numbers hold no determination: skipped here, not by a call each.
    if (typeof v === 'object' && v !== null) forEachDetermination(v, visit);
  }
}

/** Every determination in a value (see {@link forEachDetermination}), in the order met. */
export function determinationsIn(value: unknown): Determination[] {
  const out: Determination[] = [];
  forEachDetermination(value, (d) => {
    out.push(d);
  });
  return out;
}

/**
 * The clauses a rule applies in a region: its national basis (in code), then the region's own
 * clauses from the table (`entries[].citations`, layered), so a household is never shown another
 * place's document. (A record's table adds, for a rule with neither, the sources of the entries
 * that set the parameters it used: {@link recordTables}.)
 *
 * @example
 * citationsFor('dibao.eligibility.income', std).map((c) => c.clause) // ['第九条', '二(四)'] for 银川
 */
export function citationsFor(ruleId: string, std: ResolvedStandards): Citation[] {
  return [...nationalCitations(ruleId), ...(std.citations[ruleId] ?? [])];
}

/**
 * The tables that make a record readable on its own: the clauses of every rule its
 * determinations used, and the provenance of every table parameter their steps used, each
 * document and each entry's source written once. Built once per assessment (`assess` puts them on
 * the assessment); for determinations made one by one, pass them with the standards they were
 * made on.
 *
 * @param determinations - an assessment, a determination, or a list of them
 * @param std - the standards they were made on
 *
 * @example
 * const t = recordTables(assessDibao(h, std), std);
 * resolveCitations(t, 'dibao.eligibility.income')[0]?.document // '社会救助暂行办法'
 */
export function recordTables(
  determinations: unknown,
  std: ResolvedStandards,
  incomes?: Readonly<Record<string, readonly TraceStep[]>>,
  /** The determinations in `determinations`, when the caller has them (`determinationsIn`). */
  found: readonly Determination[] = determinationsIn(determinations),
): RecordTables {
  const rules = new Set<string>();
  const used = new Map<string, Provenance>();
  /** Rule id → the entries that set the parameters its steps used. */
  const ruleEntries = new Map<string, Set<string>>();
  const steps = (trace: readonly TraceStep[]) => {
    for (const s of trace) {
      rules.add(s.rule);
      if (s.parameters === undefined) continue;
      for (const u of s.parameters) {
        const p = used.get(u.parameter) ?? provenanceOfUse(u);
        if (p === undefined) continue;
        used.set(u.parameter, p);
        let entries = ruleEntries.get(s.rule);
        if (entries === undefined) {
          entries = new Set();
          ruleEntries.set(s.rule, entries);
        }
        entries.add(p.entryId);
      }
    }
  };
  // An assessment's shared income computations are steps of its determinations too.
  const shared =
    incomes ?? (determinations as { incomes?: Record<string, readonly TraceStep[]> }).incomes;
  if (shared !== undefined) for (const ref of Object.keys(shared)) steps(shared[ref] ?? []);
  for (const d of found) {
    steps(d.trace);
    for (const r of d.reasons) rules.add(r.rule);
  }
  // A result that is not a determination but applies a rule (the 脱贫 routing).
  const routing = (determinations as { povertyAlleviated?: { rule?: unknown } }).povertyAlleviated;
  if (typeof routing?.rule === 'string') rules.add(routing.rule);

  const documents: RecordTables['documents'] = {};
  const citations: RecordTables['citations'] = {};
  for (const id of rules) {
    const refs = citationRefs(id, std);
    for (const [doc, d] of refs.documents) if (!Object.hasOwn(documents, doc)) documents[doc] = d;
    if (refs.refs.length > 0) {
      citations[id] = refs.refs;
      continue;
    }
    // A rule with no national clause and none of the region's (encoded from a locality's
    // practice): the sources of the table entries that set the parameters it used.
    const own: CitationRef[] = [];
    for (const entryId of ruleEntries.get(id) ?? []) {
      const source = std.entrySources.get(entryId);
      if (source === undefined) continue;
      if (!Object.hasOwn(documents, entryId))
        documents[entryId] =
          source.number !== undefined
            ? { document: source.document, number: source.number }
            : { document: source.document };
      own.push({ doc: entryId, clause: source.clause });
    }
    citations[id] = own;
  }

  const sources: RecordTables['sources'] = {};
  const provenance: RecordTables['provenance'] = {};
  for (const path of used.keys()) {
    const p = used.get(path) as Provenance;
    const own = std.entrySources.get(p.entryId);
    if (own !== undefined && !Object.hasOwn(sources, p.entryId)) sources[p.entryId] = own;
    const source = p.source !== undefined && p.source !== own ? { source: p.source } : {};
    provenance[path] =
      p.kind === 'published'
        ? { kind: 'published', entryId: p.entryId, ...source }
        : { kind: 'illustrative', entryId: p.entryId, note: p.note, ...source };
  }
  return { documents, citations, sources, provenance };
}

interface Refs {
  refs: CitationRef[];
  documents: [string, Omit<Citation, 'clause'>][];
}

/**
 * A rule's clauses as a record holds them, made once per resolution: each document by a stable
 * id — a national document's key (`interimMeasures`), a table entry's `<entry id>:<n>`, or the
 * entry's id for its own source — so records of one region and date name documents alike.
 */
function citationRefs(ruleId: string, std: ResolvedStandards): Refs {
  let memo = std.memo.get('citationRefs') as Map<string, Refs> | undefined;
  if (memo === undefined) {
    memo = new Map();
    std.memo.set('citationRefs', memo);
  }
  let hit = memo.get(ruleId);
  if (hit === undefined) {
    const documents: Refs['documents'] = [];
    const refs = citationsFor(ruleId, std).map((c) => {
      const d =
        c.number !== undefined
          ? { document: c.document, number: c.number }
          : { document: c.document };
      const doc = nationalDocumentKey(d) ?? std.documentIds.get(documentText(d)) ?? documentText(d);
      documents.push([doc, Object.freeze(d)]);
      return Object.freeze({ doc, clause: c.clause });
    });
    // Shared by every record of these standards: frozen, so no record can change another's.
    hit = { refs: Object.freeze(refs) as CitationRef[], documents };
    memo.set(ruleId, hit);
  }
  return hit;
}

/** The record tables as far as a record has them (a record of 0.1, or a part of one, has none). */
export type PartialTables = Partial<RecordTables>;

/**
 * The clauses a rule applies, read from a record's tables.
 *
 * @example
 * resolveCitations(assessment, 'dibao.eligibility.income')
 * // [{ document: '社会救助暂行办法', number: '国务院令第649号', clause: '第九条' }]
 */
export function resolveCitations(tables: PartialTables, ruleId: string): Citation[] {
  const refs = tables.citations?.[ruleId];
  if (refs === undefined) return [];
  return refs.map((r) => {
    const d = tables.documents?.[r.doc];
    return d === undefined
      ? { document: r.doc, clause: r.clause }
      : d.number !== undefined
        ? { document: d.document, number: d.number, clause: r.clause }
        : { document: d.document, clause: r.clause };
  });
}

/**
 * Where a parameter comes from, read from a record's tables: its entry, note and source.
 *
 * @example
 * resolveProvenance(assessment, 'dibao.standard.urban')?.entryId // 'changzhou-2021-07'
 */
export function resolveProvenance(tables: PartialTables, path: string): Provenance | undefined {
  const p = tables.provenance?.[path];
  if (p === undefined) return undefined;
  const source = p.source ?? tables.sources?.[p.entryId];
  if (p.kind === 'published')
    return source !== undefined ? { kind: 'published', entryId: p.entryId, source } : undefined;
  return source !== undefined
    ? { kind: 'illustrative', entryId: p.entryId, note: p.note, source }
    : { kind: 'illustrative', entryId: p.entryId, note: p.note };
}

/** What {@link standaloneDetermination} reads of an assessment. */
export interface WithIncomes {
  incomes?: Record<string, readonly TraceStep[]>;
  stamp?: Stamp;
}

/**
 * A determination of an assessment as its program, run on its own, gives it: each reference to
 * a shared income computation (`income.shared`) replaced by that computation's steps (the steps its reasons name renumbered),
 * and the assessment's stamp. Nested per-member determinations are treated alike. The assessment
 * is not changed.
 *
 * @example
 * const a = assess(h, table, { on: '2021-08-01' });
 * standaloneDetermination(a, a.determinations.dibao) // deep-equal to assessDibao(h, std)
 */
export function standaloneDetermination<D extends Determination>(a: WithIncomes, d: D): D {
  const inline = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(inline);
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Record<string, unknown>;
    if (!(typeof o.outcome === 'string' && Array.isArray(o.trace))) return o;
    const out: Record<string, unknown> = {};
    const inlined = inlineSteps(a, o.trace as TraceStep[]);
    for (const key of Object.keys(o)) {
      const x = o[key];
      if (key === 'trace') out.trace = inlined.trace;
      else if (key === 'reasons') out.reasons = renumberReasons(x as Reason[], inlined.positions);
      else if (LEAF_KEYS.has(key)) out[key] = x;
      else if (typeof x === 'object' && x !== null && !Array.isArray(x) && !('outcome' in x)) {
        const inner: Record<string, unknown> = {};
        for (const k of Object.keys(x)) inner[k] = inline((x as Record<string, unknown>)[k]);
        out[key] = inner;
      } else out[key] = inline(x);
    }
    // In the place a determination made on its own has it.
    if (a.stamp !== undefined && out.stamp === undefined) out.stamp = a.stamp;
    return out;
  };
  return inline(d) as D;
}

/**
 * The trace with each shared income step replaced by the computation's steps, and the position
 * each step of the given trace has in it (for the reasons that name a step).
 */
function inlineSteps(
  a: WithIncomes,
  trace: readonly TraceStep[],
): { trace: TraceStep[]; positions: number[] } {
  const out: TraceStep[] = [];
  const positions: number[] = [];
  for (const s of trace) {
    const shared = s.rule === 'income.shared' ? a.incomes?.[s.values.income ?? ''] : undefined;
    positions.push(out.length + 1);
    if (shared === undefined) out.push(s);
    else for (const x of shared) out.push(x);
  }
  return { trace: out, positions };
}

/** The reasons with the steps they name moved to their positions in the inlined trace. */
function renumberReasons(reasons: readonly Reason[], positions: readonly number[]): Reason[] {
  return reasons.map((r) => {
    if (r.code === 'missing_fact' || r.code === 'missing_parameter' || r.step === undefined)
      return r;
    return { ...r, step: positions[r.step - 1] ?? r.step };
  });
}

/**
 * The income computations of `all` that a determination's trace refers to (`income.shared`
 * steps), in the order made.
 */
export function referencedIncomes(
  determinations: unknown,
  all: Readonly<Record<string, readonly TraceStep[]>>,
  found: readonly Determination[] = determinationsIn(determinations),
): Record<string, readonly TraceStep[]> {
  const refs = new Set<string>();
  for (const d of found)
    for (const s of d.trace)
      if (s.rule === 'income.shared' && s.values.income) refs.add(s.values.income);
  const out: Record<string, readonly TraceStep[]> = {};
  for (const ref of Object.keys(all))
    if (refs.has(ref)) out[ref] = all[ref] as readonly TraceStep[];
  return out;
}
