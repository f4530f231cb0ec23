import { Rational } from '../money/rational';
import type { IncomeItem, IncomeType } from '../schema/household';
import { exact, yuan } from '../trace/recorder';
import type { IncomeConfig } from './config';
import {
  countsFor,
  type IncomeContext,
  itemPerMonth,
  type MonthlyAmounts,
  perMonth,
} from './context';
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
 * The counted items of an income test, summed in household order: what {@link sumIncomeItems}
 * records. Built by {@link addIncomeItem}; read only once built (a ledger's sums are shared by the
 * computations that read them).
 */
export interface ItemSums {
  /** Number of items counted. */
  items: number;
  gross: Rational;
  excluded: Rational;
  /** Excluded types met, in the order first met. */
  excludedSeen: IncomeType[];
  pension: BasicPensionSplit;
  /** Counted work income per member, of the types the employment deduction names. */
  workIncome: Map<string, Rational>;
}

/** Sums with no item yet. */
export function emptySums(): ItemSums {
  return {
    items: 0,
    gross: Rational.ZERO,
    excluded: Rational.ZERO,
    excludedSeen: [],
    pension: { central: Rational.ZERO, topUp: Rational.ZERO, whole: [] },
    workIncome: new Map(),
  };
}

/**
 * Adds one counted item (the `i`-th of the household) to the sums: converted to a monthly amount
 * (审核确认办法 第十三条第一款), left out when the table excludes its type (第十三条第二款).
 */
export function addIncomeItem(
  sums: ItemSums,
  item: IncomeItem,
  i: number,
  config: IncomeConfig,
  amounts?: MonthlyAmounts,
): void {
  const amount = itemPerMonth(item, i, amounts);
  sums.items++;
  sums.gross = sums.gross.add(amount);
  if (config.excludedTypes.has(item.type)) {
    const part =
      item.type === 'basic-pension' ? centralPart(item, i, amount, sums.pension) : amount;
    sums.excluded = sums.excluded.add(part);
    if (!sums.excludedSeen.includes(item.type)) sums.excludedSeen.push(item.type);
  } else if (item.memberId !== undefined && config.workTypes.has(item.type)) {
    const work = sums.workIncome;
    work.set(item.memberId, (work.get(item.memberId) ?? Rational.ZERO).add(amount));
  }
}

/**
 * Converts the counted items to monthly amounts (审核确认办法 第十三条第一款) and leaves out the
 * types the table excludes on the assessment date for this program (第十三条第二款).
 *
 * @param summed - the counted items already summed (one member's items from the household's
 *   ledger), or undefined to sum them here
 */
export function sumIncomeItems(ctx: IncomeContext, summed?: ItemSums): IncomeSums {
  const { excludedTypes, exclusions, excludedText } = ctx.config;
  let sums = summed;
  if (sums === undefined) {
    sums = emptySums();
    const incomes = ctx.household.incomes;
    for (let i = 0; i < incomes.length; i++) {
      const item = incomes[i] as IncomeItem;
      if (countsFor(ctx, item.memberId)) addIncomeItem(sums, item, i, ctx.config, ctx.amounts);
    }
  }
  const { gross, excluded, pension } = sums;
  ctx.rec.step(RULES.monthly, msg.monthly(yuan(gross), sums.items), {
    grossIncome: exact(gross),
  });
  if (exclusions.length > 0) {
    ctx.rec.step(RULES.exclusion, msg.exclusion(sums.excludedSeen, yuan(excluded)), {
      excludedIncome: exact(excluded),
      exclusionsInForce: excludedText,
    });
  }
  if (excludedTypes.has('basic-pension') && (pension.whole.length > 0 || !pension.central.isZero()))
    recordBasicPension(ctx, pension);
  return { gross, excluded, workIncome: sums.workIncome };
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
