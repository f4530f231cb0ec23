import type { Assessment } from '../assess/assess';

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
 * - `full`: the assessment as it is (the audit record);
 * - `reasons`: every determination without its `trace` (outcome, amount, values, reasons, stamp);
 * - `outcome`: every determination with only its outcome, amount and values (and the per-member
 *   outcomes of programs decided member by member).
 * A determination is any object with an `outcome`; the rest of the assessment is kept.
 */
export function assessmentView(a: Assessment, detail: Detail): unknown {
  return detail === 'full' ? a : view(a, DROPPED[detail]);
}

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
    out[k] = view(v, dropped);
  }
  return out;
}
