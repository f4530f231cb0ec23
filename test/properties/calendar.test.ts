import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, ageOn } from '../../src/index';
import { daysIn, type Ymd, ymdArb, ymdText } from '../arbitraries/dates';
import { RUNS } from '../arbitraries/runs';

/**
 * Completed years, by hand: the birthday of someone born on 29 February falls on 1 March in a
 * common year (what date-fns `differenceInYears` does; see the TSDoc of `ageOn`).
 */
function ageOracle(b: Ymd, on: Ymd): number {
  let years = on.y - b.y;
  const feb29 = b.m === 2 && b.d === 29;
  const bm = b.m;
  const bd = feb29 && daysIn(on.y, 2) === 28 ? 29 : b.d; // compare as if in a leap year
  if (on.m < bm || (on.m === bm && on.d < bd)) years -= 1;
  return years;
}

/** Calendar months later, by hand: the month's last day when the day does not exist. */
function addMonthsOracle(a: Ymd, k: number): Ymd {
  const index = a.y * 12 + (a.m - 1) + k;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(a.d, daysIn(y, m)) };
}

describe('calendar helpers against a y/m/d oracle', () => {
  it('ageOn gives completed years', () => {
    fc.assert(
      fc.property(ymdArb(1900, 2100), ymdArb(1900, 2100), (a, b) => {
        const [birth, on] = ymdText(a) <= ymdText(b) ? [a, b] : [b, a];
        expect(ageOn(ymdText(birth), ymdText(on))).toBe(ageOracle(birth, on));
      }),
      { numRuns: RUNS },
    );
  });

  it('addCalendarMonths clamps to the last day of the month', () => {
    fc.assert(
      fc.property(ymdArb(1900, 2100), fc.integer({ min: -1200, max: 1200 }), (a, k) => {
        expect(addCalendarMonths(ymdText(a), k)).toBe(ymdText(addMonthsOracle(a, k)));
      }),
      { numRuns: RUNS },
    );
  });

  it('hand-worked ages and months', () => {
    expect(ageOn('2003-07-01', '2021-06-30')).toBe(17);
    expect(ageOn('2003-07-01', '2021-07-01')).toBe(18);
    expect(ageOn('1961-07-01', '2021-07-01')).toBe(60);
    expect(ageOn('2000-02-29', '2021-02-28')).toBe(20);
    expect(ageOn('2000-02-29', '2021-03-01')).toBe(21);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
    expect(addCalendarMonths('2021-08-31', 6)).toBe('2022-02-28');
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2021-03-31', -1)).toBe('2021-02-28');
    expect(addCalendarMonths('2021-01-15', 12)).toBe('2022-01-15');
  });
});
