import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, phaseOutPeriod } from '../../src/index';

describe('phaseOutPeriod: the calendar convention', () => {
  it('ends the day before the same day M months later (2021-07-01 + 18 → 2022-12-31)', () => {
    expect(phaseOutPeriod('2021-07-01', 18, '2021-07-01').end).toBe('2022-12-31');
    expect(phaseOutPeriod('2021-08-15', 6, '2021-08-15').end).toBe('2022-02-14');
  });

  it('month-end start: 2021-08-31 + 6 months ends 2022-02-28 (no 31 February)', () => {
    expect(addCalendarMonths('2021-08-31', 6)).toBe('2022-02-28');
    const last = phaseOutPeriod('2021-08-31', 6, '2022-02-28');
    expect(last).toMatchObject({
      end: '2022-02-28',
      status: 'in',
      monthOfPeriod: 6,
      monthsRemaining: 1,
      daysRemaining: 1,
    });
    expect(phaseOutPeriod('2021-08-31', 6, '2022-03-01')).toMatchObject({
      status: 'after',
      monthsRemaining: 0,
      daysAfterEnd: 1,
    });
  });

  it('month-end start: months of the period (Aug 31 – Sep 30 is month 1, Oct 1 starts month 2)', () => {
    expect(phaseOutPeriod('2021-08-31', 6, '2021-09-30').monthOfPeriod).toBe(1);
    expect(phaseOutPeriod('2021-08-31', 6, '2021-10-01').monthOfPeriod).toBe(2);
    // 2021-10-31 exists: month 3 starts on it.
    expect(phaseOutPeriod('2021-08-31', 6, '2021-10-30').monthOfPeriod).toBe(2);
    expect(phaseOutPeriod('2021-08-31', 6, '2021-10-31').monthOfPeriod).toBe(3);
  });

  it('a 30th start in a leap February: 2023-09-30 + 5 → 2024-02-29; + 6 → 2024-03-29', () => {
    expect(phaseOutPeriod('2023-09-30', 5, '2023-10-01').end).toBe('2024-02-29');
    expect(phaseOutPeriod('2023-09-30', 6, '2023-10-01').end).toBe('2024-03-29');
  });

  it('29 February start: 2020-02-29 + 12 → 2021-02-28', () => {
    expect(phaseOutPeriod('2020-02-29', 12, '2020-02-29').end).toBe('2021-02-28');
    expect(phaseOutPeriod('2020-02-29', 12, '2021-02-28').monthsRemaining).toBe(1);
  });

  it('31 January + 1 month → 28 February; the 30th → the 27th of the next month', () => {
    expect(phaseOutPeriod('2021-01-31', 1, '2021-01-31').end).toBe('2021-02-28');
    expect(phaseOutPeriod('2021-01-28', 1, '2021-01-28').end).toBe('2021-02-27');
  });

  it('before the start: status before, all months remaining', () => {
    expect(phaseOutPeriod('2021-08-01', 18, '2021-07-31')).toMatchObject({
      status: 'before',
      monthsRemaining: 18,
    });
  });

  it('first day, last day, day after (18 months from 2021-08-01)', () => {
    expect(phaseOutPeriod('2021-08-01', 18, '2021-08-01')).toMatchObject({
      monthOfPeriod: 1,
      monthsRemaining: 18,
      daysRemaining: 549,
    });
    expect(phaseOutPeriod('2021-08-01', 18, '2023-01-31')).toMatchObject({
      monthOfPeriod: 18,
      monthsRemaining: 1,
      daysRemaining: 1,
    });
    expect(phaseOutPeriod('2021-08-01', 18, '2023-02-01').status).toBe('after');
  });

  const day = fc
    .date({ min: new Date(2000, 0, 1, 12), max: new Date(2040, 11, 31, 12), noInvalidDate: true })
    .map((d) => {
      const y = d.getFullYear();
      const m = String(d.getMonth() + 1).padStart(2, '0');
      const dd = String(d.getDate()).padStart(2, '0');
      return `${y}-${m}-${dd}`;
    });

  it('property: the last day is in the period as its last month; the next day is after', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 36 }), (start, months) => {
        const p = phaseOutPeriod(start, months, start);
        expect(p.status).toBe('in');
        expect(p.monthsRemaining).toBe(months);
        const last = phaseOutPeriod(start, months, p.end);
        expect(last.status).toBe('in');
        expect(last.monthOfPeriod).toBe(months);
        const after = phaseOutPeriod(start, months, addDaysText(p.end, 1));
        expect(after.status).toBe('after');
        expect(after.daysAfterEnd).toBe(1);
        // The period is never shorter than months × 28 days nor longer than months × 31.
        expect(p.daysRemaining).toBeGreaterThanOrEqual(months * 28);
        expect(p.daysRemaining).toBeLessThanOrEqual(months * 31);
      }),
    );
  });

  it('property: one more month never ends earlier, and months remaining never rise over time', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 800 }),
        (s, m, k) => {
          const a = phaseOutPeriod(s, m, s).end;
          const b = phaseOutPeriod(s, m + 1, s).end;
          expect(b > a).toBe(true);
          const on1 = phaseOutPeriod(s, m, s);
          const later = phaseOutPeriod(s, m, addDaysText(s, k));
          expect(later.monthsRemaining).toBeLessThanOrEqual(on1.monthsRemaining);
        },
      ),
    );
  });
});

function addDaysText(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + days, 12);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
