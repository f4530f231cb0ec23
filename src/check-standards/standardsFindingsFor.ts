import type { ResolvedStandards } from '../standards/resolveStandards';
import { checkResolved, type StandardsFinding } from './checkStandards';

/** A finding of the table checks as an assessment carries it: data only, no message text. */
export type AssessmentStandardsFinding = Omit<StandardsFinding, 'message'>;

const MEMO_KEY = 'standardsFindings';

/**
 * The findings of the table checks (R8, see `checkStandards`) on the standards resolved for one
 * region and date — e.g. a 特困 basic standard below 1.3 × the 低保 standard (常州 2021 二,
 * 银川 2021 二(六)) — so that an assessment made on them shows the flag instead of paying
 * silently. Computed once per resolution (memoised on it), and without message text: the record
 * is data (`checkStandards` renders the texts).
 *
 * @example
 * standardsFindingsFor(std).map((f) => f.code) // ['tekun_basic_below_floor']
 */
export function standardsFindingsFor(
  std: ResolvedStandards,
): readonly AssessmentStandardsFinding[] {
  const hit = std.memo.get(MEMO_KEY) as readonly AssessmentStandardsFinding[] | undefined;
  if (hit !== undefined) return hit;
  const findings = Object.freeze(
    checkResolved(std).map(({ message: _m, ...rest }) => Object.freeze(rest)),
  );
  std.memo.set(MEMO_KEY, findings);
  return findings;
}
