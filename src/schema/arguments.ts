import { isIsoDate } from '../dates/calendar';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { bilingual } from './bilingual';
import { ensureHousehold } from './ensureHousehold';
import type { Household, HouseholdInput } from './household';
import { clip, InputError, type InputIssue, pathToText } from './issues';
import { MAX_DATE_YEAR, MIN_DATE_YEAR } from './primitives';

/**
 * The argument checks of the public functions: JavaScript callers (and other languages, through
 * the CLI) are not protected by the types, so a wrong argument is an {@link InputError} of kind
 * `argument` whose path starts with the argument's name (`request.region`, `options`,
 * `standards`) — never a `TypeError` from deep inside. Each check is a few `typeof` tests, made
 * once at the entry.
 *
 * @module
 */

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  object: '对象',
  array: '数组',
  undefined: '缺失',
  boolean: '布尔值',
};

/** What a value is, in words: `undefined`, `null`, `array`, `number`, … */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The typed error for one bad argument of `fn`, at `path` (the argument's name first). */
export function argumentError(
  fn: string,
  path: (string | number)[],
  expected: { en: string; zh: string },
  value: unknown,
): InputError {
  const got = kindOf(value);
  const issue: InputIssue = {
    path,
    pathText: pathToText(path),
    code: 'invalid_argument',
    message: {
      'zh-CN': `${fn} 的参数 ${pathToText(path)} 应为${expected.zh}（收到${TYPE_ZH[got] ?? got}）`,
      en: `${fn}: argument ${pathToText(path)} must be ${expected.en} (got ${got})`,
    },
  };
  return new InputError('argument', [issue]);
}

const OBJECT = { en: 'an object', zh: '对象' };
const STRING = { en: 'a string', zh: '字符串' };
const DATE = { en: 'a date written YYYY-MM-DD', zh: '以 YYYY-MM-DD 书写的日期' };
const ARRAY = { en: 'an array', zh: '数组' };

/** True for an object that is not null and not an array. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws unless `value` is an object (not null, not an array). */
export function checkObject(fn: string, name: string, value: unknown): Record<string, unknown> {
  if (!isRecord(value)) throw argumentError(fn, [name], OBJECT, value);
  return value;
}

/** Throws unless `record[key]` is a string (or absent, when `optional`). */
export function checkString(
  fn: string,
  name: string,
  record: Record<string, unknown>,
  key: string,
  optional = false,
): void {
  const v = record[key];
  if (typeof v === 'string' || (optional && v === undefined)) return;
  throw argumentError(fn, [name, key], key === 'on' ? DATE : STRING, v);
}

/** Throws unless `record[key]` is an array or absent. */
export function checkOptionalArray(
  fn: string,
  name: string,
  record: Record<string, unknown>,
  key: string,
): void {
  const v = record[key];
  if (v !== undefined && !Array.isArray(v)) throw argumentError(fn, [name, key], ARRAY, v);
}

const STANDARDS = {
  en: 'the standards resolved for the household (the `value` of a successful resolveStandards result)',
  zh: '为该户解析出的标准（resolveStandards 成功结果的 value）',
};

/** Throws unless `value` is shaped like {@link ResolvedStandards} (what the rules read of it). */
export function checkStandardsArg(fn: string, value: unknown): ResolvedStandards {
  if (
    !isRecord(value) ||
    typeof value.on !== 'string' ||
    typeof value.region !== 'string' ||
    !isRecord(value.params) ||
    !(value.memo instanceof Map)
  )
    throw argumentError(fn, ['standards'], STANDARDS, value);
  return value as unknown as ResolvedStandards;
}

const BORN_AFTER_ZH = '该成员的出生日期晚于评估日期';
const BORN_AFTER = bilingual('the member is born after the assessment date', BORN_AFTER_ZH);

/**
 * Facts of the household that contradict the assessment date: a member born after it. Each is an
 * issue at its path (`members[2].birthDate`, code `after_assessment_date`); such a household is
 * not assessed on that date.
 */
export function dateContradictions(h: Household, on: string): InputIssue[] {
  let issues: InputIssue[] | undefined;
  const members = h.members;
  for (let i = 0; i < members.length; i++) {
    const birth = (members[i] as Household['members'][number]).birthDate;
    // Valid ISO dates order as text.
    if (birth !== undefined && birth > on) {
      const path = ['members', i, 'birthDate'];
      if (issues === undefined) issues = [];
      issues.push({
        path,
        pathText: pathToText(path),
        code: 'after_assessment_date',
        message: { 'zh-CN': `${BORN_AFTER_ZH}（${clip(on)}）`, en: `${BORN_AFTER} (${clip(on)})` },
      });
    }
  }
  return issues ?? [];
}

/**
 * The checks every program function makes of its first two arguments: `standards` is a resolved
 * set of standards, the household is valid (validated unless it came from `parseHousehold`) and
 * consistent with the assessment date. Returns the validated household.
 *
 * @throws {InputError} of kind `argument` for bad standards; of kind `household` for a bad
 *   household or one whose facts contradict the date
 */
export function programArgs(
  fn: string,
  household: Household | HouseholdInput,
  standards: unknown,
): Household {
  const std = checkStandardsArg(fn, standards);
  const h = ensureHousehold(household);
  const contradictions = dateContradictions(h, std.on);
  if (contradictions.length > 0) throw new InputError('household', contradictions);
  return h;
}

const SCORE = { en: 'a decimal number or text, e.g. "90"', zh: '数字或以文本书写的小数，如 "90"' };

/**
 * Checks the `options` of `assess`: an object with `on` (text), and optionally `region` (text),
 * `events` and `bills` (arrays) and `democraticScore` (a number or text). What the values say is
 * checked where they are used (a region or date that names nothing is a `StandardsError`).
 */
export function checkAssessOptions(fn: string, options: unknown): void {
  const o = checkObject(fn, 'options', options);
  checkString(fn, 'options', o, 'on');
  checkString(fn, 'options', o, 'region', true);
  checkOptionalArray(fn, 'options', o, 'events');
  checkOptionalArray(fn, 'options', o, 'bills');
  const score = o.democraticScore;
  if (score !== undefined && typeof score !== 'string' && typeof score !== 'number')
    throw argumentError(fn, ['options', 'democraticScore'], SCORE, score);
}

/** Checks the `request` of `resolveStandards`: an object with `region` and `on`, both text. */
export function checkResolveRequest(fn: string, request: unknown): void {
  const r = checkObject(fn, 'request', request);
  checkString(fn, 'request', r, 'region');
  checkString(fn, 'request', r, 'on');
}

const AFTER_ZH = '日期晚于评估日期';
const AFTER = bilingual('the date is after the assessment date', AFTER_ZH);

/**
 * An event or a bill dated after the assessment date, as an issue at `path` (code
 * `after_assessment_date`); undefined when the date is on or before it.
 */
export function afterAssessmentDate(
  date: string,
  on: string,
  path: (string | number)[],
): InputIssue | undefined {
  if (date <= on) return undefined;
  return {
    path,
    pathText: pathToText(path),
    code: 'after_assessment_date',
    message: { 'zh-CN': `${AFTER_ZH}（${clip(on)}）`, en: `${AFTER} (${clip(on)})` },
  };
}

/** Throws unless `value` is an array (of anything; its items are checked where they are used). */
export function checkArray(fn: string, name: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw argumentError(fn, [name], ARRAY, value);
  return value;
}

const PERIOD_DATE = {
  en: `a date YYYY-MM-DD between ${MIN_DATE_YEAR}-01-01 and ${MAX_DATE_YEAR}-12-31`,
  zh: `${MIN_DATE_YEAR}-01-01 至 ${MAX_DATE_YEAR}-12-31 之间以 YYYY-MM-DD 书写的日期`,
};
const ANY_DATE = { en: 'a date written YYYY-MM-DD', zh: '以 YYYY-MM-DD 书写的日期' };
const MONTHS = { en: 'a whole number of months from 1 to 1200', zh: '1 至 1200 之间的整数月数' };

/**
 * Checks the arguments of `phaseOutPeriod`: `start` a date of the accepted years (so that adding
 * the months stays inside four-digit years), `months` a whole number 1–1200, `on` a date.
 */
export function checkPeriodArgs(fn: string, start: unknown, months: unknown, on: unknown): void {
  if (typeof start !== 'string' || !isIsoDate(start) || !inDateYears(start))
    throw argumentError(fn, ['start'], PERIOD_DATE, start);
  if (typeof months !== 'number' || !Number.isSafeInteger(months) || months < 1 || months > 1200)
    throw argumentError(fn, ['months'], MONTHS, months);
  if (typeof on !== 'string' || !isIsoDate(on)) throw argumentError(fn, ['on'], ANY_DATE, on);
}

function inDateYears(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  return y >= MIN_DATE_YEAR && y <= MAX_DATE_YEAR;
}
