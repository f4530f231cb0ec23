import type { z } from 'zod';
import { zhFor } from './bilingual';

/**
 * Typed input errors. Every bad field is listed with its path and a message in zh-CN and en;
 * nothing in the input is echoed back except the names of unexpected keys, each cut to
 * {@link MAX_ECHO} characters (ten at most per issue).
 *
 * @module
 */

/** One bad field. */
export interface InputIssue {
  /** Path of the bad field, e.g. `['members', 2, 'birthDate']`. */
  path: (string | number)[];
  /** The same path as text: `members[2].birthDate` (`(root)` for the whole input). */
  pathText: string;
  /** zod's issue code (`invalid_type`, `too_big`, `custom`, …). */
  code: string;
  message: { 'zh-CN': string; en: string };
}

/** What a parse function returns. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: InputError };

/**
 * The input that failed: a household, a standards table, an event, … — or `argument`, an argument
 * of a public function of the wrong kind (the issue's path starts with the argument's name).
 */
export type InputKind = 'household' | 'standards' | 'event' | 'options' | 'json' | 'argument';

/** A typed error for bad input; `issues` lists every bad field. */
export class InputError extends Error {
  readonly kind: InputKind;
  readonly issues: InputIssue[];

  constructor(kind: InputKind, issues: InputIssue[]) {
    const first = issues[0];
    super(
      `invalid ${kind}: ${issues.length} issue(s)${first ? `; first at ${first.pathText}: ${first.message.en}` : ''}`,
    );
    this.name = 'InputError';
    this.kind = kind;
    this.issues = issues;
  }

  /** A plain, JSON-safe copy. */
  toJSON(): { kind: InputKind; issues: InputIssue[] } {
    return { kind: this.kind, issues: this.issues };
  }
}

/** Longest piece of input (a key, a value) echoed in an issue; longer ones are cut, with "…". */
export const MAX_ECHO = 64;
/** Most unexpected keys named in one issue; the others are counted. */
const MAX_ECHOED_KEYS = 10;

/**
 * Input text as an issue may echo it: at most {@link MAX_ECHO} characters, then "…" (a 50 MB key
 * is never copied into an error).
 *
 * @example
 * clip('x'.repeat(100)).length // 65
 */
export function clip(text: string): string {
  return text.length <= MAX_ECHO ? text : `${text.slice(0, MAX_ECHO)}…`;
}

/** The unexpected keys an issue names: each clipped, at most ten, then how many more. */
function keyList(keys: readonly string[], sep: string, more: (n: number) => string): string {
  const shown = keys.slice(0, MAX_ECHOED_KEYS).map(clip).join(sep);
  return keys.length > MAX_ECHOED_KEYS ? `${shown}${more(keys.length - MAX_ECHOED_KEYS)}` : shown;
}

/** `members[2].birthDate` from `['members', 2, 'birthDate']`. */
export function pathToText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: 'null',
  undefined: '缺失',
  bigint: '大整数',
};

function zhType(t: unknown): string {
  return TYPE_ZH[String(t)] ?? String(t);
}

type Issue = z.core.$ZodIssue;

/** Renders one zod issue in both locales. */
function render(issue: Issue): { 'zh-CN': string; en: string } {
  const params = (issue as { params?: { zh?: string } }).params;
  switch (issue.code) {
    case 'invalid_type':
      return {
        'zh-CN': `类型错误：应为${zhType(issue.expected)}`,
        en: `invalid type: expected ${issue.expected}`,
      };
    case 'too_small':
      return {
        'zh-CN': `${issue.origin === 'array' ? '元素个数' : issue.origin === 'string' ? '长度' : '数值'}不能小于 ${String(issue.minimum)}`,
        en: `too small: ${issue.origin} must be at least ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        'zh-CN': `${issue.origin === 'array' ? '元素个数' : issue.origin === 'string' ? '长度' : '数值'}不能大于 ${String(issue.maximum)}`,
        en: `too big: ${issue.origin} must be at most ${String(issue.maximum)}`,
      };
    case 'invalid_format':
      return {
        'zh-CN': `格式错误：${params?.zh ?? zhFor(issue.message) ?? issue.message}`,
        en: issue.message,
      };
    case 'invalid_value':
      return {
        'zh-CN': `取值无效：应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一`,
        en: `invalid value: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        'zh-CN': `未知字段：${keyList(issue.keys, '、', (n) => ` 等（另有 ${n} 个）`)}`,
        en: `unrecognized key(s): ${keyList(issue.keys, ', ', (n) => ` and ${n} more`)}`,
      };
    case 'invalid_union':
      return { 'zh-CN': '不符合任何一种允许的形式', en: 'matches none of the allowed forms' };
    default:
      return { 'zh-CN': params?.zh ?? zhFor(issue.message) ?? issue.message, en: issue.message };
  }
}

/** Converts a zod error into {@link InputIssue}s, one per bad field. */
export function issuesFromZod(error: z.ZodError): InputIssue[] {
  const out: InputIssue[] = [];
  const collect = (issue: Issue, prefix: PropertyKey[]) => {
    // A key in the path (of a record, say) is input too: clipped like any echoed text.
    const path = [...prefix, ...issue.path].map((p) =>
      typeof p === 'number' ? p : clip(String(p)),
    );
    // A union of object shapes: report the branch errors rather than a bare "no match".
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = issue.errors.reduce((a, b) => (b.length < a.length && b.length > 0 ? b : a));
      if (best.length > 0 && issue.errors.every((e) => e.length > 0)) {
        for (const inner of best) collect(inner, path);
        return;
      }
    }
    out.push({
      path,
      pathText: pathToText(path),
      code: issue.code,
      message: render(issue),
    });
  };
  for (const issue of error.issues) collect(issue, []);
  return out;
}
