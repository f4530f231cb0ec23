import { ageOn } from '../dates/calendar';
import type { Member } from '../schema/household';
import { evaluateMemberCondition, type MemberCondition } from '../standards/member-condition';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { MessageRef } from '../trace/message';
import type { Recorder, Rule } from '../trace/recorder';
import { conditionArg, tekunMsg as msg } from './messages';
import { TEKUN_RULES as RULES } from './rules';

/**
 * 无劳动能力 (特困人员认定办法 第五条) as a general rule with named grounds, each with its own
 * citation; the order of the grounds does not matter (any one suffices):
 * - an explicit recognition `labourCapacity: 'none'` (第五条);
 * - each table condition `tekun.noLabourCapacity.conditions` (age ≥ 60, under the minor age,
 *   listed disability grades — 第五条; minor age 18 per 银川 二(六), 常州 一);
 * - a member already 特困 and under `minorKeptBelowAge` (18), whatever their schooling
 *   (第二十四条第二款: "未满18周岁的…可继续享有"; the 第五条 minor age decides only who qualifies anew);
 * - a member already 特困 who is past that age, below `continuedInSchoolBelowAge` when the table
 *   sets it, and in one of the table's schools (第二十四条第二款). Outside those ages the branch is
 *   not tried, so an adult is not asked for `schooling` and `tekun`.
 * True when a ground holds; false when all are known not to hold (a `has_labour_capacity`
 * reason); undefined when a needed fact is missing.
 */
export function decideNoLabourCapacity(
  m: Member,
  index: number,
  std: ResolvedStandards,
  rec: Recorder,
  age: number | undefined = m.birthDate !== undefined ? ageOn(m.birthDate, std.on) : undefined,
): boolean | undefined {
  const p = std.params.tekun?.noLabourCapacity;
  if (p?.conditions === undefined) {
    rec.missingParameter(RULES.labour, 'tekun.noLabourCapacity.conditions');
    return undefined;
  }
  const missing: string[] = [];
  const holds = (rule: Rule, message: MessageRef, facts: Record<string, string>) => {
    rec.finding(rule, {
      code: 'no_labour_capacity',
      effect: 'qualifies',
      memberId: m.id,
      facts,
      message,
    });
    rec.step(rule, message, facts);
    return true;
  };

  if (m.labourCapacity === 'none')
    return holds(RULES.labour, msg.noLabourDeclared(m.id), { labourCapacity: 'none' });
  for (const c of p.conditions) {
    const r = evaluateMemberCondition(c, m, index, std.on, age);
    if (r.holds === true) {
      const facts: Record<string, string> = { condition: c.kind };
      if (age !== undefined) facts.age = String(age);
      if ('years' in c) facts.years = String(c.years);
      return holds(
        isMinorCondition(c) ? RULES.minor : RULES.labour,
        msg.noLabourCondition(m.id, conditionArg(c)),
        facts,
      );
    }
    if (r.holds === undefined) for (const path of r.missing) missing.push(path);
  }
  const at = `members[${index}]`;
  const kept = p.minorKeptBelowAge;
  if (kept !== undefined && age !== undefined && age < kept && m.tekun !== false) {
    if (m.tekun === true)
      return holds(RULES.minorKept, msg.noLabourMinorKept(m.id, String(age), kept), {
        age: String(age),
        minorKeptBelowAge: String(kept),
        tekun: 'true',
      });
    missing.push(`${at}.tekun`);
  }
  const schools = p.continuedInSchool ?? [];
  const notInSchool = m.schooling !== undefined && !schools.includes(m.schooling);
  const schoolAges = schoolContinuationAges(age, kept, p.continuedInSchoolBelowAge);
  if (schoolAges === 'above' && schools.length > 0 && p.continuedInSchoolBelowAge !== undefined)
    rec.step(RULES.school, msg.schoolPastAge(m.id, String(age), p.continuedInSchoolBelowAge), {
      age: String(age),
      continuedInSchoolBelowAge: String(p.continuedInSchoolBelowAge),
    });
  if (schools.length > 0 && schoolAges === 'within' && m.tekun !== false && !notInSchool) {
    const schooling = m.schooling;
    if (m.tekun === true && schooling !== undefined)
      return holds(RULES.school, msg.noLabourSchool(m.id, schooling), {
        schooling,
        tekun: 'true',
      });
    if (m.tekun === undefined && !missing.includes(`${at}.tekun`)) missing.push(`${at}.tekun`);
    if (m.schooling === undefined) missing.push(`${at}.schooling`);
  }
  if (m.labourCapacity === undefined) missing.push(`${at}.labourCapacity`);
  if (missing.length > 0) {
    rec.missingFacts(RULES.labour, missing);
    return undefined;
  }
  const ageText = age !== undefined ? String(age) : '?';
  const thresholds: Record<string, string> = {};
  for (const c of p.conditions) if ('years' in c) thresholds[c.kind] = String(c.years);
  const message = msg.hasLabour(m.id, ageText);
  rec.finding(RULES.labour, {
    code: 'has_labour_capacity',
    effect: 'disqualifies',
    memberId: m.id,
    facts: {
      age: ageText,
      labourCapacity: m.labourCapacity ?? '',
      disability: m.disability ? `${m.disability.category}-${m.disability.grade}` : 'none',
      ...thresholds,
    },
    message,
  });
  rec.step(RULES.labour, message, { age: ageText, ...thresholds });
  return false;
}

/**
 * Whether the school continuation of 第二十四条第二款 can apply at an age: from the kept-until age
 * (when the table sets one) and below `continuedInSchoolBelowAge` (when set). An unknown age
 * leaves it open (`within`): the branch's facts are then asked with the birth date.
 */
function schoolContinuationAges(
  age: number | undefined,
  from: number | undefined,
  below: number | undefined,
): 'below' | 'within' | 'above' {
  if (age === undefined) return 'within';
  if (from !== undefined && age < from) return 'below';
  if (below !== undefined && age >= below) return 'above';
  return 'within';
}

function isMinorCondition(c: MemberCondition): boolean {
  return c.kind === 'age-below';
}
