import fc from 'fast-check';

/** True in a Gregorian leap year (hand-written oracle; no Date). */
export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month 1–12 (hand-written oracle; no Date). */
export function daysIn(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A calendar date as `[y, m, d]`. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** `YYYY-MM-DD` of a date. */
export function ymdText({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A real calendar date between two years, biased toward month ends and 29 February. */
export function ymdArb(minYear = 1900, maxYear = 2100): fc.Arbitrary<Ymd> {
  return fc
    .tuple(
      fc.integer({ min: minYear, max: maxYear }),
      fc.integer({ min: 1, max: 12 }),
      fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant(31), fc.constant(29)),
    )
    .map(([y, m, d]) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isoDateArb(minYear = 1900, maxYear = 2100): fc.Arbitrary<string> {
  return ymdArb(minYear, maxYear).map(ymdText);
}
