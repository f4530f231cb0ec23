import type { Member } from '../schema/household';
import type { Tri } from '../special-aid/recipient-groups';
import { DAILY_ACTIVITIES } from '../tekun/careLevelFromActivities';
import type { Recorder } from '../trace/recorder';
import { elderlyCareMsg as msg } from './messages';
import { ELDERLY_CARE_RULES as RULES } from './rules';

/**
 * Whether a member lost self-care ability (失能): at least `notDoneAtLeast` of the six daily
 * activities (特困人员认定办法 第二十一条, the list shared with `src/tekun`) are not done unaided.
 * An unknown activity matters only when it could change the answer; it is then missing.
 *
 * @example
 * lostSelfCare(rec, { id: 'a', dailyActivities: { eating: false, dressing: false,
 *   transferring: false, toileting: false, walkingIndoors: true, bathing: true } }, 0, 4).holds // true
 */
export function lostSelfCare(rec: Recorder, m: Member, index: number, notDoneAtLeast: number): Tri {
  let notDone = 0;
  const unknown: string[] = [];
  for (const a of DAILY_ACTIVITIES) {
    const v = m.dailyActivities?.[a];
    if (v === undefined) unknown.push(`members[${index}].dailyActivities.${a}`);
    else if (!v) notDone++;
  }
  const lost = notDone >= notDoneAtLeast;
  if (!lost && notDone + unknown.length >= notDoneAtLeast)
    return { holds: undefined, missing: unknown };
  rec.compare(RULES.selfCare, {
    code: lost ? 'activities_not_done_at_least' : 'activities_not_done_below',
    effect: 'notice',
    subject: 'daily activities not done unaided',
    test: '>=',
    threshold: String(notDoneAtLeast),
    actual: String(notDone),
    gap: String(Math.abs(notDone - notDoneAtLeast)),
    unit: 'count',
    parameter: 'elderlyCare.lostSelfCare.notDoneAtLeast',
    memberId: m.id,
    message: msg.lostSelfCare(m.id, notDone, lost, notDoneAtLeast),
  });
  return { holds: lost, missing: [] };
}
