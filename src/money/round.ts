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

const TO_INTEGER = { up: 'ceil', down: 'floor', 'half-up': 'half-up' } as const;

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
  return value.div(unit).toInteger(TO_INTEGER[rule.mode]).mul(unit);
}
