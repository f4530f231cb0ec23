import { isCalendarDate } from '../dates/calendar';
import type { InputIssue } from '../schema/issues';
import { clipText } from '../text/clipText';

/** What one input line asks for: a household, and optionally its own date, region and inputs. */
export interface AssessRequest {
  household: unknown;
  /** True when the line was an envelope: household errors are then reported under `household`. */
  envelope: boolean;
  on?: string;
  region?: string;
  events: unknown[];
  bills: unknown[];
  democraticScore?: string | number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function bad(path: string, zh: string, en: string): InputIssue {
  return { path: [path], pathText: path, code: 'invalid_request', message: { 'zh-CN': zh, en } };
}

/** Keys of an envelope: the request's own, then a fixture's (read as said above, or ignored). */
const ENVELOPE_KEYS = new Set([
  'household',
  'on',
  'region',
  'events',
  'bills',
  'democraticScore',
  'name',
  'description',
  'table',
  'expected',
  'inputs',
]);
const FIXTURE_INPUT_KEYS = new Set(['event', 'bill', 'democraticScore', 'memberId']);

/**
 * An issue for each key not in `known`: a misspelt key (`evnets`) is an error, not ignored. A key
 * is echoed (in the path and the message) cut to 64 characters.
 */
function unknownKeys(
  value: Record<string, unknown>,
  known: Set<string>,
  prefix: string,
): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const name of Object.keys(value)) {
    if (known.has(name)) continue;
    const key = clipText(name);
    const pathText = prefix === '' ? key : `${prefix}.${key}`;
    issues.push({
      path: prefix === '' ? [key] : [prefix, key],
      pathText,
      code: 'unrecognized_keys',
      message: { 'zh-CN': `未知字段：${key}`, en: `unrecognized key: ${key}` },
    });
  }
  return issues;
}

/**
 * Reads one input value as a request. A bare household is a request for that household. An object
 * with a `household` object is an envelope: `{ household, on?, region?, events?, bills?,
 * democraticScore? }` — its own assessment date, region, hardship events, medical bills and
 * democratic-assessment score. A fixture file of this repository is an envelope too (its
 * `inputs.event`, `inputs.bill` and `inputs.democraticScore` are taken as an event, a bill and the
 * score; its name, description, table name, expected results and `inputs.memberId` are ignored).
 * Any other key of an envelope, or of its `inputs`, is an issue: a misspelt `events` would
 * otherwise drop the events without a word.
 *
 * @returns the request, or the issues of a malformed envelope
 */
export function readRequest(value: unknown): AssessRequest | InputIssue[] {
  if (!isObject(value) || !isObject(value.household)) {
    return { household: value, envelope: false, events: [], bills: [] };
  }
  const issues = unknownKeys(value, ENVELOPE_KEYS, '');
  const { on, region, events, bills, inputs, democraticScore } = value;
  if (inputs !== undefined && !isObject(inputs)) {
    issues.push(bad('inputs', '应为对象', 'expected an object'));
  } else if (inputs !== undefined) {
    issues.push(...unknownKeys(inputs, FIXTURE_INPUT_KEYS, 'inputs'));
  }
  if (on !== undefined && (typeof on !== 'string' || !isCalendarDate(on))) {
    issues.push(
      bad(
        'on',
        '应为以 YYYY-MM-DD 书写的有效日历日期',
        'expected a calendar date written YYYY-MM-DD',
      ),
    );
  }
  if (region !== undefined && (typeof region !== 'string' || !/^\d{6}$/.test(region))) {
    issues.push(
      bad(
        'region',
        '应为六位 GB/T 2260 行政区划代码',
        'expected a six-digit GB/T 2260 region code',
      ),
    );
  }
  if (events !== undefined && !Array.isArray(events)) {
    issues.push(bad('events', '应为数组', 'expected an array'));
  }
  if (bills !== undefined && !Array.isArray(bills)) {
    issues.push(bad('bills', '应为数组', 'expected an array'));
  }
  if (
    democraticScore !== undefined &&
    typeof democraticScore !== 'string' &&
    typeof democraticScore !== 'number'
  ) {
    issues.push(
      bad(
        'democraticScore',
        '应为数字或以文本书写的小数',
        'expected a number or a decimal written as text',
      ),
    );
  }
  if (issues.length > 0) return issues;
  const fixtureInputs = isObject(inputs) ? inputs : {};
  return {
    household: value.household,
    envelope: true,
    ...(typeof on === 'string' ? { on } : {}),
    ...(typeof region === 'string' ? { region } : {}),
    events: Array.isArray(events)
      ? events
      : fixtureInputs.event !== undefined
        ? [fixtureInputs.event]
        : [],
    bills: Array.isArray(bills)
      ? bills
      : fixtureInputs.bill !== undefined
        ? [fixtureInputs.bill]
        : [],
    ...scoreOf(democraticScore ?? fixtureInputs.democraticScore),
  };
}

function scoreOf(v: unknown): { democraticScore?: string | number } {
  return typeof v === 'string' || typeof v === 'number' ? { democraticScore: v } : {};
}
