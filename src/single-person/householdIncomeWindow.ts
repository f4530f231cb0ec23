import { computeHouseholdIncome } from '../income/computeHouseholdIncome';
import { memberCounts } from '../income/countMembers';
import type { Household } from '../schema/household';
import { evaluateFigureObject, exactMonthly, isMissing } from '../standards/evaluateFigure';
import type { Figure } from '../standards/figure-schema';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import { testThreshold } from '../trace/threshold';
import type { ComparisonCode } from '../trace/types';
import { singlePersonMsg as msg } from './messages';
import { SINGLE_PERSON_RULES as RULES } from './rules';

/**
 * The household-income window of 单人户 (57号 第八条): per-capita counted income of the household
 * (or of the other co-resident members) at least `atLeast` and strictly below `below`. Internal
 * to {@link assessSinglePerson}; records on `rec`.
 */
export function checkHouseholdIncomeWindow(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  memberId: string,
): void {
  const w = std.params.singlePerson?.householdIncome;
  if (w === undefined) {
    rec.missingParameter(RULES.window, 'singlePerson.householdIncome');
    return;
  }
  if (w.basis === 'none') {
    rec.step(RULES.window, msg.noWindow(), {});
    return;
  }
  const area = h.area;
  if (area === undefined) {
    rec.missingFacts(RULES.window, ['area']);
    return;
  }
  let memberIds: string[] | undefined;
  if (w.basis === 'other-members') {
    const missing: string[] = [];
    memberIds = [];
    for (const [i, m] of h.members.entries()) {
      if (m.id === memberId) continue;
      // Members as 第七条 counts them: co-resident, or a child away at school.
      const c = memberCounts(m, i, std);
      if (c.counts) memberIds.push(m.id);
      missing.push(...c.missing);
      if (c.missingParameter !== undefined) rec.missingParameter(RULES.window, c.missingParameter);
    }
    // Income stated for the household as a whole cannot be split from the applicant's.
    h.incomes.forEach((item, i) => {
      if (item.memberId === undefined) missing.push(`incomes[${i}].memberId`);
    });
    if (missing.length > 0) {
      rec.missingFacts(RULES.window, missing);
      return;
    }
  }
  const income = computeHouseholdIncome(h, std, rec, {
    program: 'single-person',
    area,
    ...(memberIds !== undefined ? { memberIds } : {}),
  });
  if (!income.complete) return;
  if (income.members === 0) {
    rec.finding(RULES.window, {
      code: 'no_counted_members',
      effect: 'disqualifies',
      facts: { countedMembers: '0' },
      message: msg.noOtherMembers(),
    });
    return;
  }
  const perCapita = income.counted.divInt(income.members);
  rec.value('householdPerCapitaIncome', exact(perCapita));

  const bound = (
    figure: Figure,
    path: string,
    value: string,
    test: '>=' | '<',
    codes: readonly [ComparisonCode, ComparisonCode],
    message: typeof msg.lower,
  ) => {
    const f = evaluateFigureObject(std, figure, path, area);
    if (isMissing(f)) {
      rec.missingParameter(RULES.window, f.missing);
      return;
    }
    // The exact multiple is compared against (a derived bound's rounding is for display only).
    const b = exactMonthly(f);
    rec.value(value, exact(b));
    testThreshold(rec, RULES.window, {
      subject: 'household per-capita monthly income',
      test,
      actual: perCapita,
      threshold: b,
      unit: 'yuan',
      codes,
      message: (holds, gap) => message(yuan(perCapita), yuan(b), holds, yuan(gap)),
      parameter: f.path,
      values: { householdPerCapitaIncome: exact(perCapita) },
      parameters: [parameterUse(f)],
    });
  };
  // 57号 第八条第二款: not 低保-eligible (at least the lower bound), and below the upper bound.
  if (w.atLeast !== undefined) {
    bound(
      w.atLeast,
      'singlePerson.householdIncome.atLeast',
      'windowAtLeast',
      '>=',
      ['household_income_at_least_lower_bound', 'household_income_below_lower_bound'],
      msg.lower,
    );
  }
  bound(
    w.below,
    'singlePerson.householdIncome.below',
    'windowBelow',
    '<',
    ['household_income_below_window', 'household_income_not_below_window'],
    msg.upper,
  );
}
