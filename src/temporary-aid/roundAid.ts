import type { Rational } from '../money/rational';
import { roundMoney } from '../money/round';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, type Recorder } from '../trace/recorder';
import type { Amount, AmountLine } from '../trace/types';
import { temporaryAidLines as lines_, temporaryAidMsg as msg } from './messages';
import { TEMPORARY_AID_RULES as RULES } from './rules';

/**
 * The one rounding of a temporary-aid amount, by the table's rule (`temporaryAid.rounding`),
 * traced; a `rounding` line keeps the breakdown equal to the total. Without a rule the amount is
 * a missing parameter (`null`).
 *
 * @param value - the exact amount before rounding
 * @param lines - the breakdown so far; the rounding line is added to it
 */
export function roundAid(
  value: Rational,
  std: ResolvedStandards,
  rec: Recorder,
  lines: AmountLine[],
): Amount | null {
  const rounding = std.params.temporaryAid?.rounding;
  if (rounding === undefined) {
    rec.missingParameter(RULES.rounding, 'temporaryAid.rounding');
    return null;
  }
  const total = roundMoney(value, rounding);
  const shown = total.toFixed(2);
  rec.step(RULES.rounding, msg.rounding(exact(value), shown), {
    unrounded: exact(value),
    total: shown,
  });
  const diff = total.sub(value);
  if (!diff.isZero()) lines.push({ code: 'rounding', label: lines_.rounding, amount: exact(diff) });
  rec.value('amount', shown);
  return { total: shown, currency: 'CNY', period: 'once', breakdown: lines };
}
