import { Rational } from './rational';

/** The units a table may round to, in yuan. */
export const ROUNDING_UNITS = ['0.01', '0.1', '1', '5', '10'] as const;
export type RoundingUnit = (typeof ROUNDING_UNITS)[number];

/** How a value between two units is settled. */
export const ROUNDING_MODES = ['up', 'half-up', 'down'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** A rounding rule as written in a standards table. */
export interface RoundingRule {
  unit: RoundingUnit;
  mode: RoundingMode;
}

const UNIT_VALUES: Record<RoundingUnit, Rational> = {
  '0.01': Rational.of(1n, 100n),
  '0.1': Rational.of(1n, 10n),
  '1': Rational.ONE,
  '5': Rational.int(5),
  '10': Rational.int(10),
};

/**
 * Rounds an amount in yuan to a multiple of the rule's unit.
 *
 * `up` is the ceiling (toward +∞), `down` the floor (toward −∞) and `half-up` rounds a tie away
 * from zero. The result is exact: a multiple of the unit.
 *
 * @example
 * roundMoney(Rational.parse('1222')!, { unit: '1', mode: 'up' }).toString() // '1222'
 * roundMoney(Rational.of(12220n, 10n).add(Rational.of(1n, 100n)), { unit: '10', mode: 'up' }).toString() // '1230'
 */
export function roundMoney(value: Rational, rule: RoundingRule): Rational {
  const unit = UNIT_VALUES[rule.unit];
  // value / unit as a fraction num/den, then choose an integer count of units.
  const num = value.n * unit.d;
  const den = value.d * unit.n;
  const floor = floorDiv(num, den);
  const rem = num - floor * den; // 0 <= rem < den
  let count = floor;
  if (rem !== 0n) {
    if (rule.mode === 'up') count = floor + 1n;
    else if (rule.mode === 'half-up') {
      const twice = rem * 2n;
      if (twice > den || (twice === den && num > 0n)) count = floor + 1n;
    }
  }
  return Rational.of(count * unit.n, unit.d);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
