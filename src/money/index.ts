export { Rational } from './rational';
export type { RoundingMode, RoundingRule, RoundingUnit } from './round';
export { ROUNDING_MODES, ROUNDING_UNITS, roundMoney } from './round';
