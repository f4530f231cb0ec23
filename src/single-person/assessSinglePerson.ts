import { decideDibao } from '../dibao/decideDibao';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput, Member } from '../schema/household';
import { evaluateMemberCondition } from '../standards/member-condition';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { Recorder } from '../trace/recorder';
import type { Determination } from '../trace/types';
import { checkHouseholdProperty } from './checkHouseholdProperty';
import { checkHouseholdIncomeWindow } from './householdIncomeWindow';
import { singlePersonMsg as msg } from './messages';
import { SINGLE_PERSON_RULES as RULES } from './rules';

/** The determination for one member assessed as a single-person household. */
export type SinglePersonDetermination = Determination<'single-person'> & {
  /** The member assessed alone. */
  memberId: string;
};

/**
 * Decides 单人户 (single-person inclusion in 低保, rule R7): which members of a household may be
 * included in 低保 alone, as a one-person household, and with what amount.
 *
 * For each member — those listed in `application.singlePersonMemberIds`, or every member when the
 * list is unknown (each then `undetermined` at best, the application missing) — all of:
 * 1. the member applies (经本人申请: 57号 第八条; 常州 2021 一; 阳府办〔2017〕8号 二(一)二);
 * 2. not already covered: the household is not 低保 (`status.dibao`) and the member is not 特困
 *    (民发〔2021〕16号 二(一));
 * 3. the member meets one of the table's categories, each a list of conditions that must all
 *    hold (57号 第八条: grade 1–2, grade 3 intellectual or mental disability, 重特大疾病;
 *    银川 2021 二(四): 丧失劳动能力 and severely disabled or seriously ill; 常州 2021 一);
 * 4. the household's per-capita income lies in the table's window (57号 第八条第二款: the
 *    household is not 低保-eligible and below 1.5 × the standard);
 * 5. the member alone passes the 低保 test with its own amount (`decideDibao` with
 *    `memberIds: [id]`, income test `single-person`).
 * 6. the household's property, over all its co-resident members, meets the 低保边缘 rules
 *    (57号 第八条第二款; `lowIncome.assets`) — not the household's savings divided by the one
 *    member applying.
 * Any failed condition makes the member `ineligible`; a missing fact `undetermined`.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards from `resolveStandards` for the household's region and date
 * @returns one determination per member assessed, in member order, each with `memberId`
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // 常州 (standard 940): 3 co-resident members, wages 3000 (per capita 1000: ≥ 940, < 1410);
 * // c, grade-1 disabled and without income, applies (fixtures/households/single-person-01-…):
 * const [d] = assessSinglePerson(h, std);
 * d.memberId       // 'c'
 * d.outcome        // 'eligible'
 * d.amount?.total  // '940.00'  (940 × 1 − 0)
 */
export function assessSinglePerson(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): SinglePersonDetermination[] {
  const h = programArgs('assessSinglePerson', household, standards);
  const listed = h.application?.singlePersonMemberIds;
  const ids = listed === undefined ? undefined : new Set(listed);
  const out: SinglePersonDetermination[] = [];
  h.members.forEach((m, index) => {
    if (ids !== undefined && !ids.has(m.id)) return;
    out.push(assessMember(h, standards, m, index, ids !== undefined));
  });
  return out;
}

function assessMember(
  h: Household,
  std: ResolvedStandards,
  m: Member,
  index: number,
  applied: boolean,
): SinglePersonDetermination {
  const rec = new Recorder();
  const p = std.params.singlePerson;
  rec.value('memberId', m.id);

  // 1. Application.
  if (!applied) rec.missingFacts(RULES.application, ['application.singlePersonMemberIds']);
  else {
    const applies = msg.applied(m.id, true);
    rec.finding(RULES.application, {
      code: 'single_person_applied',
      effect: 'qualifies',
      facts: { memberId: m.id },
      message: applies,
      memberId: m.id,
    });
    rec.step(RULES.application, applies, { memberId: m.id });
  }

  // 2. Not already covered.
  const dibao = h.status?.dibao;
  if (dibao === undefined) rec.missingFacts(RULES.notCovered, ['status.dibao']);
  else if (dibao)
    rec.finding(RULES.notCovered, {
      code: 'household_already_dibao',
      effect: 'disqualifies',
      facts: { dibao: 'true' },
      message: msg.alreadyDibao(),
    });
  if (m.tekun === undefined) rec.missingFacts(RULES.notCovered, [`members[${index}].tekun`]);
  else if (m.tekun)
    rec.finding(RULES.notCovered, {
      code: 'member_already_tekun',
      effect: 'disqualifies',
      facts: { tekun: 'true' },
      message: msg.alreadyTekun(m.id),
      memberId: m.id,
    });

  // 3. A category.
  const categories = p?.categories;
  if (categories === undefined) rec.missingParameter(RULES.condition, 'singlePerson.categories');
  else {
    const missing: string[] = [];
    let met: (typeof categories)[number] | undefined;
    for (const c of categories) {
      const results = c.allOf.map((cond) => evaluateMemberCondition(cond, m, index, std.on));
      if (results.some((r) => r.holds === false)) continue;
      if (results.every((r) => r.holds === true)) {
        met = c;
        break;
      }
      for (const r of results) missing.push(...r.missing);
    }
    if (met !== undefined) {
      const metMessage = msg.conditionMet(m.id, met.label);
      rec.finding(RULES.condition, {
        code: 'single_person_condition_met',
        effect: 'qualifies',
        facts: { category: met.id },
        message: metMessage,
        memberId: m.id,
      });
      rec.step(RULES.condition, metMessage, { category: met.id });
      rec.value('category', met.id);
    } else if (missing.length > 0) rec.missingFacts(RULES.condition, missing);
    else {
      const labels = categories.map((c) => c.id).join(', ');
      const notMet = msg.conditionNotMet(m.id, labels);
      rec.finding(RULES.condition, {
        code: 'single_person_condition_not_met',
        effect: 'disqualifies',
        facts: { categories: labels },
        message: notMet,
        memberId: m.id,
      });
      rec.step(RULES.condition, notMet, {});
    }
  }

  // 4. The household-income window.
  checkHouseholdIncomeWindow(h, std, rec, m.id);

  // 5. The member alone, as a one-person 低保 household (only when nothing has failed).
  let amount = null;
  if (!rec.hasDisqualifier()) {
    amount = decideDibao(h, std, rec, {
      memberIds: [m.id],
      program: 'single-person',
      assetsOf: 'household',
    }).amount;
  }
  // 6. The household's property (not the member's share of it).
  checkHouseholdProperty(h, std, rec, m.id);
  const d = rec.finish('single-person', h.id, std, amount) as SinglePersonDetermination;
  d.memberId = m.id;
  return d;
}
