import { withinWindow } from '../dates/calendar';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput, Member } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { Recorder } from '../trace/recorder';
import {
  ageInRange,
  anyOf,
  finishMembers,
  type MemberDetermination,
  type MembersDetermination,
  recordMember,
  withMembers,
} from './member-outcomes';
import { specialAidMsg as msg } from './messages';
import { allOf, grantApplies, type Tri } from './recipient-groups';
import { SPECIAL_AID_RULES as RULES } from './rules';

/**
 * Decides education aid (教育救助) per member (rule R10, 汉政办发〔2016〕57号 三(五)).
 *
 * General rule: members of the table's groups (低保, 特困 …) enrolled at one of the grant's levels
 * (学前教育 to 普通高等教育) qualify. Named addition (same clause): disabled children of the
 * table's compulsory-school ages who are not enrolled (`schooling: 'none'`) qualify, whatever
 * their household's status (送教上门 and similar services). A member qualifying under either is
 * eligible; the basis lists which.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards resolved for the household's region and the date
 * @returns the household determination with `members`: one outcome per member
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // 低保 household: a (compulsory school), b (adult, not enrolled):
 * assessEducationAid(h, std).members
 * // [{ memberId: 'a', outcome: 'eligible', basis: ['dibao-tekun-students'] },
 * //  { memberId: 'b', outcome: 'ineligible', basis: [] }]
 */
export function assessEducationAid(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): MembersDetermination<'education-aid'> {
  const h = programArgs('assessEducationAid', household, standards);
  const rec = new Recorder();
  const p = standards.params.specialAid?.education;
  if (p === undefined) {
    rec.missingParameter(RULES.education, 'specialAid.education');
    return withMembers(rec.finish('education-aid', h.id, standards, null), []);
  }
  const members: MemberDetermination[] = h.members.map((m, i) => {
    const basis: string[] = [];
    const tests: Tri[] = [];
    for (const grant of p.grants) {
      if (!withinWindow(standards.on, grant.from, grant.to)) continue;
      const enrolled: Tri =
        m.schooling === undefined
          ? { holds: undefined, missing: [`members[${i}].schooling`] }
          : { holds: grant.levels.includes(m.schooling), missing: [] };
      const t = allOf(enrolled, grantApplies(grant, h, m, i, standards.on));
      if (t.holds === true) basis.push(grant.id);
      tests.push(t);
    }
    if (p.disabledChildren !== undefined) {
      const t = disabledChild(rec, p.disabledChildren, standards, m, i, standards.on);
      if (t.holds === true) basis.push('disabled-child');
      tests.push(t);
    }
    return recordMember(rec, RULES.education, m, anyOf(...tests), basis, {
      yes: msg.educationQualifies(m.id, basis),
      no: msg.educationDoesNotQualify(m.id),
    });
  });
  return finishMembers(rec, 'education-aid', h, standards, members, RULES.education);
}

function disabledChild(
  rec: Recorder,
  range: { atLeast: number; below: number },
  std: ResolvedStandards,
  m: Member,
  i: number,
  on: string,
): Tri {
  const disabled: Tri =
    m.disability === undefined
      ? { holds: undefined, missing: [`members[${i}].disability`] }
      : { holds: m.disability !== null, missing: [] };
  if (disabled.holds === false) return disabled;
  const notEnrolled: Tri =
    m.schooling === undefined
      ? { holds: undefined, missing: [`members[${i}].schooling`] }
      : { holds: m.schooling === 'none', missing: [] };
  if (notEnrolled.holds === false) return allOf(disabled, notEnrolled);
  const age = ageInRange(
    std,
    rec,
    RULES.disabledChild,
    range,
    m,
    i,
    on,
    'specialAid.education.disabledChildren',
    'compulsory-school',
  );
  return allOf(disabled, notEnrolled, age);
}
