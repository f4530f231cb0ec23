import type { DailyActivities } from '../schema/household';
import type { CareLevel } from './params';

/** The six daily activities of 特困人员认定办法 第二十一条. */
export const DAILY_ACTIVITIES = [
  'eating',
  'dressing',
  'transferring',
  'toileting',
  'walkingIndoors',
  'bathing',
] as const;

/** The care level found from the daily activities, or why it is unknown. */
export interface CareLevelResult {
  /** The level, or undefined when unknown activities could change it. */
  level: CareLevel | undefined;
  /** Activities known not to be done unaided. */
  notDone: number;
  /** Paths (relative to the member) of activities whose answer is needed. */
  missing: string[];
}

/**
 * The self-care level from the six daily activities (特困人员认定办法 第二十一–二十二条): count the
 * activities not done unaided and take the first level (in table order) whose `notDoneAtMost`
 * admits the count — with the national scale, 0 → 全自理, ≤ 3 → 部分丧失, ≥ 4 → 完全丧失. An unknown
 * activity matters only when it could change the level: it is then reported as missing.
 *
 * @param activities - the member's `dailyActivities` (`true` = done unaided)
 * @param levels - the table's levels, each with `notDoneAtMost`
 * @returns the level, the known count of activities not done, and missing activities
 * @example
 * careLevelFromActivities({ eating: false, dressing: false, transferring: false, toileting: true,
 *   walkingIndoors: true, bathing: true }, levels).level?.id // 'partial' (3 not done)
 */
export function careLevelFromActivities(
  activities: DailyActivities | undefined,
  levels: readonly CareLevel[],
): CareLevelResult {
  let notDone = 0;
  const unknown: string[] = [];
  for (const a of DAILY_ACTIVITIES) {
    const v = activities?.[a];
    if (v === undefined) unknown.push(`dailyActivities.${a}`);
    else if (!v) notDone++;
  }
  const pick = (count: number) =>
    levels.find((l) => l.notDoneAtMost !== undefined && count <= l.notDoneAtMost);
  const low = pick(notDone);
  const high = pick(notDone + unknown.length);
  if (low !== undefined && low === high) return { level: low, notDone, missing: [] };
  return { level: undefined, notDone, missing: unknown };
}
