import type { Rational } from '../money/rational';
import { exact, type Recorder, yuan } from '../trace/recorder';
import type { Amount, AmountLine, Messages } from '../trace/types';
import { temporaryAidMsg as msg } from './messages';
import { TEMPORARY_AID_RULES as RULES } from './rules';

/**
 * 一事一议 not yet approved: the amount cannot be known (a missing fact, undetermined). `facts` go
 * to the finding, `values` to the step. Shared by the floor and the range amounts.
 */
export function caseByCasePending(
  rec: Recorder,
  facts: Record<string, string>,
  values: Record<string, string>,
): null {
  const message = msg.pending();
  rec.finding(RULES.caseByCase, {
    code: 'case_by_case_pending',
    effect: 'missing',
    facts,
    message,
  });
  rec.step(RULES.caseByCase, message, values);
  return null;
}

/** An approved 一事一议 amount at or above the floor (or the range's minimum), paid as approved. */
export function caseByCaseApproved(
  rec: Recorder,
  approved: Rational,
  floor: Rational,
  ref: string,
): void {
  const m = msg.approved(yuan(approved), yuan(floor), ref);
  rec.finding(RULES.caseByCase, {
    code: 'case_by_case_approved',
    effect: 'notice',
    facts: { approvedAmount: exact(approved), floor: exact(floor), approvalReference: ref },
    message: m,
  });
  rec.step(RULES.caseByCase, m, { approvedAmount: exact(approved), approvalReference: ref });
}

/**
 * Pays `amount` once: the lines so far (each person's share of `base`), and a line of `code` for
 * what is above `base`. The amount is already in whole fen (approved or proposed as text).
 */
export function payOnce(
  rec: Recorder,
  lines: AmountLine[],
  amount: Rational,
  base: Rational,
  above: { code: string; label: Messages },
): Amount {
  if (amount.gt(base))
    lines.push({ code: above.code, label: above.label, amount: exact(amount.sub(base)) });
  const shown = amount.toFixed(2);
  rec.value('amount', shown);
  return { total: shown, currency: 'CNY', period: 'once', breakdown: lines };
}
