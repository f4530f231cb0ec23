import { z } from 'zod';
import { Rational } from '../money/rational';
import { bilingual } from './bilingual';

/** Largest amount of money (yuan) a single input field may hold. Guards against 1e308 and the like. */
export const MAX_AMOUNT_YUAN = 1_000_000_000;
const MAX_AMOUNT = Rational.int(MAX_AMOUNT_YUAN);

/** A calendar date `YYYY-MM-DD` that exists (2021-02-30 does not). */
export const isoDateSchema = z.iso.date({
  message: bilingual(
    'expected a calendar date written YYYY-MM-DD',
    '应为以 YYYY-MM-DD 书写的有效日历日期',
  ),
});

/** Canonical text of an amount: `"1234.5"` stays as the plain decimal it is. */
function canonical(value: Rational): string {
  return value.toString();
}

/**
 * An amount of money in yuan: a JSON number or a decimal string, not negative, at most two
 * decimal places, at most {@link MAX_AMOUNT_YUAN}. Parsed into canonical decimal text, so the
 * parsed household never holds a binary float.
 */
export const moneySchema = z.union([z.string(), z.number()]).transform((input, ctx) => {
  const text = typeof input === 'number' ? numberText(input) : input.trim();
  const value = text === undefined ? undefined : Rational.parse(text);
  if (value === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected an amount in yuan such as 500 or "1894.50"',
      params: { zh: '应为以元为单位的金额，如 500 或 "1894.50"' },
    });
    return z.NEVER;
  }
  if (value.isNegative()) {
    ctx.addIssue({
      code: 'custom',
      message: 'an amount may not be negative',
      params: { zh: '金额不能为负数' },
    });
    return z.NEVER;
  }
  if (!value.hasAtMostPlaces(2)) {
    ctx.addIssue({
      code: 'custom',
      message: 'an amount has at most two decimal places (fen)',
      params: { zh: '金额最多保留两位小数（分）' },
    });
    return z.NEVER;
  }
  if (value.gt(MAX_AMOUNT)) {
    ctx.addIssue({
      code: 'custom',
      message: `an amount may not exceed ${MAX_AMOUNT_YUAN} yuan`,
      params: { zh: `金额不能超过 ${MAX_AMOUNT_YUAN} 元` },
    });
    return z.NEVER;
  }
  return canonical(value);
});

/** The shortest decimal text of a finite number, or undefined (NaN, ±Infinity, exponent form). */
function numberText(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const text = String(n);
  return /e/i.test(text) ? undefined : text;
}

/** A decimal multiple or share written as text, e.g. `"1.3"` or `"0.30"`; never a float. */
export const decimalTextSchema = z.string().regex(/^\d+(\.\d{1,6})?$/, {
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
export const moneyTextSchema = z.string().regex(/^\d+(\.\d{1,2})?$/, {
  message: bilingual(
    'expected an amount in yuan written as text, e.g. "500"',
    '应为以文本书写的金额（元），如 "500"',
  ),
});
