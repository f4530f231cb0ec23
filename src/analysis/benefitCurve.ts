import { type AssessOptions, assess } from '../assess/assess';
import { Rational } from '../money/rational';
import type { HouseholdInput, IncomeType } from '../schema/household';
import type { StandardsTable } from '../standards/schema';
import type { Outcome } from '../trace/types';
import { householdTotals } from './compareAssessments';
import { programFigures } from './programFigures';

/** Options of {@link benefitCurve}. */
export interface BenefitCurveOptions extends AssessOptions {
  /** The member whose income varies (the first member when absent). */
  memberId?: string;
  /** The member's monthly income at the first step, decimal yuan. */
  from: string;
  /** The last income, decimal yuan (included when a whole number of steps away). */
  to: string;
  /** The step, decimal yuan, above 0. */
  step: string;
  /** The type of the varied income item (`wage` when absent). */
  incomeType?: IncomeType;
}

/** One program's result at one step. */
export interface CurveCell {
  outcome: Outcome;
  /** Monthly amount, 2 decimals; `0.00` when not paid. */
  amount: string;
}

/** The household's results at one income. */
export interface CurvePoint {
  /** The member's monthly income, 2 decimals. */
  income: string;
  /** Per program key with a monthly result (from `programFigures`). */
  programs: Record<string, CurveCell>;
  /** The household's total monthly support: Σ of the eligible monthly amounts. */
  total: string;
}

/** Where a program's outcome changes: the lowest income, to the fen, with the new outcome. */
export interface CurveEdge {
  program: string;
  before: Outcome;
  after: Outcome;
  /** The first income (2 decimals) with outcome `after`, found by bisection between two steps. */
  at: string;
  /** The program's amount just below `at` and at `at` (the cliff's height is their difference). */
  amountBefore: string;
  amountAfter: string;
}

/** A benefit curve: the steps and the outcome edges between them. */
export interface BenefitCurve {
  householdId: string;
  memberId: string;
  incomeType: IncomeType;
  points: CurvePoint[];
  edges: CurveEdge[];
}

/** The most steps a curve is computed at. */
export const MAX_CURVE_STEPS = 100_000;

function decimal(name: string, text: string): Rational {
  const r = Rational.parse(text);
  if (r === undefined || r.isNegative() || !r.hasAtMostPlaces(2))
    throw new RangeError(`${name} must be a decimal amount of yuan ≥ 0 to the fen (got ${text})`);
  return r;
}

/** The household with the member's income items of the type replaced by one monthly item. */
function withIncome(
  h: HouseholdInput,
  memberId: string,
  type: IncomeType,
  income: Rational,
): HouseholdInput {
  const kept = (h.incomes ?? []).filter((i) => !(i.memberId === memberId && i.type === type));
  return {
    ...h,
    incomes: [...kept, { memberId, type, amount: income.toFixed(2), period: 'month' }],
  };
}

/**
 * The household's monthly support as one member's monthly income varies: per step, each
 * program's outcome and amount and the household's total; and where each program's outcome
 * changes, the exact income (to the fen) found by bisecting between the steps — the 低保 line,
 * the low-income line, the end of 渐退期 — with the amounts on either side (the cliff).
 *
 * The member's income items of `incomeType` are replaced by one monthly item of the step's
 * amount; the other incomes stay as they are. Every step is a full `assess`, so deductions,
 * exclusions and rounding apply as in any assessment.
 *
 * @param household - the household (validated by `assess`)
 * @param table - a table from `parseStandardsTable`
 * @param options - the assessment options, the member, and the income range and step
 * @returns the points and the edges
 * @throws {RangeError} on a bad range or step, or more than {@link MAX_CURVE_STEPS} steps
 *
 * @example
 * // 常州 2021-08, 3 members, standard 940: 低保 stops at a household income of 2820.
 * const c = benefitCurve(h, table, { on: '2021-08-01', from: '0', to: '3000', step: '100' });
 * c.edges.find((e) => e.program === 'dibao')  // { before: 'eligible', after: 'ineligible', at: '2820.00', … }
 */
export function benefitCurve(
  household: HouseholdInput,
  table: StandardsTable,
  options: BenefitCurveOptions,
): BenefitCurve {
  const from = decimal('from', options.from);
  const to = decimal('to', options.to);
  const step = decimal('step', options.step);
  if (step.isZero()) throw new RangeError('step must be above 0');
  if (to.lt(from)) throw new RangeError('to must not be below from');
  const steps = to.sub(from).div(step).toInteger('floor');
  if (steps.gt(Rational.int(MAX_CURVE_STEPS)))
    throw new RangeError(`at most ${MAX_CURVE_STEPS} steps (make the step larger)`);
  const memberId = options.memberId ?? household.members?.[0]?.id;
  if (memberId === undefined || !household.members?.some((m) => m.id === memberId))
    throw new RangeError(`no member ${memberId ?? '(none)'} in the household`);
  const type = options.incomeType ?? 'wage';
  const { memberId: _m, from: _f, to: _t, step: _s, incomeType: _i, ...assessOptions } = options;
  const at = (income: Rational) => {
    const a = assess(withIncome(household, memberId, type, income), table, assessOptions);
    const figures = programFigures(a).filter((f) => f.period !== 'once');
    const programs: Record<string, CurveCell> = {};
    for (const f of figures)
      programs[f.key] = { outcome: f.outcome, amount: f.amount === null ? '0.00' : f.amount };
    return {
      income: income.toFixed(2),
      programs,
      total: householdTotals(figures).monthly.toFixed(2),
    };
  };
  const points: CurvePoint[] = [];
  const incomes: Rational[] = [];
  const n = Number(steps.n);
  for (let i = 0; i <= n; i++) {
    const x = from.add(step.times(i));
    incomes.push(x);
    points.push(at(x));
  }
  const edges: CurveEdge[] = [];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1] as CurvePoint;
    const cur = points[i] as CurvePoint;
    for (const [key, cell] of Object.entries(cur.programs)) {
      const before = prev.programs[key];
      if (before === undefined || before.outcome === cell.outcome) continue;
      edges.push(edge(key, incomes[i - 1] as Rational, incomes[i] as Rational, at));
    }
  }
  return { householdId: household.id, memberId, incomeType: type, points, edges };
}

/** Bisects, in fen, for the lowest income in (lo, hi] whose outcome is that at `hi`. */
function edge(
  key: string,
  lo: Rational,
  hi: Rational,
  at: (income: Rational) => CurvePoint,
): CurveEdge {
  const fen = Rational.of(1n, 100n);
  const low = at(lo).programs[key] as CurveCell;
  let high = at(hi).programs[key] as CurveCell;
  let a = lo.div(fen).toInteger('floor');
  let b = hi.div(fen).toInteger('floor');
  let below = low;
  while (b.sub(a).gt(Rational.ONE)) {
    const mid = a.add(b).divInt(2).toInteger('floor');
    const cell = at(mid.mul(fen)).programs[key] as CurveCell;
    if (cell.outcome === low.outcome) {
      a = mid;
      below = cell;
    } else {
      b = mid;
      high = cell;
    }
  }
  return {
    program: key,
    before: low.outcome,
    after: high.outcome,
    at: b.mul(fen).toFixed(2),
    amountBefore: below.amount,
    amountAfter: high.amount,
  };
}
