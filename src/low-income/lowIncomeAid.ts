import { roundMoney } from '../money/round';
import type { Area } from '../schema/primitives';
import { evaluateFigureObject, isMissing, monthly } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import type { Amount, AmountLine } from '../trace/types';
import { lowIncomeLines as lines, lowIncomeMsg as msg } from './messages';
import { LOW_INCOME_RULES as RULES } from './rules';

/**
 * The monthly aid of a recognised low-income household, where the table gives one
 * (`lowIncome.aid`; a local rule, cited from the table): the figure per household, or per counted
 * member × members — typically a share of the 低保 standard, e.g. 0.25 × 800 = 200 yuan per
 * household. Null when the table gives no aid (recognition only), or when a figure it needs is
 * missing (recorded as a missing parameter).
 *
 * @param n - counted members
 * @example
 * // lowIncome.aid = { basis: 'household', amount: { multiple: '0.25', of: 'dibao.standard.@area', round: { unit: '1', mode: 'up' } } }
 * lowIncomeAid(std, rec, 'urban', 3)?.total // '200.00' (0.25 × 800)
 */
export function lowIncomeAid(
  std: ResolvedStandards,
  rec: Recorder,
  area: Area,
  n: number,
): Amount | null {
  const aid = std.params.lowIncome?.aid;
  if (aid === undefined) return null;
  const f = evaluateFigureObject(std, aid.amount, 'lowIncome.aid.amount', area);
  if (isMissing(f)) {
    rec.missingParameter(RULES.aid, f.missing);
    return null;
  }
  const per = monthly(f);
  const total = aid.basis === 'household' ? per : per.times(n);
  const d = f.derivation;
  rec.step(
    RULES.aid,
    d?.base.path.startsWith('dibao.standard.')
      ? msg.aid(aid.basis, yuan(per), n, yuan(total), d.multiple, yuan(monthly(d.base)))
      : msg.aid(aid.basis, yuan(per), n, yuan(total)),
    { aidBasis: aid.basis, aidPer: exact(per), aid: exact(total) },
    [parameterUse(f), ...(d ? [parameterUse(d.base)] : [])],
  );
  const breakdown: AmountLine[] = [{ code: 'aid', label: lines.aid, amount: exact(total) }];
  let paid = total;
  if (!roundMoney(total, { unit: '0.01', mode: 'down' }).eq(total)) {
    if (aid.rounding === undefined) {
      rec.missingParameter(RULES.aid, 'lowIncome.aid.rounding');
      return null;
    }
    paid = roundMoney(total, aid.rounding);
    rec.step(RULES.aid, msg.aidRounding(exact(total), yuan(paid)), {
      unrounded: exact(total),
      total: paid.toFixed(2),
    });
    breakdown.push({ code: 'rounding', label: lines.rounding, amount: exact(paid.sub(total)) });
  }
  rec.value('aid', exact(total));
  rec.value('amount', paid.toFixed(2));
  return { total: paid.toFixed(2), currency: 'CNY', period: 'month', breakdown };
}
