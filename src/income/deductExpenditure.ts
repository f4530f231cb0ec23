import { Rational } from '../money/rational';
import { exact, yuan } from '../trace/recorder';
import type { ParameterUse } from '../trace/types';
import { countsFor, type IncomeContext, monthlyCap, perMonth } from './context';
import { incomeMsg as msg } from './messages';
import { INCOME_RULES as RULES } from './rules';

/**
 * Deducts rigid medical or education expenditure of the counted members (银川 2021 二(四);
 * 审核确认办法 第十三条第三款) by the table's share, up to its monthly cap. When the table deducts
 * a kind and the snapshot does not list expenditures, that is a missing fact.
 */
const NAMES = {
  medical: {
    cap: 'income.deductions.medical.cap',
    expenditure: 'medicalExpenditure',
    deduction: 'medicalDeduction',
  },
  education: {
    cap: 'income.deductions.education.cap',
    expenditure: 'educationExpenditure',
    deduction: 'educationDeduction',
  },
} as const;

export function deductExpenditure(ctx: IncomeContext, kind: 'medical' | 'education'): Rational {
  const rule = kind === 'medical' ? RULES.medical : RULES.education;
  const names = NAMES[kind];
  const params = ctx.std.params.income?.deductions?.[kind];
  if (params === undefined) return Rational.ZERO;
  const expenditures = ctx.household.expenditures;
  if (expenditures === undefined) {
    ctx.rec.missingFacts(rule, ['expenditures']);
    ctx.complete = false;
    return Rational.ZERO;
  }
  let total = Rational.ZERO;
  for (const e of expenditures) {
    if (e.kind === kind && countsFor(ctx, e.memberId))
      total = total.add(perMonth(e.amount, e.period));
  }
  const share = kind === 'medical' ? ctx.config.medicalShare : ctx.config.educationShare;
  let deduction = total.mul(share);
  const uses: ParameterUse[] = [];
  let capped = false;
  if (params.cap !== undefined) {
    const cap = monthlyCap(ctx, rule, params.cap, names.cap);
    if (cap === undefined) return Rational.ZERO;
    uses.push(cap.use);
    if (deduction.gt(cap.value)) {
      deduction = cap.value;
      capped = true;
    }
  }
  const values: Record<string, string> = {};
  values[names.expenditure] = exact(total);
  values[names.deduction] = exact(deduction);
  ctx.rec.step(rule, msg.expenditure(kind, yuan(deduction), capped), values, uses);
  return deduction;
}
