import { z } from 'zod';
import { Rational } from '../money/rational';
import { bilingual } from './bilingual';

/** Largest amount of money (yuan) a single input field may hold. Guards against 1e308 and the like. */
export const MAX_AMOUNT_YUAN = 1_000_000_000;
const MAX_AMOUNT = Rational.int(MAX_AMOUNT_YUAN);

/**
 * Longest text accepted for an amount of money, spaces included: `1000000000.00` needs 13
 * characters, so 32 leaves room for leading zeros and spaces. Longer text is refused before it is
 * read as a number, so a string of millions of digits costs no more than a short one.
 */
export const MAX_AMOUNT_TEXT = 32;

/** Longest text accepted for a multiple or share (`decimalTextSchema`), e.g. `"1.3"`. */
export const MAX_DECIMAL_TEXT = 20;

/** First year of a date a household, table, event or bill may hold. */
export const MIN_DATE_YEAR = 1900;
/**
 * Last year of a date a household, table, event or bill may hold. Calendar arithmetic on such a
 * date (a 渐退期 of at most 120 months, ages) stays inside four-digit years.
 */
export const MAX_DATE_YEAR = 2199;

/**
 * A calendar date `YYYY-MM-DD` that exists (2021-02-30 does not), in the years
 * {@link MIN_DATE_YEAR}–{@link MAX_DATE_YEAR}: 9999-12-01 or 0000-01-31 is an input error with
 * its path, not a date that month arithmetic would carry past the calendar.
 */
export const isoDateSchema = z.iso
  .date({
    message: bilingual(
      'expected a calendar date written YYYY-MM-DD',
      '应为以 YYYY-MM-DD 书写的有效日历日期',
    ),
  })
  // Text that is not `dddd-…` is reported by the format check alone; this one checks the year.
  .regex(/^(?!\d{4}-)|^(?:19|20|21)\d{2}-/, {
    message: bilingual(
      `expected a date between ${MIN_DATE_YEAR}-01-01 and ${MAX_DATE_YEAR}-12-31`,
      `日期须在 ${MIN_DATE_YEAR}-01-01 至 ${MAX_DATE_YEAR}-12-31 之间`,
    ),
  });

/** Why an amount was refused. */
export type MoneyProblem = 'format' | 'negative' | 'places' | 'too-large' | 'too-long';

/**
 * Reads an amount of money in yuan — a JSON number or a decimal string (trimmed) — into its
 * canonical decimal text (`1894.50` → `"1894.5"`), or names what is wrong with it: not a plain
 * decimal (NaN, ±Infinity, exponent form), negative, more than two decimal places, more than
 * {@link MAX_AMOUNT_YUAN}, text longer than {@link MAX_AMOUNT_TEXT} characters (refused before it
 * is read). The one reading of amounts: the zod schema and the fast reader use it.
 */
export function readMoney(input: string | number): string | MoneyProblem {
  if (typeof input === 'string' && input.length > MAX_AMOUNT_TEXT) return 'too-long';
  // Fast paths for the common forms — whole yuan as a number, "1894.50" as text — with the same
  // answers as the general reading below (a property test holds them to it).
  if (typeof input === 'number') {
    if (Number.isSafeInteger(input) && input >= 0 && input <= MAX_AMOUNT_YUAN) return String(input);
  } else {
    const fast = plainYuanText(input);
    if (fast !== undefined) return fast;
  }
  const text = typeof input === 'number' ? numberText(input) : input.trim();
  const value = text === undefined ? undefined : Rational.parse(text);
  if (value === undefined) return 'format';
  if (value.isNegative()) return 'negative';
  if (!value.hasAtMostPlaces(2)) return 'places';
  if (value.gt(MAX_AMOUNT)) return 'too-large';
  return value.toString();
}

/**
 * The canonical text of `digits[.f[f]]` (no sign, no spaces, at most 12 integer digits) within
 * {@link MAX_AMOUNT_YUAN}; undefined for any other text.
 */
function plainYuanText(text: string): string | undefined {
  const len = text.length;
  let point = -1;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && point < 0) point = i;
    else if (c < 48 || c > 57) return undefined;
  }
  const intEnd = point < 0 ? len : point;
  const places = point < 0 ? 0 : len - point - 1;
  if (intEnd === 0 || intEnd > 12 || (point >= 0 && (places === 0 || places > 2))) return undefined;
  const whole = Number(text.slice(0, intEnd));
  if (whole > MAX_AMOUNT_YUAN) return undefined;
  let frac = point < 0 ? '' : text.slice(point + 1);
  if (frac === '0' || frac === '00') frac = '';
  else if (frac.length === 2 && frac.charCodeAt(1) === 48) frac = frac.slice(0, 1);
  if (whole === MAX_AMOUNT_YUAN && frac !== '') return undefined;
  return frac === '' ? String(whole) : `${whole}.${frac}`;
}

/** True when {@link readMoney} read an amount (and did not name a problem). */
export function isMoneyProblem(r: string | MoneyProblem): r is MoneyProblem {
  return (
    r === 'format' || r === 'negative' || r === 'places' || r === 'too-large' || r === 'too-long'
  );
}

const MONEY_MESSAGES: Record<MoneyProblem, { en: string; zh: string }> = {
  format: {
    en: 'expected an amount in yuan such as 500 or "1894.50"',
    zh: '应为以元为单位的金额，如 500 或 "1894.50"',
  },
  negative: { en: 'an amount may not be negative', zh: '金额不能为负数' },
  places: {
    en: 'an amount has at most two decimal places (fen)',
    zh: '金额最多保留两位小数（分）',
  },
  'too-large': {
    en: `an amount may not exceed ${MAX_AMOUNT_YUAN} yuan`,
    zh: `金额不能超过 ${MAX_AMOUNT_YUAN} 元`,
  },
  'too-long': {
    en: `an amount is written with at most ${MAX_AMOUNT_TEXT} characters`,
    zh: `金额的文本不能超过 ${MAX_AMOUNT_TEXT} 个字符`,
  },
};

/**
 * An amount of money in yuan: a JSON number or a decimal string, not negative, at most two
 * decimal places, at most {@link MAX_AMOUNT_YUAN}, as text at most {@link MAX_AMOUNT_TEXT}
 * characters. Parsed into canonical decimal text, so the parsed household never holds a binary float.
 */
export const moneySchema = z
  .union([z.string().max(MAX_AMOUNT_TEXT), z.number()])
  .transform((input, ctx) => {
    const r = readMoney(input);
    if (!isMoneyProblem(r)) return r;
    const m = MONEY_MESSAGES[r];
    ctx.addIssue({ code: 'custom', message: m.en, params: { zh: m.zh } });
    return z.NEVER;
  });

/** The shortest decimal text of a finite number, or undefined (NaN, ±Infinity, exponent form). */
function numberText(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const text = String(n);
  return text.includes('e') ? undefined : text;
}

/** A decimal multiple or share written as text, e.g. `"1.3"` or `"0.30"`; never a float. */
export const decimalTextSchema = z
  .string()
  .max(MAX_DECIMAL_TEXT)
  .regex(/^\d+(\.\d{1,6})?$/, {
    message: bilingual(
      'expected a decimal written as text, e.g. "1.25"',
      '应为以文本书写的小数，如 "1.25"',
    ),
  });

/** GB/T 2260 administrative division code: six digits; `100000` stands for the nation. */
export const regionCodeSchema = z.string().regex(/^\d{6}$/, {
  message: bilingual(
    'expected a six-digit GB/T 2260 region code',
    '应为六位 GB/T 2260 行政区划代码',
  ),
});

/** Whether a household lives under the urban or the rural standard. */
export const areaSchema = z.enum(['urban', 'rural']);
export type Area = z.infer<typeof areaSchema>;

/** The period an amount is stated for. */
export const periodSchema = z.enum(['month', 'year']);
export type Period = z.infer<typeof periodSchema>;

/** An amount in yuan written as text in a standards table, e.g. `"28291.90"`. */
export const moneyTextSchema = z
  .string()
  .max(MAX_AMOUNT_TEXT)
  .regex(/^\d+(\.\d{1,2})?$/, {
    message: bilingual(
      'expected an amount in yuan written as text, e.g. "500"',
      '应为以文本书写的金额（元），如 "500"',
    ),
  });
