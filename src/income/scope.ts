import type { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { Recording } from '../trace/recorder';
import type { TraceStep } from '../trace/types';
import type { HouseholdIncome } from './computeHouseholdIncome';
import type { IncomeConfig } from './config';
import type { MonthlyAmounts } from './context';
import { buildLedger, type IncomeLedger } from './ledger';

/** An income computation and what it recorded. */
export interface SharedIncome {
  /** Its name in the assessment's `incomes` (`i1`, `i2`, … in the order first computed). */
  ref: string;
  income: HouseholdIncome;
  recording: Recording;
  /** The per-capita income (`counted / members`, zero with no member), computed once. */
  perCapita: Rational;
}

/** Shared computations by exclusions in force, area and the members counted (`*`: all). */
export class SharedIncomes {
  private readonly byExclusions = new Map<string, Map<string, Map<string, SharedIncome>>>();
  /** Every computation made, by ref, in the order made. */
  readonly traces: Record<string, readonly TraceStep[]> = {};
  private count = 0;
  private readonly ledgers = new Map<IncomeConfig, IncomeLedger>();
  /** The household's items as monthly amounts, each converted once for every computation. */
  readonly amounts: MonthlyAmounts = [];

  /** The ref of the next computation, its trace kept under that ref. */
  add(recording: Recording): string {
    this.count++;
    const ref = refName(this.count);
    this.traces[ref] = recording.trace;
    return ref;
  }

  /** The household's items summed per member under this configuration, built when first asked. */
  ledger(household: Household, config: IncomeConfig): IncomeLedger {
    let ledger = this.ledgers.get(config);
    if (ledger === undefined) {
      ledger = buildLedger(household, config, this.amounts);
      this.ledgers.set(config, ledger);
    }
    return ledger;
  }

  /** The computations with these exclusions (`excludedText` of the config) in this area. */
  of(excluded: string, area: string | undefined): Map<string, SharedIncome> {
    let byArea = this.byExclusions.get(excluded);
    if (byArea === undefined) {
      byArea = new Map();
      this.byExclusions.set(excluded, byArea);
    }
    const a = area ?? '';
    let byMembers = byArea.get(a);
    if (byMembers === undefined) {
      byMembers = new Map();
      byArea.set(a, byMembers);
    }
    return byMembers;
  }
}

/**
 * `i1`, `i2`, … made once: the same text each assessment, a property name the engine has already
 * seen (an assessment makes a handful; the first 64 are kept).
 */
const REFS: string[] = [];
const REFS_KEPT = 64;

function refName(n: number): string {
  let ref = REFS[n];
  if (ref === undefined) {
    ref = `i${n}`;
    if (n < REFS_KEPT) REFS[n] = ref;
  }
  return ref;
}

interface Scope {
  household: Household;
  std: ResolvedStandards;
  incomes: SharedIncomes;
}

let current: Scope | undefined;

/**
 * Runs `fn` with one household's income computations shared: while it runs, an income test that
 * counts the same members with the same exclusions on the same standards is computed once and
 * recorded into each determination that makes it (低保, 低收入 and 渐退期 count the same income).
 * The memo lives only while `fn` runs, so a household changed between two calls is never answered
 * from an old computation.
 */
export function withSharedIncome<T>(
  household: Household,
  std: ResolvedStandards,
  fn: (incomes: SharedIncomes) => T,
): T {
  const previous = current;
  const incomes = new SharedIncomes();
  current = { household, std, incomes };
  try {
    return fn(incomes);
  } finally {
    current = previous;
  }
}

/** The shared computations for this household and these standards, when a scope is open. */
export function sharedIncomes(
  household: Household,
  std: ResolvedStandards,
): SharedIncomes | undefined {
  const scope = current;
  return scope !== undefined && scope.household === household && scope.std === std
    ? scope.incomes
    : undefined;
}
