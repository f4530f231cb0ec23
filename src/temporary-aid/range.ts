import { Rational } from '../money/rational';
import { type FigureValue, monthly } from '../standards/evaluateFigure';
import { provenanceOf, type ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, parameterValue, type Recorder, yuan } from '../trace/recorder';
import type { Amount, AmountLine } from '../trace/types';
import { caseByCaseApproved, caseByCasePending, payOnce } from './caseByCase';
import type { HardshipEvent } from './event-schema';
import { temporaryAidLines as lines_, temporaryAidMsg as msg } from './messages';
import type { MultipleRange } from './params';
import { roundAid } from './roundAid';
import { TEMPORARY_AID_RULES as RULES } from './rules';

/**
 * The amount of 临时救助 where the table gives a range of multiples for the kind (2018 意见 二(三):
 * standards by 分类分档, major hardship 一事一议; e.g. 急难型 2–3 ×, 支出型 3–10 × the urban monthly
 * standard): from `min × base × persons` to `max × base × persons`.
 * - With an approved 一事一议 amount: it is paid as approved, raised to the minimum when below it
 *   (`amount_raised_to_range_min`); above the maximum it is paid and flagged
 *   (`approved_above_range_max`). A 一事一议 request with no approved amount is `undetermined`.
 * - Otherwise the event's `proposedAmount` (拟救助金额) is needed (a missing fact without it): within
 *   the range it is paid; below the minimum the minimum is paid (rounded by the table's rule);
 *   above the maximum it needs the special procedure and is `undetermined`
 *   (`amount_above_range_max`) until an amount is approved.
 * Internal to `computeTemporaryAidAmount`; records its steps and reasons on `rec`.
 *
 * @example
 * // range 2–3 × urban 700, 2 persons: 2800–4200; proposed 3500 → '3500.00'; 2000 → '2800.00'
 */
export function rangeAmount(
  std: ResolvedStandards,
  rec: Recorder,
  e: HardshipEvent,
  ids: readonly string[],
  base: FigureValue,
  key: 'emergency' | 'expenditure' | 'individual',
  range: MultipleRange,
): Amount | null {
  const n = ids.length;
  const baseMonthly = monthly(base);
  const minMultiple = Rational.parse(range.min) ?? Rational.ZERO;
  const maxMultiple = Rational.parse(range.max) ?? Rational.ZERO;
  const perPersonMin = baseMonthly.mul(minMultiple);
  const min = perPersonMin.times(n);
  const max = baseMonthly.mul(maxMultiple).times(n);
  const path = `temporaryAid.ranges.${key}`;
  const provenance = provenanceOf(std, path);
  rec.step(
    RULES.range,
    msg.range(range.min, range.max, yuan(baseMonthly), n, yuan(min), yuan(max)),
    { base: exact(baseMonthly), rangeMin: exact(min), rangeMax: exact(max) },
    [
      parameterUse(base),
      parameterValue(`${path}.min`, range.min, provenance),
      parameterValue(`${path}.max`, range.max, provenance),
    ],
  );
  rec.value('base', exact(baseMonthly));
  rec.value('persons', String(n));
  rec.value('rangeMin', exact(min));
  rec.value('rangeMax', exact(max));

  const lines: AmountLine[] = ids.map((id) => ({
    code: 'range-min',
    label: lines_.rangeMin,
    amount: exact(perPersonMin),
    memberId: id,
  }));
  const pay = (amount: Rational): Amount =>
    payOnce(rec, lines, amount, min, { code: 'above-min', label: lines_.aboveMin });

  const cc = e.caseByCase;
  if (cc !== undefined) {
    if (cc.approvedAmount === undefined) {
      return caseByCasePending(
        rec,
        { rangeMin: exact(min), rangeMax: exact(max) },
        { rangeMin: exact(min) },
      );
    }
    const approved = Rational.parse(cc.approvedAmount) ?? Rational.ZERO;
    const ref = cc.approvalReference ?? '';
    rec.value('approvedAmount', exact(approved));
    if (approved.lt(min)) return raised(approved, true);
    if (approved.gt(max)) {
      const m = msg.approvedAboveMax(yuan(approved), yuan(max), ref);
      rec.finding(RULES.range, {
        code: 'approved_above_range_max',
        effect: 'notice',
        facts: { approvedAmount: exact(approved), rangeMax: exact(max), approvalReference: ref },
        message: m,
      });
      rec.step(RULES.caseByCase, m, { approvedAmount: exact(approved), approvalReference: ref });
      return pay(approved);
    }
    caseByCaseApproved(rec, approved, min, ref);
    return pay(approved);
  }

  if (e.proposedAmount === undefined) {
    rec.missingFacts(RULES.range, ['event.proposedAmount']);
    return null;
  }
  const proposed = Rational.parse(e.proposedAmount) ?? Rational.ZERO;
  rec.value('proposedAmount', exact(proposed));
  if (proposed.lt(min)) return raised(proposed, false);
  if (proposed.gt(max)) {
    const m = msg.aboveMax(yuan(proposed), yuan(max));
    rec.finding(RULES.range, {
      code: 'amount_above_range_max',
      effect: 'missing',
      facts: { proposedAmount: exact(proposed), rangeMax: exact(max) },
      message: m,
    });
    rec.step(RULES.range, m, { proposedAmount: exact(proposed), rangeMax: exact(max) });
    return null;
  }
  rec.step(RULES.range, msg.withinRange(yuan(proposed), yuan(min), yuan(max)), {
    proposedAmount: exact(proposed),
  });
  return pay(proposed);

  /** Pays the minimum, rounded once by the table's rule. */
  function raised(amount: Rational, approved: boolean): Amount | null {
    const m = msg.raisedToMin(yuan(amount), yuan(min), approved);
    rec.finding(RULES.range, {
      code: 'amount_raised_to_range_min',
      effect: 'notice',
      facts: {
        [approved ? 'approvedAmount' : 'proposedAmount']: exact(amount),
        rangeMin: exact(min),
      },
      message: m,
    });
    rec.step(RULES.range, m, { rangeMin: exact(min) });
    return roundAid(min, std, rec, lines);
  }
}
