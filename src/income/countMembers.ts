import type { IncomeContext } from './context';
import { incomeMsg as msg } from './messages';
import { INCOME_RULES as RULES } from './rules';

/**
 * Decides who counts (审核确认办法 第七条): members who live with the household, or the members the
 * caller names. A member whose co-residence is unknown is a missing fact.
 */
export function countMembers(ctx: IncomeContext): void {
  const members = ctx.household.members;
  const restrict = ctx.restrict;
  const notCounted: string[] = [];
  const missing: string[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as (typeof members)[number];
    let counts = false;
    if (restrict !== undefined) counts = restrict.includes(m.id);
    else if (m.livesWithHousehold === undefined) missing.push(`members[${i}].livesWithHousehold`);
    else if (m.livesWithHousehold) counts = true;
    else notCounted.push(m.id);
    if (counts && !ctx.counted.has(m.id)) {
      ctx.counted.add(m.id);
      ctx.countedIds.push(m.id);
    }
  }
  if (missing.length > 0) {
    ctx.rec.missingFacts(RULES.coResident, missing);
    ctx.complete = false;
  }
  const size = ctx.countedIds.length;
  const ids = ctx.countedIds.join(',');
  ctx.rec.step(
    RULES.coResident,
    msg.coResident(size, notCounted),
    notCounted.length === 0
      ? { countedMembers: String(size), countedMemberIds: ids }
      : {
          countedMembers: String(size),
          countedMemberIds: ids,
          notCountedMemberIds: notCounted.join(','),
        },
  );
}
