import type { Assessment } from '../assess/assess';
import type { Tier } from '../assess/tier';
import { Rational } from '../money/rational';
import type { Outcome } from '../trace/types';
import { type ProgramFigure, programFigures } from './programFigures';

/**
 * How a result moved from the old table to the new:
 * - `newly-eligible` / `no-longer-eligible`: eligible under one table only;
 * - `up` / `down` / `same`: eligible under both, the amount higher, lower or equal (`same` also
 *   when neither is eligible and the outcome did not move);
 * - `outcome-changed`: eligible under neither, but the outcome moved (ineligible ↔ undetermined).
 */
export type Change =
  | 'newly-eligible'
  | 'no-longer-eligible'
  | 'up'
  | 'down'
  | 'same'
  | 'outcome-changed';

/** One side of a program's comparison. */
export interface ProgramSide {
  outcome: Outcome;
  /** Exact decimal yuan when eligible with an amount, else null. */
  amount: string | null;
}

/** A program's result under both tables. */
export interface ProgramChange {
  /** The program key of {@link ProgramFigure.key}. */
  key: string;
  program: string;
  period: 'month' | 'once' | null;
  /** Absent when the program has no result under that table (e.g. 渐退期 left out). */
  old: ProgramSide | null;
  new: ProgramSide | null;
  change: Change;
  /** New amount − old amount (an amount not paid counts 0), 2 decimals. */
  delta: string;
}

/** Money totals of one household under one table. */
export interface HouseholdTotals {
  /** Σ of the eligible monthly amounts, 2 decimals. */
  monthly: string;
  /** Σ of the eligible one-off amounts (temporary aid, medical aid), 2 decimals. */
  once: string;
}

/** One household's assessments under two tables (or dates), compared. */
export interface AssessmentComparison {
  householdId: string;
  region: string;
  on: { old: string; new: string };
  tier: { old: Tier; new: Tier; changed: boolean };
  programs: ProgramChange[];
  old: HouseholdTotals;
  new: HouseholdTotals;
  /** New − old of each total, and how the household fared (by the monthly total, then one-off). */
  delta: HouseholdTotals & { change: 'gain' | 'loss' | 'unchanged' };
}

const money = (r: Rational) => r.toFixed(2);
const amountOf = (f: ProgramFigure | undefined) =>
  f?.amount == null ? Rational.ZERO : (Rational.parse(f.amount) ?? Rational.ZERO);

function changeOf(o: ProgramFigure | undefined, n: ProgramFigure | undefined, delta: Rational) {
  const oe = o?.outcome === 'eligible';
  const ne = n?.outcome === 'eligible';
  if (!oe && ne) return 'newly-eligible';
  if (oe && !ne) return 'no-longer-eligible';
  if (oe && ne) return delta.isZero() ? 'same' : delta.isNegative() ? 'down' : 'up';
  return o?.outcome === n?.outcome ? 'same' : 'outcome-changed';
}

/**
 * Σ of a household's eligible amounts by period, exactly.
 *
 * @param figures - the figures of one assessment (from {@link programFigures})
 */
export function householdTotals(figures: readonly ProgramFigure[]): {
  monthly: Rational;
  once: Rational;
} {
  let monthly = Rational.ZERO;
  let once = Rational.ZERO;
  for (const f of figures) {
    if (f.amount === null) continue;
    if (f.period === 'month') monthly = monthly.add(amountOf(f));
    else once = once.add(amountOf(f));
  }
  return { monthly, once };
}

/**
 * Compares one household's assessments under two standards tables, or two dates: each program's
 * outcome and amount under both, the change and the delta, the tier under both, and the
 * household's monthly and one-off totals. Exact: every delta is computed in rationals from the
 * amounts as the assessments state them (already rounded by each table's rule), so the sum of
 * the deltas of a caseload equals the difference of its totals to the fen.
 *
 * @param before - the assessment under the old table (or date)
 * @param after - the same household's assessment under the new table (or date)
 * @returns the comparison
 *
 * @example
 * // 常州 2021-08, 3 members, counted income 1894: the standard 940 → 1000 raises 低保 by 180.
 * const c = compareAssessments(assess(h, table, opts), assess(h, raised, opts));
 * c.programs[0]  // { key: 'dibao', change: 'up', delta: '180.00', old: { outcome: 'eligible', amount: '926.00' }, … }
 * c.delta        // { monthly: '180.00', once: '0.00', change: 'gain' }
 */
export function compareAssessments(before: Assessment, after: Assessment): AssessmentComparison {
  const oldFigures = programFigures(before);
  const newFigures = programFigures(after);
  const byKey = new Map<string, [ProgramFigure | undefined, ProgramFigure | undefined]>();
  for (const f of oldFigures) byKey.set(f.key, [f, undefined]);
  for (const f of newFigures) {
    const e = byKey.get(f.key);
    if (e) e[1] = f;
    else byKey.set(f.key, [undefined, f]);
  }
  const programs: ProgramChange[] = [];
  for (const [key, [o, n]] of byKey) {
    const delta = amountOf(n).sub(amountOf(o));
    programs.push({
      key,
      program: (o ?? n)?.program ?? key,
      period: n?.period ?? o?.period ?? null,
      old: o ? { outcome: o.outcome, amount: o.amount } : null,
      new: n ? { outcome: n.outcome, amount: n.amount } : null,
      change: changeOf(o, n, delta),
      delta: money(delta),
    });
  }
  const ot = householdTotals(oldFigures);
  const nt = householdTotals(newFigures);
  const dm = nt.monthly.sub(ot.monthly);
  const dOnce = nt.once.sub(ot.once);
  const sign = dm.isZero() ? dOnce : dm;
  return {
    householdId: after.householdId,
    region: after.region,
    on: { old: before.on, new: after.on },
    tier: {
      old: before.tier.tier,
      new: after.tier.tier,
      changed: before.tier.tier !== after.tier.tier,
    },
    programs,
    old: { monthly: money(ot.monthly), once: money(ot.once) },
    new: { monthly: money(nt.monthly), once: money(nt.once) },
    delta: {
      monthly: money(dm),
      once: money(dOnce),
      change: sign.isZero() ? 'unchanged' : sign.isNegative() ? 'loss' : 'gain',
    },
  };
}
