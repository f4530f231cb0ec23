import { Rational } from '../money/rational';
import {
  evaluateFigure,
  evaluateFigureObject,
  isMissing,
  monthly,
} from '../standards/evaluateFigure';
import { exact, parameterUse, yuan } from '../trace/recorder';
import type { ParameterUse } from '../trace/types';
import { type IncomeContext, monthlyCap } from './context';
import { incomeMsg as msg } from './messages';
import { INCOME_RULES as RULES } from './rules';

type EmploymentParams = NonNullable<
  NonNullable<NonNullable<IncomeContext['std']['params']['income']>['deductions']>['employment']
>;

/**
 * Deducts the necessary employment costs of each working member (就业成本扣减: 审核确认办法 第十三条
 * 第一款第(一)项; 阳府办〔2017〕8号 二(二)五; 民发〔2021〕16号 二(一); 常州 2021 二): a share of their
 * work income, a fixed amount or a share of the 低保 standard, capped per member, never more than
 * the member's work income. A member with work income whose employment is unknown is a missing
 * fact. A table without the deduction deducts nothing, and says so in the trace when a member
 * has work income.
 */
export function deductEmploymentCosts(
  ctx: IncomeContext,
  workIncome: Map<string, Rational>,
): Rational {
  const params = ctx.std.params.income?.deductions?.employment;
  if (params === undefined) {
    noDeductionSet(ctx, workIncome);
    return Rational.ZERO;
  }
  if (workIncome.size === 0) return Rational.ZERO;
  const members = ctx.household.members;
  const uses: ParameterUse[] = [];
  let total = Rational.ZERO;
  let workers = 0;
  for (const [memberId, income] of workIncome) {
    let i = 0;
    while (i < members.length && (members[i] as (typeof members)[number]).id !== memberId) i++;
    const member = members[i];
    if (member === undefined || income.isZero()) continue;
    if (member.employment === undefined) {
      ctx.rec.missingFacts(RULES.employment, [`members[${i}].employment`]);
      ctx.complete = false;
      continue;
    }
    if (!(params.employment as readonly string[]).includes(member.employment)) continue;
    let deduction = baseDeduction(ctx, params, income, uses);
    if (deduction === undefined) return Rational.ZERO;
    if (params.cap !== undefined) {
      const cap = monthlyCap(ctx, RULES.employment, params.cap, 'income.deductions.employment.cap');
      if (cap === undefined) return Rational.ZERO;
      uses.push(cap.use);
      deduction = deduction.min(cap.value);
    }
    total = total.add(deduction.min(income));
    workers++;
  }
  if (workers > 0) {
    const distinct = distinctUses(uses);
    ctx.rec.step(
      RULES.employment,
      msg.employment(yuan(total), workers),
      { employmentDeduction: exact(total), workingMembers: String(workers) },
      distinct,
    );
  }
  return total;
}

/**
 * A table that sets no employment-cost deduction (`income.deductions.employment`) deducts none;
 * where a member has work income the trace says so (审核确认办法 第十三条第一款第(一)项 makes the
 * deduction a local rule), so that "no deduction" is seen as the table's, never as an omission.
 */
function noDeductionSet(ctx: IncomeContext, workIncome: Map<string, Rational>): void {
  let workers = 0;
  for (const income of workIncome.values()) if (!income.isZero()) workers++;
  if (workers === 0) return;
  ctx.rec.step(RULES.employment, msg.noEmploymentDeduction(workers), {
    employmentDeduction: '0',
    employmentDeductionSet: 'none',
    membersWithWorkIncome: String(workers),
  });
}

function baseDeduction(
  ctx: IncomeContext,
  params: EmploymentParams,
  income: Rational,
  uses: ParameterUse[],
): Rational | undefined {
  if (params.basis === 'fixed') {
    if (params.amount === undefined) return missing(ctx, 'income.deductions.employment.amount');
    const f = evaluateFigureObject(
      ctx.std,
      params.amount,
      'income.deductions.employment.amount',
      ctx.area,
    );
    if (isMissing(f)) return missing(ctx, f.missing);
    uses.push(parameterUse(f));
    return monthly(f);
  }
  const share = params.share === undefined ? undefined : Rational.parse(params.share);
  if (share === undefined) return missing(ctx, 'income.deductions.employment.share');
  if (params.basis === 'share-of-income') return income.mul(share);
  const standard = evaluateFigure(ctx.std, 'dibao.standard.@area', ctx.area);
  if (isMissing(standard)) return missing(ctx, standard.missing);
  uses.push(parameterUse(standard));
  return monthly(standard).mul(share);
}

function missing(ctx: IncomeContext, parameter: string): undefined {
  ctx.rec.missingParameter(RULES.employment, parameter);
  ctx.complete = false;
  return undefined;
}

/** The uses with one entry per parameter: in the order first used, each the last use recorded. */
function distinctUses(uses: readonly ParameterUse[]): ParameterUse[] {
  const distinct: ParameterUse[] = [];
  for (const u of uses) {
    let k = 0;
    while (k < distinct.length && (distinct[k] as ParameterUse).parameter !== u.parameter) k++;
    distinct[k] = u;
  }
  return distinct;
}
