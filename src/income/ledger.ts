import type { Household, IncomeItem } from '../schema/household';
import type { IncomeConfig } from './config';
import type { MonthlyAmounts } from './context';
import { addIncomeItem, emptySums, type ItemSums } from './sumIncomeItems';

/**
 * One household's income items summed member by member, for one income configuration (the
 * exclusions in force): each member's monthly gross, excluded part, basic-pension split and work
 * income, in household order. An income test of one member alone (特困, 第六条: the member's own
 * income) reads its sums here instead of going over every item of the household again.
 */
export type IncomeLedger = ReadonlyMap<string, ItemSums>;

/**
 * The ledger of a household's items under a configuration: one pass over the items, each item of
 * a member added to that member's sums exactly as {@link sumIncomeItems} adds it (same order, same
 * arithmetic). Items of the household as a whole are in no member's sums.
 */
export function buildLedger(
  household: Household,
  config: IncomeConfig,
  amounts?: MonthlyAmounts,
): IncomeLedger {
  const ledger = new Map<string, ItemSums>();
  const incomes = household.incomes;
  for (let i = 0; i < incomes.length; i++) {
    const item = incomes[i] as IncomeItem;
    const id = item.memberId;
    if (id === undefined) continue;
    let sums = ledger.get(id);
    if (sums === undefined) {
      sums = emptySums();
      ledger.set(id, sums);
    }
    addIncomeItem(sums, item, i, config, amounts);
  }
  return ledger;
}

/** A member's sums from the ledger (new empty sums for a member with no item). */
export function memberSums(ledger: IncomeLedger, memberId: string): ItemSums {
  return ledger.get(memberId) ?? emptySums();
}
