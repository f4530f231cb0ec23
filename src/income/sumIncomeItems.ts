import { Rational } from '../money/rational';
import type { IncomeType } from '../schema/household';
import { exact, yuan } from '../trace/recorder';
import { countsFor, type IncomeContext, perMonth } from './context';
import { incomeMsg as msg } from './messages';
import { INCOME_RULES as RULES } from './rules';

/** Monthly income of the counted members, what was excluded, and each member's work income. */
export interface IncomeSums {
  gross: Rational;
  excluded: Rational;
  /** Counted work income per member, of the types the employment deduction names. */
  workIncome: Map<string, Rational>;
}

/**
 * Converts the counted items to monthly amounts (审核确认办法 第十三条第一款) and leaves out the
 * types the table excludes on the assessment date for this program (第十三条第二款).
 */
export function sumIncomeItems(ctx: IncomeContext): IncomeSums {
  const { excludedTypes, workTypes, exclusions, excludedText } = ctx.config;
  const excludedSeen: IncomeType[] = [];
  const workIncome = new Map<string, Rational>();
  let gross = Rational.ZERO;
  let excluded = Rational.ZERO;
  let items = 0;
  for (const item of ctx.household.incomes) {
    if (!countsFor(ctx, item.memberId)) continue;
    const amount = perMonth(item.amount, item.period);
    items++;
    gross = gross.add(amount);
    if (excludedTypes.has(item.type)) {
      excluded = excluded.add(amount);
      if (!excludedSeen.includes(item.type)) excludedSeen.push(item.type);
    } else if (item.memberId !== undefined && workTypes.has(item.type)) {
      workIncome.set(item.memberId, (workIncome.get(item.memberId) ?? Rational.ZERO).add(amount));
    }
  }
  ctx.rec.step(RULES.monthly, msg.monthly(yuan(gross), items), {
    grossIncome: exact(gross),
  });
  if (exclusions.length > 0) {
    ctx.rec.step(RULES.exclusion, msg.exclusion(excludedSeen, yuan(excluded)), {
      excludedIncome: exact(excluded),
      exclusionsInForce: excludedText,
    });
  }
  return { gross, excluded, workIncome };
}
