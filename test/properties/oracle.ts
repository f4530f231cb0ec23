import { Rational } from '../../src/index';
import type { HouseholdSpec } from '../arbitraries/household';
import { roundFenOracle, type TableModel, UNIT_FEN } from '../arbitraries/table';

/** What the oracle works out for a complete household under a generated gap/band table. */
export interface OracleResult {
  /** Members counted (co-resident, or a child away at school at a counted level). */
  n: number;
  /** Counted monthly household income in yuan, exact. */
  counted: Rational;
  /** Monthly standard per person in yuan. */
  standard: Rational;
  eligible: boolean;
  /** The gap amount rounded by the table's rule, in yuan (gap tables without extras). */
  gapAmount: Rational | undefined;
}

const yuan = (fen: bigint | number) => Rational.of(BigInt(fen), 100n);
const monthly = (fen: number, period: 'month' | 'year') =>
  period === 'year' ? yuan(fen).divInt(12) : yuan(fen);

/**
 * An independent oracle: sums the household's items as totals (no per-member pass), applies
 * the generated exclusions and deductions, and compares the total with standard × n.
 */
export function oracle(spec: HouseholdSpec, model: TableModel, on: string): OracleResult {
  if (spec.area === undefined) throw new Error('oracle needs a complete household');
  // 审核确认办法 第七条: co-resident members, and children away for full-time study at a level
  // the table counts (a complete household states relation and study).
  const member = (m: HouseholdSpec['members'][number]) =>
    m.livesWithHousehold === true ||
    (m.relation === 'child' &&
      m.awayForFullTimeStudy != null &&
      model.studentLevels.includes(m.awayForFullTimeStudy));
  const counts = (i: number | undefined) => {
    const m = i === undefined ? undefined : spec.members[i];
    return i === undefined || (m !== undefined && member(m));
  };
  const n = spec.members.filter(member).length;
  const excluded = new Set(
    model.exclusions
      .filter((x) => (x.from === undefined || on >= x.from) && (x.to === undefined || on <= x.to))
      .map((x) => x.type),
  );
  let income = Rational.ZERO;
  for (const item of spec.incomes) {
    if (!counts(item.member)) continue;
    if (!excluded.has(item.type)) income = income.add(monthly(item.fen, item.period));
    // Of an excluded basic pension only the stated central part is left out (第十三条第二款).
    else if (item.type === 'basic-pension' && item.centralFen !== undefined)
      income = income.add(monthly(item.fen - item.centralFen, item.period));
  }
  const spent = (kind: 'medical' | 'education') =>
    (spec.expenditures ?? [])
      .filter((e) => e.kind === kind && counts(e.member))
      .reduce((acc, e) => acc.add(monthly(e.fen, e.period)), Rational.ZERO);
  let deductions = Rational.ZERO;
  const med = model.deductions.medical;
  if (med) {
    let d = spent('medical').mul(Rational.parse(med.share)!);
    if (med.capFen !== undefined) d = d.min(yuan(med.capFen));
    deductions = deductions.add(d);
  }
  const edu = model.deductions.education;
  if (edu) deductions = deductions.add(spent('education').mul(Rational.parse(edu.share)!));
  const raw = income.sub(deductions);
  const counted = raw.isNegative() ? Rational.ZERO : raw;
  const standard = yuan(model.standardFen[spec.area]);
  const eligible = n > 0 && counted.divInt(n).lt(standard);
  let gapAmount: Rational | undefined;
  if (eligible && model.payment === 'gap' && !model.hasFloor && !model.hasSupplements) {
    // gap in fen = standard × n × 100 − counted × 100, as a fraction
    const gap = standard.times(n).sub(counted).times(100);
    gapAmount = yuan(
      roundFenOracle(gap.n, gap.d, UNIT_FEN[model.rounding.unit], model.rounding.mode),
    );
  }
  return { n, counted, standard, eligible, gapAmount };
}
