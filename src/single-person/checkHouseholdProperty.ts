import { memberCounts } from '../income/countMembers';
import { checkAssetLimits } from '../low-income/checkAssetLimits';
import type { Household } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { Recorder } from '../trace/recorder';
import { SINGLE_PERSON_RULES as RULES } from './rules';

/**
 * The property test of 单人户: a member is included alone only from a 低保边缘 household, whose
 * property — the household's, over all its co-resident members — meets the 边缘 rules
 * (最低生活保障审核确认办法 第八条第二款; the table's `lowIncome.assets`: own limits, 低保's, or
 * `"not-tested"`). The household's savings are not divided by the one member applying. Members
 * are counted as 第七条 counts them (a child away at school included).
 * Co-residence unknown for a member leaves the per-member financial test undetermined.
 *
 * @returns false when a limit is exceeded, true when met, undefined when unknown
 * @example
 * // 3 co-resident members, savings 60000, limit 24000 per member: 20000 ≤ 24000 → true
 */
export function checkHouseholdProperty(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  memberId: string,
): boolean | undefined {
  let n = 0;
  const unknown: string[] = [];
  h.members.forEach((m, i) => {
    // Members as 第七条 counts them: co-resident, or a child away at school (memberCounts).
    const c = memberCounts(m, i, std);
    if (c.counts) n++;
    unknown.push(...c.missing);
    if (c.missingParameter !== undefined) rec.missingParameter(RULES.property, c.missingParameter);
  });
  return checkAssetLimits(
    h,
    std,
    rec,
    RULES.property,
    std.params.lowIncome?.assets,
    'lowIncome.assets',
    h.area,
    n,
    memberId,
    unknown,
  );
}
