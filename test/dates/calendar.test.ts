import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  ageOn,
  compareDates,
  daysBetween,
  fromDate,
  isCalendarDate,
  toDate,
  withinWindow,
} from '../../src/dates/calendar';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2021-02-28')).toBe(true);
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2021-02-30')).toBe(false);
    expect(isCalendarDate('2021-13-01')).toBe(false);
    expect(isCalendarDate('21-01-01')).toBe(false);
    expect(() => toDate('2021-02-30')).toThrow(RangeError);
    expect(() => toDate('nope')).toThrow(RangeError);
  });

  it('counts ages in completed years: 18 on the 18th birthday, 17 the day before', () => {
    expect(ageOn('2003-07-01', '2021-06-30')).toBe(17);
    expect(ageOn('2003-07-01', '2021-07-01')).toBe(18);
    expect(ageOn('1961-08-01', '2021-08-01')).toBe(60);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });

  it('adds calendar months, clamping to the month end', () => {
    expect(addCalendarMonths('2021-08-31', 6)).toBe('2022-02-28');
    expect(addCalendarMonths('2021-07-30', 18)).toBe('2023-01-30');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('compares and windows dates', () => {
    expect(compareDates('2021-01-01', '2021-01-02')).toBe(-1);
    expect(compareDates('2021-01-02', '2021-01-02')).toBe(0);
    expect(compareDates('2021-01-03', '2021-01-02')).toBe(1);
    expect(withinWindow('2025-12-31', '2021-01-01', '2025-12-31')).toBe(true);
    expect(withinWindow('2026-01-01', '2021-01-01', '2025-12-31')).toBe(false);
    expect(withinWindow('2020-12-31', '2021-01-01')).toBe(false);
    expect(withinWindow('2020-12-31')).toBe(true);
    expect(daysBetween('2021-03-01', '2021-02-27')).toBe(-2);
    expect(daysBetween('2021-03-13', '2021-03-15')).toBe(2);
  });

  it('gives years before 100 their own year', () => {
    expect(toDate('0099-05-01').getFullYear()).toBe(99);
  });
});

describe('ageOn agrees with date-fns differenceInYears', () => {
  it('on random pairs of dates, 29 February included', async () => {
    const fc = await import('fast-check');
    const { differenceInYears } = await import('date-fns');
    const day = fc
      .date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true })
      .map((d) => fromDate(d));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(ageOn(a, b)).toBe(differenceInYears(toDate(b), toDate(a)));
      }),
      { numRuns: 5000 },
    );
    expect(ageOn('2000-02-29', '2021-02-28')).toBe(
      differenceInYears(toDate('2021-02-28'), toDate('2000-02-29')),
    );
  });
});
