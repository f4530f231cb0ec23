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
} from './member-outcomes';
import { specialAidMsg as msg } from './messages';
import { allOf, inAnyGroup, type Tri } from './recipient-groups';
import { SPECIAL_AID_RULES as RULES } from './rules';

/** Employment aid with the household-level placement flag. */
export type EmploymentAidDetermination = MembersDetermination<'employment-aid'> & {
  /** 确保该家庭至少1人就业: every working-age member with labour capacity is unemployed. */
  placementRequired: boolean | undefined;
};

/**
 * Decides employment aid (就业救助) per member (rule R10, 汉政办发〔2016〕57号 三(七)).
 *
 * A member of the table's groups (低保) of working age (the table's `[atLeast, below)`) with
 * labour capacity who is unemployed qualifies (贷款贴息、社会保险补贴、公益性岗位 …). When every
 * such co-resident member of a 低保 household is unemployed, the household is flagged: at least
 * one member is to be placed in work (`placementRequired`, finding `placement_required`); a
 * member stated to live apart does not count, and an unstated co-residence leaves the flag
 * `undefined`. Fresh graduates of the table's groups qualify for the job-seeking subsidy (求职补贴).
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards resolved for the household's region and the date
 * @returns the household determination with `members` and `placementRequired`
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // 低保 household; a aged 45 and b aged 40, both able to work and unemployed:
 * const d = assessEmploymentAid(h, std);
 * d.outcome           // 'eligible'
 * d.placementRequired // true
 */
export function assessEmploymentAid(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): EmploymentAidDetermination {
  const h = programArgs('assessEmploymentAid', household, standards);
  const rec = new Recorder();
  const p = standards.params.specialAid?.employment;
  if (p === undefined) {
    rec.missingParameter(RULES.employment, 'specialAid.employment');
    const d = rec.finish('employment-aid', h.id, standards, null) as EmploymentAidDetermination;
    d.members = [];
    d.placementRequired = undefined;
    return d;
  }
  const able: Tri[] = [];
  const unemployedAble: Tri[] = [];
  const members: MemberDetermination[] = h.members.map((m, i) => {
    const group = inAnyGroup(p.groups, h, m, i);
    const capacity: Tri =
      m.labourCapacity === undefined
        ? { holds: undefined, missing: [`members[${i}].labourCapacity`] }
        : { holds: p.capacities.includes(m.labourCapacity), missing: [] };
    const age =
      capacity.holds === false
        ? capacity
        : ageInRange(
            standards,
            rec,
            RULES.employment,
            p.workingAge,
            m,
            i,
            standards.on,
            'specialAid.employment.workingAge',
            'working',
          );
    const unemployed: Tri =
      m.employment === undefined
        ? { holds: undefined, missing: [`members[${i}].employment`] }
        : { holds: p.unemployed.includes(m.employment), missing: [] };
    const workingAble = allOf(age, capacity);
    able.push(workingAble);
    unemployedAble.push(allOf(workingAble, unemployed));
    const aid = allOf(group, workingAble, unemployed);
    const basis: string[] = aid.holds === true ? ['unemployed'] : [];
    const tests = [aid];
    if (p.graduateSubsidyGroups !== undefined) {
      const grad = allOf(
        inAnyGroup(p.graduateSubsidyGroups, h, m, i),
        m.freshGraduate === undefined
          ? { holds: undefined, missing: [`members[${i}].freshGraduate`] }
          : { holds: m.freshGraduate, missing: [] },
      );
      if (grad.holds === true) {
        basis.push('graduate-job-seeking-subsidy');
        rec.finding(RULES.graduate, {
          code: 'job_seeking_subsidy',
          effect: 'qualifies',
          facts: { memberId: m.id },
          memberId: m.id,
          message: msg.graduate(m.id),
        });
      }
      tests.push(grad);
    }
    return recordMember(rec, RULES.employment, m, anyOf(...tests), basis, {
      yes: msg.employmentQualifies(m.id, basis),
      no: msg.employmentDoesNotQualify(m.id),
    });
  });
  const placementRequired = placement(rec, h, p.groups, able, unemployedAble);
  const d = finishMembers(rec, 'employment-aid', h, standards, members, RULES.employment);
  (d as EmploymentAidDetermination).placementRequired = placementRequired;
  return d as EmploymentAidDetermination;
}

function placement(
  rec: Recorder,
  h: Household,
  groups: readonly string[],
  able: Tri[],
  unemployedAble: Tri[],
): boolean | undefined {
  if (!groups.includes('dibao') || h.status?.dibao !== true)
    return h.status?.dibao === undefined ? undefined : false;
  // The household is its co-resident members (审核确认办法 第七条): one stated to live apart does
  // not count, and while one's co-residence is unknown so is the flag.
  let nAble = 0;
  let nUnemployed = 0;
  for (let i = 0; i < h.members.length; i++) {
    const lives = (h.members[i] as Member).livesWithHousehold;
    if (lives === false) continue;
    const a = able[i] as Tri;
    const u = unemployedAble[i] as Tri;
    if (lives === undefined || a.holds === undefined || u.holds === undefined) return undefined;
    if (a.holds) nAble++;
    if (u.holds) nUnemployed++;
  }
  const required = nAble > 0 && nAble === nUnemployed;
  rec.value('membersAbleToWork', String(nAble));
  rec.value('membersAbleToWorkUnemployed', String(nUnemployed));
  if (required) {
    const message = msg.placement(nAble);
    rec.finding(RULES.placement, {
      code: 'placement_required',
      effect: 'notice',
      facts: { membersAbleToWork: String(nAble), unemployed: String(nUnemployed) },
      message,
    });
    rec.step(RULES.placement, message, { placementRequired: 'true' });
  }
  return required;
}
