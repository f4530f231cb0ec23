import type { Assessment } from '../assess/assess';
import { RECORD_KEYS } from '../render/recordTables';
import { reasonMessage } from '../render/renderMessage';
import type { Reason, ReasonWithMessage, TraceStep } from '../trace/types';

/** How much of each assessment `jiuzhu assess` writes. */
export const DETAILS = ['full', 'reasons', 'outcome'] as const;
export type Detail = (typeof DETAILS)[number];

/** The keys a view leaves out of every determination it meets. */
const DROPPED: Record<Exclude<Detail, 'full'>, ReadonlySet<string>> = {
  reasons: new Set(['trace']),
  outcome: new Set(['trace', 'reasons', 'stamp']),
};

/**
 * The part of an assessment a `--detail` level writes:
 * - `full`: the assessment as it is (the audit record, with its citation and provenance tables);
 * - `reasons`: every determination without its `trace` (outcome, amount, values, reasons, stamp),
 *   and the citation table; a reason that names its step carries that step's message instead;
 * - `outcome`: every determination with only its outcome, amount and values (and the per-member
 *   outcomes of programs decided member by member); no tables.
 * A determination is any object with an `outcome`; the rest of the assessment is kept.
 */
export function assessmentView(a: Assessment, detail: Detail): unknown {
  if (detail === 'full') return a;
  // The record tables serve what a view leaves out: provenance the trace's parameters, citations
  // the rules of traces and reasons. They are built only when read, so a view skips them unread.
  const skipped = detail === 'outcome' ? OUTCOME_SKIPS : PROVENANCE;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(a)) {
    if (skipped.has(key)) continue;
    out[key] = view((a as unknown as Record<string, unknown>)[key], DROPPED[detail]);
  }
  return out;
}

const OUTCOME_SKIPS: ReadonlySet<string> = new Set([...RECORD_KEYS, 'stamp']);
const PROVENANCE: ReadonlySet<string> = new Set(['incomes', 'sources', 'provenance']);

function view(value: unknown, dropped: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => view(v, dropped));
  // Plain objects only: messages rendered on first read keep their own JSON form.
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return value;
  const determination = 'outcome' in value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (determination && dropped.has(k)) continue;
    // Without the trace, a reason that names its step carries that step's message instead.
    if (determination && k === 'reasons' && dropped.has('trace'))
      out[k] = withMessages(v as Reason[], (value as { trace?: TraceStep[] }).trace ?? []);
    else out[k] = view(v, dropped);
  }
  return out;
}

function withMessages(
  reasons: readonly Reason[],
  trace: readonly TraceStep[],
): ReasonWithMessage[] {
  return reasons.map((r) => {
    if (r.code === 'missing_fact' || r.code === 'missing_parameter' || r.step === undefined)
      return r;
    const { step: _step, ...rest } = r;
    return { ...rest, message: reasonMessage(r, trace) } as ReasonWithMessage;
  });
}
