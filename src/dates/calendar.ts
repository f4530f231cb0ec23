import { differenceInCalendarDays, differenceInYears } from 'date-fns';

/**
 * Calendar dates as `YYYY-MM-DD` text. Internally a date is a local `Date` at noon, so that
 * date-fns calendar arithmetic gives the same answer in every time zone (no midnight falls into
 * a daylight-saving gap at noon).
 *
 * @module
 */

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Turns `YYYY-MM-DD` into a local Date at noon. Throws RangeError for text that is not a real date. */
export function toDate(iso: IsoDate): Date {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(y, mo - 1, d, 12, 0, 0, 0);
  if (y < 100) date.setFullYear(y);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return date;
}

/**
 * The `YYYY-MM-DD` text of a local date: the proleptic Gregorian year written with four digits
 * (year 0 is `0000`; date-fns `yyyy` would write the era year, 1 BC as `0001`).
 */
export function fromDate(date: Date): IsoDate {
  return ymdText(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** `YYYY-MM-DD` of a year 0–9999, month 1–12 and day. */
function ymdText(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * True when `text` is `YYYY-MM-DD` naming a day of the proleptic Gregorian calendar (2021-02-30
 * is not; 2000-02-29 is): the check the household schema's `z.iso.date()` makes, without a
 * regular expression.
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/** True when `iso` is a real calendar date (2021-02-30 is not). */
export function isCalendarDate(iso: string): boolean {
  if (!ISO.test(iso)) return false;
  try {
    toDate(iso);
    return true;
  } catch {
    return false;
  }
}

/**
 * Age in completed years on a date: the years between, less one when the month and day of `on`
 * come before those of the birth date. A person born on 29 February reaches a new age on 1 March
 * in common years — the same answer as date-fns `differenceInYears`, which a property test
 * checks; this form compares the `MM-DD` text directly, as it runs for every member of every
 * household.
 *
 * @example
 * ageOn('2003-07-01', '2021-06-30') // 17
 * ageOn('2003-07-01', '2021-07-01') // 18
 * ageOn('2000-02-29', '2021-02-28') // 20 (21 on 2021-03-01)
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = isoYear(on) - isoYear(birthDate);
  if (years > 0) {
    // `MM-DD` of valid ISO dates order as text.
    return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
  }
  // Not ISO text, or on or before the birth year: differenceInYears counts toward zero.
  return differenceInYears(toDate(on), toDate(birthDate));
}

/** The year of `YYYY-MM-DD` text, or NaN when the text is not of that form. */
function isoYear(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  let year = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    if (i < 4) year = year * 10 + c;
  }
  return year;
}

/**
 * The date `months` calendar months after `iso` (the month's last day when the day does not exist).
 * Plain year/month/day arithmetic, exact for every year 0000–9999 and in every time zone.
 *
 * @param iso - a calendar date `YYYY-MM-DD`
 * @param months - a whole number of months, negative to go back
 * @throws {RangeError} when `iso` is not a calendar date, `months` is not a safe integer, or the
 *   result falls outside the years 0000–9999 that `YYYY-MM-DD` can write
 *
 * @example
 * addCalendarMonths('2021-08-31', 6) // '2022-02-28'
 * addCalendarMonths('0000-06-15', 1) // '0000-07-15'
 */
export function addCalendarMonths(iso: IsoDate, months: number): IsoDate {
  if (!isIsoDate(iso)) throw new RangeError(`not a calendar date: ${String(iso).slice(0, 64)}`);
  if (!Number.isSafeInteger(months))
    throw new RangeError(`not a whole number of months: ${months}`);
  const total = Number(iso.slice(0, 4)) * 12 + (Number(iso.slice(5, 7)) - 1) + months;
  const y = Math.floor(total / 12);
  if (y < 0 || y > 9999)
    throw new RangeError(`${iso} + ${months} months is after 9999 or before 0000`);
  const m = total - y * 12 + 1;
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return ymdText(y, m, d);
}

/** Days in month `m` (1–12) of year `y`, proleptic Gregorian. */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

/** Compares two `YYYY-MM-DD` dates; valid ISO dates order as text. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `on` lies in `[from, to]`, either bound optional (inclusive). */
export function withinWindow(on: IsoDate, from?: IsoDate, to?: IsoDate): boolean {
  if (from !== undefined && on < from) return false;
  if (to !== undefined && on > to) return false;
  return true;
}
