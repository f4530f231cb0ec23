import { bilingual } from './bilingual';
import { type InputIssue, pathToText } from './issues';

/**
 * Reading an untrusted value as its JSON would read: a plain copy made of its own enumerable
 * properties only. A value built in code rather than by `JSON.parse` may carry what JSON cannot —
 * a getter or a Proxy trap that throws, a property inherited from a prototype, an object that
 * contains itself. The copy reads none of it as a fact: inherited properties are not copied, and
 * a read that throws or a cycle is an input issue at its path, never the caller's exception or a
 * walk without end.
 *
 * @module
 */

const UNREADABLE_ZH = '无法读取该值（读取时抛出异常，如取值器或代理）';
const UNREADABLE = bilingual(
  'the value could not be read (reading it threw, e.g. a getter or a Proxy)',
  UNREADABLE_ZH,
);
const CYCLE_ZH = '该对象包含自身（循环引用），不是 JSON 数据';
const CYCLE = bilingual('the object contains itself (a cycle); it is not JSON data', CYCLE_ZH);

/** What {@link ownData} returns: the copy, or the issues that stopped it. */
export type OwnData = { ok: true; value: unknown } | { ok: false; issues: InputIssue[] };

interface Frame {
  src: object;
  out: Record<string, unknown> | unknown[];
  keys: readonly string[];
  next: number;
  array: boolean;
  /** An array's length, read on entry. */
  length: number;
}

/**
 * A copy of `input` made of own enumerable properties (a key `__proto__` stays a plain own key, for
 * the prototype-key check to refuse), each read once. An object met twice
 * (not in a cycle) is copied once and shared, as it was. Iterative, so deep nesting cannot
 * overflow the stack. Stops at `limit` issues.
 *
 * @example
 * ownData(Object.create({ area: 'urban' })) // { ok: true, value: {} } — nothing inherited
 * ownData({ get area() { throw new Error('x'); } }).ok // false: an issue at `area`
 */
export function ownData(input: unknown, limit = 10): OwnData {
  const issues: InputIssue[] = [];
  const copies = new Map<object, unknown>();
  const open = new Set<object>();
  const stack: Frame[] = [];
  const pathHere = (): (string | number)[] =>
    stack.map((f) => {
      const key = f.keys[f.next - 1] as string;
      return f.array ? Number(key) : key;
    });
  const report = (path: (string | number)[], cycle: boolean) => {
    issues.push({
      path,
      pathText: pathToText(path),
      code: cycle ? 'cycle' : 'unreadable',
      message: cycle
        ? { 'zh-CN': CYCLE_ZH, en: CYCLE }
        : { 'zh-CN': UNREADABLE_ZH, en: UNREADABLE },
    });
  };
  /** The copy of a value, a new frame to fill it, or the problem with it. */
  const enter = (value: unknown): { value: unknown; frame?: Frame } | 'cycle' | 'unreadable' => {
    if (typeof value !== 'object' || value === null) return { value };
    if (open.has(value)) return 'cycle';
    if (copies.has(value)) return { value: copies.get(value) };
    try {
      const array = Array.isArray(value);
      const keys = Object.keys(value);
      const length = array ? (value as unknown[]).length : 0;
      // An array is filled in index order (so it stays packed) and given its length at the end.
      const out: Frame['out'] = array ? [] : ({} as Record<string, unknown>);
      copies.set(value, out);
      open.add(value);
      return { value: out, frame: { src: value, out, keys, next: 0, array, length } };
    } catch {
      return 'unreadable';
    }
  };

  const root = enter(input);
  if (typeof root === 'string') {
    report([], root === 'cycle');
    return { ok: false, issues };
  }
  if (root.frame) stack.push(root.frame);
  while (stack.length > 0 && issues.length < limit) {
    const f = stack[stack.length - 1] as Frame;
    if (f.next >= f.keys.length) {
      // Trailing holes are kept as holes (zod reports them); a length beyond any array is not.
      const n = f.length;
      if (f.array && Number.isSafeInteger(n) && n > (f.out as unknown[]).length && n < 2 ** 32)
        (f.out as unknown[]).length = n;
      open.delete(f.src);
      stack.pop();
      continue;
    }
    const key = f.keys[f.next++] as string;
    let value: unknown;
    try {
      value = (f.src as Record<string, unknown>)[key];
    } catch {
      report(pathHere(), false);
      continue;
    }
    const child = enter(value);
    if (typeof child === 'string') {
      report(pathHere(), child === 'cycle');
      continue;
    }
    if (f.array) (f.out as unknown[])[Number(key)] = child.value;
    else if (key === '__proto__')
      // An own key named `__proto__` stays a plain key (for the prototype-key check to refuse).
      Object.defineProperty(f.out, key, {
        value: child.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else (f.out as Record<string, unknown>)[key] = child.value;
    if (child.frame) stack.push(child.frame);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: root.value };
}

/**
 * Freezes a value made by a parse function and everything in it, so that what was validated is
 * what the rules read: an amount cannot become `'abc'` or `-1` after it was checked. Recursive —
 * a parsed value is no deeper than its schema — and each object is frozen before its children
 * are visited, so nothing is visited twice.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

function freezeTree(v: object): void {
  Object.freeze(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) freezeTree(x);
    }
  } else {
    for (const k in v) {
      const x: unknown = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) freezeTree(x);
    }
  }
}
