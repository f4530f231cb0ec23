import { Rational } from '../money/rational';
import type { Determination } from '../trace/types';

/** The monthly outlay of one 低保 class over a batch. */
export interface ClassOutlay {
  /** Households of the class with an amount. */
  households: number;
  /** Σ of their monthly amounts, exact, as a two-decimal text. */
  total: string;
}

/**
 * The monthly 低保 outlay by household class (分类定额) over a batch of determinations: for each
 * class (`values.dibaoClass`), the number of households paid and the exact sum of their amounts.
 * Determinations of other programs, and 低保 determinations without an amount or a class, are
 * left out. Classes come in the order first met.
 *
 * @example
 * outlayByDibaoClass([dA1, dA2, dB]) // { A: { households: 2, total: '2700.00' }, B: { households: 1, total: '600.00' } }
 */
export function outlayByDibaoClass(
  determinations: Iterable<Determination>,
): Record<string, ClassOutlay> {
  const sums = new Map<string, { households: number; total: Rational }>();
  for (const d of determinations) {
    if (d.program !== 'dibao' || d.amount === null) continue;
    const cls = d.values.dibaoClass;
    if (cls === undefined) continue;
    const amount = Rational.parse(d.amount.total);
    if (amount === undefined) continue;
    const s = sums.get(cls) ?? { households: 0, total: Rational.ZERO };
    s.households += 1;
    s.total = s.total.add(amount);
    sums.set(cls, s);
  }
  const out: Record<string, ClassOutlay> = {};
  for (const [cls, s] of sums) out[cls] = { households: s.households, total: s.total.toFixed(2) };
  return out;
}
