import type { IncomeContext } from './context';
import { incomeMsg as msg } from './messages';
import { INCOME_RULES as RULES } from './rules';

/**
 * Leaves members the program does not cover out of an income computation, after the co-resident
 * count: they are not counted and their own income items are not summed (items of the household
 * as a whole still count). The program decides who they are and cites its clause; this step says
 * who was left out, in the income computation's own trace.
 */
export function excludeMembers(ctx: IncomeContext, ids: readonly string[]): void {
  const out = new Set(ids);
  const left: string[] = [];
  for (const id of ids) if (ctx.counted.delete(id)) left.push(id);
  if (left.length === 0) return;
  ctx.countedIds = ctx.countedIds.filter((id) => !out.has(id));
  ctx.rec.step(RULES.programExclusion, msg.programExclusion(ctx.countedIds.length, left), {
    countedMembers: String(ctx.countedIds.length),
    countedMemberIds: ctx.countedIds.join(','),
    excludedMemberIds: left.join(','),
  });
}
