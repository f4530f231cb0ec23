import { addDays } from 'date-fns';
import { addCalendarMonths, daysBetween, fromDate, type IsoDate, toDate } from '../dates/calendar';
import { checkPeriodArgs } from '../schema/arguments';

/** Where an assessment date falls in a phase-out period. */
export interface PhaseOutPeriod {
  /** First day of the period (counted). */
  start: IsoDate;
  /** Last day of the period (counted). */
  end: IsoDate;
  months: number;
  /** `before` the start, `in` the period (start and end included), or `after` the end. */
  status: 'before' | 'in' | 'after';
  /** With `in`: which month of the period (1 … months). */
  monthOfPeriod?: number;
  /** Months left including the current one (`months` before the start, 0 after the end). */
  monthsRemaining: number;
  /** With `in`: days left including the assessment day and the last day. */
  daysRemaining?: number;
  /** With `after`: days from the last day to the assessment date. */
  daysAfterEnd?: number;
}

/** First day of month `k` + 1 of a period starting on `start` (k = 0 gives `start`). */
function monthStart(start: IsoDate, k: number): IsoDate {
  const a = addCalendarMonths(start, k);
  // No corresponding day (a 31st in a 30-day month, the 29th–31st in February): addCalendarMonths
  // gives the month's last day, which is then the last day of month k; month k + 1 starts after it.
  return a.slice(8) === start.slice(8) ? a : fromDate(addDays(toDate(a), 1));
}

/**
 * The phase-out period (渐退期, rule R6) of `months` calendar months that starts on `start`, and
 * where `on` falls in it.
 *
 * Convention (policy texts give none; 银川 2021 二(四) only says "18个月以内"): `start` is the
 * first day of the period and is counted; the period ends on the day before the same day of the
 * month `months` months later — `addCalendarMonths(start, months)` minus one day. Where that
 * month has no such day (2021-08-31 + 6 months: there is no 31 February), the period ends on that
 * month's last day, as 民法典 第二百零二条 does ("没有对应日的，月末日为期间的最后一日"). Months of
 * the period follow the same rule. Pure calendar arithmetic on `YYYY-MM-DD`; no time zone.
 *
 * @param start - first day of the period
 * @param months - length in calendar months (the table's `phaseOut.months`)
 * @param on - the assessment date
 * @returns the period's end and the position of `on`
 * @throws {InputError} of kind `argument` when `start` is not a date of 1900–2199, `months` not a
 *   whole number 1–1200 or `on` not a date
 *
 * @example
 * phaseOutPeriod('2021-08-01', 18, '2021-08-01')
 * // { start: '2021-08-01', end: '2023-01-31', months: 18, status: 'in', monthOfPeriod: 1,
 * //   monthsRemaining: 18, daysRemaining: 549 }
 * phaseOutPeriod('2021-08-31', 6, '2022-03-01').end // '2022-02-28'
 */
export function phaseOutPeriod(start: IsoDate, months: number, on: IsoDate): PhaseOutPeriod {
  checkPeriodArgs('phaseOutPeriod', start, months, on);
  const next = monthStart(start, months);
  const end = fromDate(addDays(toDate(next), -1));
  const base = { start, end, months };
  if (on < start) return { ...base, status: 'before', monthsRemaining: months };
  if (on > end) {
    return { ...base, status: 'after', monthsRemaining: 0, daysAfterEnd: daysBetween(end, on) };
  }
  let k = 0;
  while (k + 1 < months && monthStart(start, k + 1) <= on) k++;
  return {
    ...base,
    status: 'in',
    monthOfPeriod: k + 1,
    monthsRemaining: months - k,
    daysRemaining: daysBetween(on, end) + 1,
  };
}
