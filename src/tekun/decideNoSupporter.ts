import { ageOn } from '../dates/calendar';
import { computeHouseholdIncome } from '../income/computeHouseholdIncome';
import { Rational } from '../money/rational';
import type { Household, Member } from '../schema/household';
import type { Area } from '../schema/primitives';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, Recorder, yuan } from '../trace/recorder';
import { tekunMsg as msg } from './messages';
import type { SupporterCondition } from './params';
import { TEKUN_RULES as RULES } from './rules';

type Tri = boolean | undefined;

/**
 * 无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力 (特困人员认定办法 第四条第三项, 第八条).
 * The member's supporters are `members[i].supporterIds` (`[]`: none). Each supporter is able
 * unless one of the table's conditions `tekun.supporterUnable` holds (any one suffices; order does
 * not matter). True when there is no supporter or every supporter is unable; false when one is
 * able (a `supporter_able` reason); undefined when a fact or parameter is missing.
 */
export function decideNoSupporter(
  h: Household,
  index: number,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area | undefined,
): Tri {
  const m = h.members[index] as Member;
  const ids = m.supporterIds;
  if (ids === undefined) {
    rec.missingFacts(RULES.supporter, [`members[${index}].supporterIds`]);
    return undefined;
  }
  if (ids.length === 0) {
    const message = msg.noSupporter(m.id);
    rec.finding(RULES.supporter, {
      code: 'no_supporter',
      effect: 'qualifies',
      memberId: m.id,
      facts: { supporters: '0' },
      message,
    });
    rec.step(RULES.supporter, message, { supporters: '0' });
    return true;
  }
  const conditions = std.params.tekun?.supporterUnable;
  if (conditions === undefined) {
    rec.missingParameter(RULES.supporter, 'tekun.supporterUnable');
    return undefined;
  }
  let result: Tri = true;
  for (const id of ids) {
    const si = h.members.findIndex((x) => x.id === id);
    const s = h.members[si] as Member;
    const r = supporterUnable(h, s, si, conditions, std, rec, area);
    if (r === false) result = false;
    else if (r === undefined && result === true) result = undefined;
  }
  return result;
}

function supporterUnable(
  h: Household,
  s: Member,
  si: number,
  conditions: readonly SupporterCondition[],
  std: ResolvedStandards,
  rec: Recorder,
  area: Area | undefined,
): Tri {
  const at = `members[${si}]`;
  const missing: string[] = [];
  const age = s.birthDate === undefined ? undefined : ageOn(s.birthDate, std.on);
  const need = (path: string) => {
    missing.push(path);
    return undefined;
  };
  const ageAtLeast = (years: number): Tri =>
    age === undefined ? need(`${at}.birthDate`) : age >= years;
  const property = (): Tri =>
    s.propertyWithinLowIncomeRules ?? need(`${at}.propertyWithinLowIncomeRules`);
  // What the income test could not decide is recorded only if the supporter stays undecided:
  // when another condition decides, a missing statistic or income fact does not matter.
  const deferred = new Recorder();
  let incomeMemo: Tri | null = null;
  const lowIncome = (): Tri => {
    if (incomeMemo === null) incomeMemo = incomeBelowStatistic(h, s, std, rec, deferred, area);
    return incomeMemo;
  };
  // A conjunction known false needs none of its unknown facts: drop the paths it asked for.
  const and = (...fs: (() => Tri)[]): Tri => {
    const mark = missing.length;
    let out: Tri = true;
    for (const f of fs) {
      const v = f();
      if (v === false) {
        missing.length = mark;
        return false;
      }
      if (v === undefined) out = undefined;
    }
    return out;
  };
  let undecided = false;

  for (const c of conditions) {
    let v: Tri;
    // The argument of the ground's text: the age, or the barrier.
    let arg: number | string | null = null;
    switch (c.kind) {
      case 'tekun':
        v = s.tekun ?? need(`${at}.tekun`);
        break;
      case 'dibao-elderly':
        v = and(
          () => ageAtLeast(c.ageAtLeast),
          () => s.dibaoRecipient ?? need(`${at}.dibaoRecipient`),
        );
        arg = c.ageAtLeast;
        break;
      case 'elderly-low-income':
        v = and(() => ageAtLeast(c.ageAtLeast), lowIncome, property);
        arg = c.ageAtLeast;
        break;
      case 'disabled-low-income': {
        const listed = (): Tri => {
          if (s.disability === undefined) return need(`${at}.disability`);
          const d = s.disability;
          return (
            d !== null &&
            c.disabilities.some(
              (x) =>
                x.grades.includes(d.grade) &&
                (x.categories === undefined || x.categories.includes(d.category)),
            )
          );
        };
        v = and(listed, lowIncome, property);
        break;
      }
      case 'barrier': {
        const barrier = s.supportBarrier;
        v = and(
          () => (barrier === undefined ? need(`${at}.supportBarrier`) : barrier !== null),
          property,
        );
        arg = barrier ?? '';
        break;
      }
    }
    if (v === undefined) undecided = true;
    if (v === true) {
      const message = msg.unable(s.id, c.kind, arg);
      rec.finding(RULES.supporter, {
        code: 'supporter_unable',
        effect: 'qualifies',
        memberId: s.id,
        facts: {
          supporterId: s.id,
          condition: c.kind,
          ...(age !== undefined ? { age: String(age) } : {}),
        },
        message,
      });
      rec.step(RULES.supporter, message, {
        supporterId: s.id,
        condition: c.kind,
      });
      return true;
    }
  }
  // Undecided by a missing fact, or by a missing parameter or income fact already recorded.
  if (undecided) {
    rec.missingFacts(RULES.supporter, missing);
    for (const r of deferred.reasons) {
      if (r.code === 'missing_parameter') rec.missingParameter(RULES.supporter, r.parameter);
      else if (r.code === 'missing_fact') rec.missingFacts(RULES.supporter, r.paths);
    }
    return undefined;
  }
  const ageText = age === undefined ? '?' : String(age);
  const message = msg.able(s.id, ageText);
  rec.finding(RULES.supporter, {
    code: 'supporter_able',
    effect: 'disqualifies',
    memberId: s.id,
    facts: { supporterId: s.id, age: ageText },
    message,
  });
  rec.step(RULES.supporter, message, { supporterId: s.id, age: ageText });
  return false;
}

/** The supporter's own annual income compared with the previous year's per-capita disposable income. */
function incomeBelowStatistic(
  h: Household,
  s: Member,
  std: ResolvedStandards,
  rec: Recorder,
  deferred: Recorder,
  area: Area | undefined,
): Tri {
  const statText = std.params.statistics?.disposableIncomePerCapitaLastYear;
  const stat = statText === undefined ? undefined : Rational.parse(statText);
  if (stat === undefined) {
    deferred.missingParameter(RULES.supporter, 'statistics.disposableIncomePerCapitaLastYear');
    return undefined;
  }
  const scratch = new Recorder();
  const income = computeHouseholdIncome(h, std, scratch, {
    program: 'tekun',
    memberIds: [s.id],
    area,
  });
  for (const r of scratch.reasons) if (r.effect === 'missing') deferred.reason(r);
  if (!income.complete) return undefined;
  const annual = income.counted.times(12);
  const below = annual.lt(stat);
  const gap = below ? stat.sub(annual) : annual.sub(stat);
  const message = msg.supporterIncome(s.id, yuan(annual), yuan(stat), below);
  rec.compare(RULES.supporter, {
    code: below ? 'supporter_income_below_threshold' : 'supporter_income_not_below_threshold',
    effect: 'notice',
    memberId: s.id,
    subject: 'supporter annual income',
    test: '<',
    threshold: exact(stat),
    actual: exact(annual),
    gap: exact(gap),
    unit: 'yuan',
    parameter: 'statistics.disposableIncomePerCapitaLastYear',
    message,
  });
  rec.step(RULES.supporter, message, {
    supporterId: s.id,
    supporterAnnualIncome: exact(annual),
    disposableIncomePerCapitaLastYear: exact(stat),
  });
  return below;
}
