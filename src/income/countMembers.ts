import type { IncomeContext } from './context';
import { incomeMessages as msg } from './messages';
import { INCOME_RULES as RULES } from './rules';

/**
 * Decides who counts (审核确认办法 第七条): members who live with the household, or the members the
 * caller names. A member whose co-residence is unknown is a missing fact.
 */
export function countMembers(ctx: IncomeContext): void {
  const notCounted: string[] = [];
  const missing: string[] = [];
  ctx.household.members.forEach((m, i) => {
    if (ctx.restrict) {
      if (ctx.restrict.has(m.id)) ctx.counted.add(m.id);
    } else if (m.livesWithHousehold === undefined) missing.push(`members[${i}].livesWithHousehold`);
    else if (m.livesWithHousehold) ctx.counted.add(m.id);
    else notCounted.push(m.id);
  });
  if (missing.length > 0) {
    ctx.rec.missingFacts(RULES.coResident, missing);
    ctx.complete = false;
  }
  ctx.rec.step(RULES.coResident, () => msg.coResident(ctx.counted.size, notCounted), {
    countedMembers: String(ctx.counted.size),
    countedMemberIds: [...ctx.counted].join(','),
    ...(notCounted.length ? { notCountedMemberIds: notCounted.join(',') } : {}),
  });
}
