import { assess } from '../assess/assess';
import type { IsoDate } from '../dates/calendar';
import type { MedicalBillInput } from '../medical-aid/bill';
import { InputError, type InputIssue, pathToText } from '../schema/issues';
import { parseHousehold } from '../schema/parseHousehold';
import { StandardsError } from '../standards/errors';
import type { StandardsTable } from '../standards/schema';
import type { HardshipEventInput } from '../temporary-aid/event-schema';
import { clipText } from '../text/clipText';
import { assessmentView, type Detail } from './detail';
import { type LineBatch, overlong } from './lines';
import { readRequest } from './request';

/** What every line of a run is assessed with. */
export interface AssessContext {
  table: StandardsTable;
  /** How much of each assessment is written (`full` when absent). */
  detail?: Detail;
  /** The date of every line that does not give its own. */
  on?: IsoDate;
  region?: string;
}

/** The kinds of error a line can have. */
export type LineErrorKind = 'json' | 'request' | 'household' | 'event' | 'standards' | 'internal';

/** The counts of a batch. */
export interface BatchCounts {
  /** Non-blank lines. */
  count: number;
  errors: number;
}

function issue(
  path: (string | number)[],
  pathText: string,
  code: string,
  zh: string,
  en: string,
): InputIssue {
  return { path, pathText, code, message: { 'zh-CN': zh, en } };
}

function errorLine(line: number, kind: LineErrorKind, issues: InputIssue[]): string {
  return `{"line":${line},"ok":false,"error":${JSON.stringify({ kind, issues })}}\n`;
}

/**
 * The JSON value of one input line, or its error line: a line over the length limit (the
 * reader's marker), a line that is not JSON, or a last line cut short. Every command that reads
 * households line by line starts here, so they report these alike.
 */
export function readLineJson(
  text: string,
  line: number,
  truncated: boolean,
): { ok: true; value: unknown } | { ok: false; text: string } {
  if (text.charCodeAt(0) === 10) return { ok: false, text: overlongErrorLine(text, line) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      text: truncated
        ? errorLine(line, 'json', [
            issue(
              [],
              '(root)',
              'truncated_json',
              '最后一行不完整（没有换行符），且不是有效的 JSON',
              'the last line is incomplete (no line end) and is not valid JSON',
            ),
          ])
        : errorLine(line, 'json', [
            issue(
              [],
              '(root)',
              'invalid_json',
              '该行不是有效的 JSON',
              'the line is not valid JSON',
            ),
          ]),
    };
  }
}

/**
 * Assesses one input line and returns its output line (with the line end). Never throws: a line
 * that is not JSON, not a valid household or has no standards in force gives an error line with
 * the paths of the bad fields. The input itself is never echoed.
 */
export function assessLine(text: string, line: number, truncated: boolean, ctx: AssessContext) {
  const json = readLineJson(text, line, truncated);
  if (!json.ok) return json;
  const value = json.value;
  /** True when the household came inside a request: its issues' paths start at `household`. */
  let envelope = false;
  try {
    const req = readRequest(value);
    if (Array.isArray(req)) return { ok: false, text: errorLine(line, 'request', req) };
    envelope = req.envelope;
    const on = req.on ?? ctx.on;
    if (on === undefined) {
      return {
        ok: false,
        text: errorLine(line, 'request', [
          issue(
            ['on'],
            'on',
            'missing_date',
            '没有评估日期：请用 --on 给出，或在请求中给出 on',
            'no assessment date: give --on, or `on` in the request',
          ),
        ]),
      };
    }
    const parsed = parseHousehold(req.household);
    if (!parsed.ok) return householdErrorLine(line, parsed.error.issues, envelope);
    const region = req.region ?? ctx.region;
    const a = assess(parsed.value, ctx.table, {
      on,
      ...(region !== undefined ? { region } : {}),
      ...(req.events.length > 0 ? { events: req.events as HardshipEventInput[] } : {}),
      ...(req.bills.length > 0 ? { bills: req.bills as MedicalBillInput[] } : {}),
      ...(req.democraticScore !== undefined ? { democraticScore: req.democraticScore } : {}),
    });
    const written = ctx.detail === undefined ? a : assessmentView(a, ctx.detail);
    return {
      ok: true,
      text: `{"line":${line},"ok":true,"assessment":${JSON.stringify(written)}}\n`,
    };
  } catch (e) {
    // A household fact that contradicts the date (a member born after it) is found by `assess`.
    if (e instanceof InputError && e.kind === 'household')
      return householdErrorLine(line, e.issues, envelope);
    if (e instanceof InputError)
      return { ok: false, text: errorLine(line, e.kind as LineErrorKind, e.issues) };
    if (e instanceof StandardsError) {
      const path = ctx.region === undefined ? ['region'] : [];
      return {
        ok: false,
        text: errorLine(line, 'standards', [
          issue(
            path,
            path.length ? 'region' : '(root)',
            e.code,
            e.messages['zh-CN'],
            e.messages.en,
          ),
        ]),
      };
    }
    // The error's text is cut: it may hold a value of the input.
    const what = clipText(String(e), INTERNAL_TEXT_LIMIT);
    return {
      ok: false,
      text: errorLine(line, 'internal', [
        issue([], '(root)', 'internal_error', `内部错误：${what}`, `internal error: ${what}`),
      ]),
    };
  }
}

/** The most characters of an internal error's own text written in its error line. */
const INTERNAL_TEXT_LIMIT = 200;

/** The error line of a line over the length limit (read as a marker by `lineBatches`). */
function overlongErrorLine(marker: string, line: number): string {
  const { bytes, limit } = overlong(marker) as { bytes: number; limit: number };
  return errorLine(line, 'json', [
    issue(
      [],
      '(root)',
      'line_too_long',
      `该行长 ${bytes} 字节，超过上限 ${limit} 字节，未读取`,
      `the line is ${bytes} bytes long, over the limit of ${limit} bytes; it was not read`,
    ),
  ]);
}

/** An issue of the household inside an envelope, with its path under `household`. */
/** The error line of an invalid household: paths from the request's `household` when enveloped. */
export function householdErrorLine(
  line: number,
  issues: InputIssue[],
  envelope: boolean,
): { ok: false; text: string } {
  return {
    ok: false,
    text: errorLine(line, 'household', envelope ? issues.map(underHousehold) : issues),
  };
}

function underHousehold(i: InputIssue): InputIssue {
  const path = ['household', ...i.path];
  return { ...i, path, pathText: pathToText(path) };
}

/**
 * Assesses a batch of lines, handing each output line to `emit` as soon as it is made (so no
 * batch-sized string is built); blank lines are skipped (no output) but keep their numbers.
 */
export function assessBatch(
  batch: LineBatch,
  ctx: AssessContext,
  emit: (text: string) => void,
): BatchCounts {
  let count = 0;
  let errors = 0;
  const last = batch.lines.length - 1;
  for (let i = 0; i <= last; i++) {
    const l = batch.lines[i] as string;
    if (isBlank(l)) continue;
    const r = assessLine(l, batch.first + i, batch.truncatedLast && i === last, ctx);
    emit(r.text);
    count++;
    if (!r.ok) errors++;
  }
  return { count, errors };
}

function isBlank(l: string): boolean {
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
