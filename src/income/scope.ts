import type { Household } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { Recording } from '../trace/recorder';
import type { HouseholdIncome } from './computeHouseholdIncome';

/** An income computation and what it recorded. */
export interface SharedIncome {
  income: HouseholdIncome;
  recording: Recording;
}

interface Scope {
  household: Household;
  std: ResolvedStandards;
  incomes: Map<string, SharedIncome>;
}

let current: Scope | undefined;

/**
 * Runs `fn` with one household's income computations shared: while it runs, an income test that
 * counts the same members with the same exclusions on the same standards is computed once and
 * recorded into each determination that makes it (低保, 低收入 and 渐退期 count the same income).
 * The memo lives only while `fn` runs, so a household changed between two calls is never answered
 * from an old computation.
 */
export function withSharedIncome<T>(household: Household, std: ResolvedStandards, fn: () => T): T {
  const previous = current;
  current = { household, std, incomes: new Map() };
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The shared computations for this household and these standards, when a scope is open. */
export function sharedIncomes(
  household: Household,
  std: ResolvedStandards,
): Map<string, SharedIncome> | undefined {
  const scope = current;
  return scope !== undefined && scope.household === household && scope.std === std
    ? scope.incomes
    : undefined;
}
