import { computeHouseholdIncome } from '../income/computeHouseholdIncome';
import type { Household } from '../schema/household';
import { evaluateFigureObject, isMissing, monthly } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import { singlePersonMessages as msg } from './messages';
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
      if (m.livesWithHousehold === undefined) missing.push(`members[${i}].livesWithHousehold`);
      else if (m.livesWithHousehold) memberIds.push(m.id);
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
      message: {
        'zh-CN': '没有其他共同生活家庭成员，应按一般低保申请',
        en: 'no other co-resident member: apply for 低保 in the ordinary way',
      },
    });
    return;
  }
  const perCapita = income.counted.divInt(income.members);
  rec.value('householdPerCapitaIncome', exact(perCapita));

  if (w.atLeast !== undefined) {
    const f = evaluateFigureObject(std, w.atLeast, 'singlePerson.householdIncome.atLeast', area);
    if (isMissing(f)) rec.missingParameter(RULES.window, f.missing);
    else {
      const bound = monthly(f);
      const met = income.counted.gte(bound.times(income.members));
      const gap = met ? perCapita.sub(bound) : bound.sub(perCapita);
      const m = msg.lower(yuan(perCapita), yuan(bound), met, yuan(gap));
      rec.value('windowAtLeast', exact(bound));
      rec.compare(RULES.window, {
        code: met ? 'household_income_at_least_lower_bound' : 'household_income_below_lower_bound',
        effect: met ? 'qualifies' : 'disqualifies',
        subject: 'household per-capita monthly income',
        test: '>=',
        threshold: exact(bound),
        actual: exact(perCapita),
        gap: exact(gap),
        unit: 'yuan',
        parameter: f.path,
        message: m,
      });
      rec.step(RULES.window, m, { householdPerCapitaIncome: exact(perCapita) }, [parameterUse(f)]);
    }
  }
  const f = evaluateFigureObject(std, w.below, 'singlePerson.householdIncome.below', area);
  if (isMissing(f)) {
    rec.missingParameter(RULES.window, f.missing);
    return;
  }
  const bound = monthly(f);
  const below = income.counted.lt(bound.times(income.members));
  const gap = below ? bound.sub(perCapita) : perCapita.sub(bound);
  const m = msg.upper(yuan(perCapita), yuan(bound), below, yuan(gap));
  rec.value('windowBelow', exact(bound));
  rec.compare(RULES.window, {
    code: below ? 'household_income_below_window' : 'household_income_not_below_window',
    effect: below ? 'qualifies' : 'disqualifies',
    subject: 'household per-capita monthly income',
    test: '<',
    threshold: exact(bound),
    actual: exact(perCapita),
    gap: exact(gap),
    unit: 'yuan',
    parameter: f.path,
    message: m,
  });
  rec.step(RULES.window, m, { householdPerCapitaIncome: exact(perCapita) }, [parameterUse(f)]);
}
