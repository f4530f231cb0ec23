import { memberCounts } from '../income/countMembers';
import type { Household } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { Recorder } from '../trace/recorder';
import { dibaoMsg as msg } from './messages';
import { DIBAO_RULES as RULES } from './rules';

/**
 * The members supported as 特困 that a household's 低保 leaves out (不重复享受), as the table says
 * (`dibao.tekunMembers`; rule `dibao.members.tekun`).
 *
 * - `excluded`: members stated 特困 (`members[].tekun` true) are not counted and their own income
 *   is not summed — co-resident ones and children counted while away at school alike; each
 *   counted member's status is then needed, and an unstated
 *   one is a missing fact (the household is undetermined, not assessed with a guess).
 * - `counted`: they count with the household (a trace step says so when there are any).
 * - No rule in the table: asked only where it matters — a member stated 特困 gives a missing
 *   parameter (undetermined); otherwise nothing is recorded.
 *
 * A caller that names the members to assess (单人户) has chosen them already: nothing is left out.
 *
 * @returns the ids to leave out of the 低保 count (empty when none)
 * @example
 * // dibao.tekunMembers = { rule: 'excluded' }; members a (tekun true), b and c (tekun false)
 * tekunMembersOutOfDibao(h, std, rec) // ['a']
 */
export function tekunMembersOutOfDibao(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  memberIds?: readonly string[],
): string[] {
  if (memberIds !== undefined) return [];
  const rule = std.params.dibao?.tekunMembers;
  const excluded = rule?.rule === 'excluded';
  // Members the household counts (第七条): co-resident, or a child away at school the table
  // counts; a member whose membership is not yet known is asked too (the income test asks it).
  // Only the members stated 特困 matter unless the rule excludes them (then every status does).
  const supported: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < h.members.length; i++) {
    const m = h.members[i] as Household['members'][number];
    if (m.tekun !== true && !(excluded && m.tekun === undefined)) continue;
    const c = memberCounts(m, i, std);
    if (!c.counts && c.missing.length === 0) continue;
    if (m.tekun === true) supported.push(m.id);
    else unknown.push(`members[${i}].tekun`);
  }
  if (rule === undefined) {
    if (supported.length > 0) rec.missingParameter(RULES.tekunMembers, 'dibao.tekunMembers');
    return [];
  }
  if (rule.rule === 'counted') {
    if (supported.length > 0)
      rec.step(RULES.tekunMembers, msg.tekunMembersCounted(supported), {
        tekunMembers: 'counted',
        tekunMemberIds: supported.join(','),
      });
    return [];
  }
  if (unknown.length > 0) rec.missingFacts(RULES.tekunMembers, unknown);
  if (supported.length > 0) {
    rec.step(RULES.tekunMembers, msg.tekunMembersExcluded(supported), {
      tekunMembers: 'excluded',
      tekunMemberIds: supported.join(','),
    });
    rec.value('tekunMembersExcluded', supported.join(','));
  }
  return supported;
}
