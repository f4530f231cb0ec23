import { CaseloadSummary } from '../analysis/caseloadSummary';
import { compareAssessments } from '../analysis/compareAssessments';
import { ComparisonSummary } from '../analysis/comparisonSummary';
import { type Assessment, type AssessOptions, assess } from '../assess/assess';
import type { Household } from '../schema/household';
import { InputError, type InputIssue, pathToText } from '../schema/issues';
import { parseHousehold } from '../schema/parseHousehold';
import { StandardsError } from '../standards/errors';
import type { StandardsTable } from '../standards/schema';
import { householdErrorLine, readLineJson } from './assessLines';
import type { LineBatch } from './lines';
import { readRequest } from './request';

/** What `compare` and `summarize` assess every line with. */
export interface AnalysisContext {
  /** The table of `summarize`, the old table of `compare`. */
  old: StandardsTable;
  /** The new table of `compare` (absent for `summarize`). */
  new?: StandardsTable;
  /** The date of every line that gives none. */
  on?: string;
  /** `compare`: the old and new dates of every line (before a line's own date). */
  onOld?: string;
  onNew?: string;
  region?: string;
}

/** A batch's counts and its part of the summary. */
export interface AnalysisBatch<S> {
  count: number;
  errors: number;
  summary: S;
}

function issue(path: (string | number)[], code: string, zh: string, en: string): InputIssue {
  return { path, pathText: pathToText(path), code, message: { 'zh-CN': zh, en } };
}

/** An error line, as `assess` writes it. */
function errorLine(line: number, kind: string, issues: InputIssue[]): string {
  return `{"line":${line},"ok":false,"error":${JSON.stringify({ kind, issues })}}\n`;
}

type Read =
  | { ok: false; text: string }
  | { ok: true; household: Household; options: Omit<AssessOptions, 'on'>; on?: string };

/** Reads one line as `assess` does: a household or a request, with the same error lines. */
function readLine(text: string, line: number, truncated: boolean, ctx: AnalysisContext): Read {
  const json = readLineJson(text, line, truncated);
  if (!json.ok) return json;
  const value = json.value;
  const req = readRequest(value);
  if (Array.isArray(req)) return { ok: false, text: errorLine(line, 'request', req) };
  const parsed = parseHousehold(req.household);
  if (!parsed.ok) return householdErrorLine(line, parsed.error.issues, req.envelope);
  const region = req.region ?? ctx.region;
  return {
    ok: true,
    household: parsed.value,
    ...(req.on !== undefined ? { on: req.on } : {}),
    options: {
      ...(region !== undefined ? { region } : {}),
      ...(req.events.length > 0 ? { events: req.events as AssessOptions['events'] } : {}),
      ...(req.bills.length > 0 ? { bills: req.bills as AssessOptions['bills'] } : {}),
      ...(req.democraticScore !== undefined ? { democraticScore: req.democraticScore } : {}),
    },
  };
}

const noDate = (line: number) =>
  errorLine(line, 'request', [
    issue(
      ['on'],
      'missing_date',
      '没有评估日期：请用 --on 给出，或在请求中给出 on',
      'no assessment date: give --on, or `on` in the request',
    ),
  ]);

/** The error line of an assessment that threw (bad event, no standards in force, a bug). */
function failed(line: number, e: unknown, ctx: AnalysisContext, side?: 'old' | 'new'): string {
  if (e instanceof InputError) return errorLine(line, e.kind, e.issues);
  if (e instanceof StandardsError) {
    const path = ctx.region === undefined ? ['region'] : [];
    const which = side === undefined ? '' : side === 'old' ? '旧表：' : '新表：';
    const whichEn = side === undefined ? '' : `${side} table: `;
    return errorLine(line, 'standards', [
      issue(path, e.code, `${which}${e.messages['zh-CN']}`, `${whichEn}${e.messages.en}`),
    ]);
  }
  return errorLine(line, 'internal', [
    issue([], 'internal_error', `内部错误：${String(e)}`, `internal error: ${String(e)}`),
  ]);
}

function isBlank(l: string): boolean {
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** A line read as a household or request, with its line number. */
type ReadLine = Extract<Read, { ok: true }> & { line: number };

/** What one line gives: an output line, an error line, or nothing (it went into a summary). */
type LineOutput = { ok: boolean; text: string } | undefined;

/**
 * Reads every non-blank line of a batch as `assess` does and hands each readable one to `each`;
 * an unreadable line becomes an error line. Every line written goes to `emit`, and the error
 * lines are counted.
 */
function eachLine(
  batch: LineBatch,
  ctx: AnalysisContext,
  emit: (text: string) => void,
  each: (r: ReadLine) => LineOutput,
): { count: number; errors: number } {
  let count = 0;
  let errors = 0;
  const last = batch.lines.length - 1;
  for (let i = 0; i <= last; i++) {
    const l = batch.lines[i] as string;
    if (isBlank(l)) continue;
    count++;
    const line = batch.first + i;
    const r = readLine(l, line, batch.truncatedLast && i === last, ctx);
    if (!r.ok) {
      errors++;
      emit(r.text);
      continue;
    }
    const out = each({ ...r, line });
    if (out === undefined) continue;
    if (!out.ok) errors++;
    emit(out.text);
  }
  return { count, errors };
}

/**
 * Compares a batch of lines under the context's two tables: per non-blank line one output line
 * `{"line", "ok": true, "comparison"}` (or an error line, as `assess` writes them), handed to
 * `emit`; the households are added to the batch's {@link ComparisonSummary}.
 */
export function compareBatch(
  batch: LineBatch,
  ctx: AnalysisContext,
  emit: (text: string) => void,
  summary = new ComparisonSummary(),
): AnalysisBatch<ComparisonSummary> {
  const counts = eachLine(batch, ctx, emit, (r) => {
    const onOld = ctx.onOld ?? r.on ?? ctx.on;
    const onNew = ctx.onNew ?? r.on ?? ctx.on;
    if (onOld === undefined || onNew === undefined) return { ok: false, text: noDate(r.line) };
    let before: Assessment;
    let after: Assessment;
    let side: 'old' | 'new' = 'old';
    try {
      before = assess(r.household, ctx.old, { ...r.options, on: onOld });
      side = 'new';
      after = assess(r.household, ctx.new ?? ctx.old, { ...r.options, on: onNew });
    } catch (e) {
      return { ok: false, text: failed(r.line, e, ctx, side) };
    }
    const c = compareAssessments(before, after);
    summary.add(before, after, c);
    return { ok: true, text: `{"line":${r.line},"ok":true,"comparison":${JSON.stringify(c)}}\n` };
  });
  return { ...counts, summary };
}

/**
 * Assesses a batch of lines under the context's table and adds each household to the batch's
 * {@link CaseloadSummary}; an error line (as `assess` writes it) goes to `emit`.
 */
export function summarizeBatch(
  batch: LineBatch,
  ctx: AnalysisContext,
  emit: (text: string) => void,
  summary = new CaseloadSummary(),
): AnalysisBatch<CaseloadSummary> {
  const counts = eachLine(batch, ctx, emit, (r) => {
    const on = r.on ?? ctx.on;
    if (on === undefined) return { ok: false, text: noDate(r.line) };
    try {
      summary.add(assess(r.household, ctx.old, { ...r.options, on }));
    } catch (e) {
      return { ok: false, text: failed(r.line, e, ctx) };
    }
    return undefined;
  });
  return { ...counts, summary };
}
