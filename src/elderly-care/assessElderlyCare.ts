import { ageOn, withinWindow } from '../dates/calendar';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput, Member } from '../schema/household';
import {
  anyOf,
  finishMembers,
  type MemberDetermination,
  type MembersDetermination,
  recordMember,
  withMembers,
} from '../special-aid/member-outcomes';
import { allOf, grantApplies, itemProvenance, type Tri } from '../special-aid/recipient-groups';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { parameterValue, Recorder } from '../trace/recorder';
import { lostSelfCare } from './lostSelfCare';
import { elderlyCareMsg as msg } from './messages';
import type { ElderlyCareRule } from './params';
import { ELDERLY_CARE_RULES as RULES } from './rules';

/**
 * Decides elderly-care services (养老服务保障) per member (rule R11, 汉政办发〔2016〕57号 三(一)):
 * the government buys institutional, home or neighbour care for members of the table's rules —
 * by default 低保 members aged at least 60 who lost self-care ability (失能), and 低保 and
 * 分散供养 特困 members aged at least 80. Ages and the 失能 line (activities not done unaided,
 * 特困人员认定办法 第二十二条) come from the table. Each rule is independent; a member qualifying
 * under any is eligible, the basis lists the rules.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards resolved for the household's region and the date
 * @returns the household determination with `members`: one outcome per member
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // 低保 household: a aged 82, fully self-caring; b aged 65, 4 activities not done:
 * assessElderlyCare(h, std).members.map((m) => m.basis)
 * // [['dibao-dispersed-tekun-80'], ['dibao-60-lost-self-care']]
 */
export function assessElderlyCare(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): MembersDetermination<'elderly-care'> {
  const h = programArgs('assessElderlyCare', household, standards);
  const rec = new Recorder();
  const p = standards.params.elderlyCare;
  if (p?.rules === undefined) {
    rec.missingParameter(RULES.service, 'elderlyCare.rules');
    return withMembers(rec.finish('elderly-care', h.id, standards, null), []);
  }
  const rules = p.rules;
  const needsSelfCare = rules.some((r) => r.requiresLostSelfCare);
  if (needsSelfCare && p.lostSelfCare === undefined)
    rec.missingParameter(RULES.selfCare, 'elderlyCare.lostSelfCare');
  const members: MemberDetermination[] = h.members.map((m, i) => {
    const basis: string[] = [];
    const tests = rules.map((rule, ri) => {
      const t = ruleApplies(rec, rule, ri, h, m, i, standards, p.lostSelfCare?.notDoneAtLeast);
      if (t.holds === true) basis.push(rule.id);
      return t;
    });
    return recordMember(rec, RULES.service, m, anyOf(...tests), basis, {
      yes: msg.qualifies(m.id, basis),
      no: msg.doesNotQualify(m.id),
    });
  });
  return finishMembers(rec, 'elderly-care', h, standards, members, RULES.service);
}

function ruleApplies(
  rec: Recorder,
  rule: ElderlyCareRule,
  ri: number,
  h: Household,
  m: Member,
  i: number,
  std: ResolvedStandards,
  notDoneAtLeast: number | undefined,
): Tri {
  if (!withinWindow(std.on, rule.from, rule.to)) return { holds: false, missing: [] };
  const group = grantApplies(rule, h, m, i, std.on);
  if (group.holds === false) return group;
  let age: Tri;
  if (m.birthDate === undefined) age = { holds: undefined, missing: [`members[${i}].birthDate`] };
  else {
    const years = ageOn(m.birthDate, std.on);
    const old = years >= rule.minAge;
    age = { holds: old, missing: [] };
    const provenance = itemProvenance(std, `elderlyCare.rules.${ri}`, rule);
    const message = msg.age(m.id, years, old, rule.minAge, rule.groups);
    rec.compare(RULES.service, {
      code: old ? 'age_at_least_minimum' : 'age_below_minimum',
      effect: 'notice',
      subject: `age (${rule.id})`,
      test: '>=',
      threshold: String(rule.minAge),
      actual: String(years),
      gap: String(old ? years - rule.minAge : rule.minAge - years),
      unit: 'years',
      parameter: `elderlyCare.rules.${ri}.minAge`,
      memberId: m.id,
      message,
    });
    rec.step(RULES.service, message, { memberId: m.id, age: String(years) }, [
      parameterValue(`elderlyCare.rules.${ri}.minAge`, String(rule.minAge), provenance),
    ]);
  }
  if (!rule.requiresLostSelfCare || age.holds === false) return allOf(group, age);
  if (notDoneAtLeast === undefined) {
    const base = allOf(group, age);
    return base.holds === false ? base : { holds: undefined, missing: base.missing };
  }
  return allOf(group, age, lostSelfCare(rec, m, i, notDoneAtLeast));
}
