import { Rational } from '../money/rational';
import type { IncomeItem, IncomeType } from '../schema/household';
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
  const pension: BasicPensionSplit = { central: Rational.ZERO, topUp: Rational.ZERO, whole: [] };
  const incomes = ctx.household.incomes;
  for (let i = 0; i < incomes.length; i++) {
    const item = incomes[i] as IncomeItem;
    if (!countsFor(ctx, item.memberId)) continue;
    const amount = perMonth(item.amount, item.period);
    items++;
    gross = gross.add(amount);
    if (excludedTypes.has(item.type)) {
      const part = item.type === 'basic-pension' ? centralPart(item, i, amount, pension) : amount;
      excluded = excluded.add(part);
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
  if (excludedTypes.has('basic-pension') && (pension.whole.length > 0 || !pension.central.isZero()))
    recordBasicPension(ctx, pension);
  return { gross, excluded, workIncome };
}

/** The basic pension's centrally set part (excluded) and local top-up (counted). */
interface BasicPensionSplit {
  central: Rational;
  topUp: Rational;
  /** Paths of items that state no `centralPortion`, read as the centrally set pension alone. */
  whole: string[];
}

/**
 * The part of a `basic-pension` item excluded: its `centralPortion` (the 中央确定的基础养老金 the
 * texts exclude), the rest being a local top-up that is counted; without it, the whole item.
 */
function centralPart(
  item: IncomeItem,
  i: number,
  amount: Rational,
  split: BasicPensionSplit,
): Rational {
  if (item.centralPortion === undefined) {
    split.whole.push(`incomes[${i}]`);
    split.central = split.central.add(amount);
    return amount;
  }
  const central = perMonth(item.centralPortion, item.period).min(amount);
  split.central = split.central.add(central);
  split.topUp = split.topUp.add(amount.sub(central));
  return central;
}

/**
 * Records what of the basic pension was excluded (第十三条第二款: only 中央确定的基础养老金) and
 * what was counted as a local top-up; items that state no central part are named, read as the
 * centrally set pension alone (an interpretation: the item is recorded as the type the exclusion
 * names and states no top-up).
 */
function recordBasicPension(ctx: IncomeContext, split: BasicPensionSplit): void {
  const values: Record<string, string> = {
    centralBasicPensionExcluded: exact(split.central),
    basicPensionTopUpCounted: exact(split.topUp),
  };
  if (split.whole.length > 0) {
    values.basicPensionReadAsCentral = split.whole.join(',');
    values.interpretation = 'basic-pension-without-portion-read-as-central';
  }
  ctx.rec.step(
    RULES.centralBasicPension,
    msg.centralBasicPension(yuan(split.central), yuan(split.topUp), split.whole),
    values,
  );
}
