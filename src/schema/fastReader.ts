import type { z } from 'zod';
import { isIsoDate } from '../dates/calendar';
import { isMoneyProblem, moneySchema, readMoney } from './primitives';

/**
 * A fast reader compiled from a zod schema, for the valid input that is almost all of a batch.
 *
 * zod stays the definition: the reader is built by walking the schema's definition once, so a
 * field, a bound or an enum value changed in the schema changes the reader with it. A reader
 * answers either the value zod would give (the same object, keys in the schema's order) or
 * {@link NOT_READ}, which means only "let zod decide": the reader never accepts what zod refuses,
 * and anything unusual — an explicit `undefined`, an object with another prototype, a bad value —
 * goes to zod, which then reports the issues by path as it always has. A schema feature the
 * compiler does not know is an error when the reader is built, never a silent pass.
 *
 * @module
 */

/** What a reader answers when zod must decide. */
export const NOT_READ: unique symbol = Symbol('not read');

/** A compiled reader. */
export type Reader = (input: unknown) => unknown;

// zod 4 exposes a schema's definition as `_zod.def` (the core API for tools built on zod).
interface Def {
  type: string;
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): CheckDef[] {
  const checks = (def.checks ?? []) as { _zod: { def: CheckDef } }[];
  return checks.map((c) => c._zod.def);
}

function unsupported(what: string, path: string): never {
  throw new Error(
    `fast reader: ${what} at ${path || '(root)'} is not supported; extend fastReader.ts`,
  );
}

/** Length bounds from `min_length` / `max_length` checks; any other check is refused. */
function lengthBounds(
  def: Def,
  path: string,
  allowed: readonly string[] = [],
): { min: number; max: number; others: CheckDef[] } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const others: CheckDef[] = [];
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = c.minimum as number;
    else if (c.check === 'max_length') max = c.maximum as number;
    else if (allowed.includes(c.check)) others.push(c);
    else unsupported(`check ${c.check}`, path);
  }
  return { min, max, others };
}

function stringReader(def: Def, path: string): Reader {
  const { min, max, others } = lengthBounds(def, path, ['string_format']);
  const patterns: RegExp[] = [];
  for (const c of others) {
    if (
      c.format !== 'regex' ||
      !(c.pattern instanceof RegExp) ||
      c.pattern.global ||
      c.pattern.sticky
    )
      unsupported(`string format ${String(c.format)}`, path);
    patterns.push(c.pattern);
  }
  const format = def.format as string | undefined;
  if (format !== undefined && format !== 'date') unsupported(`string format ${format}`, path);
  const date = format === 'date';
  return (v) => {
    if (typeof v !== 'string' || v.length < min || v.length > max) return NOT_READ;
    if (date && !isIsoDate(v)) return NOT_READ;
    for (const p of patterns) if (!p.test(v)) return NOT_READ;
    return v;
  };
}

function intReader(def: Def, path: string): Reader {
  if (def.format !== 'safeint') unsupported(`number format ${String(def.format)}`, path);
  let min = Number.MIN_SAFE_INTEGER;
  let max = Number.MAX_SAFE_INTEGER;
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than' && c.inclusive === true) min = c.value as number;
    else if (c.check === 'less_than' && c.inclusive === true) max = c.value as number;
    else unsupported(`check ${c.check}`, path);
  }
  return (v) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : NOT_READ;
}

function objectReader(def: Def, path: string, generate: boolean): Reader {
  const catchall = def.catchall as z.ZodType | undefined;
  if (catchall === undefined || defOf(catchall).type !== 'never')
    unsupported('a non-strict object', path);
  const shape = def.shape as Record<string, z.ZodType>;
  const fields: Field[] = Object.keys(shape).map((key) => {
    let schema = shape[key] as z.ZodType;
    const optional = defOf(schema).type === 'optional';
    if (optional) schema = defOf(schema).innerType as z.ZodType;
    return { key, optional, read: compile(schema, path ? `${path}.${key}` : key, generate) };
  });
  return (generate ? generatedObjectReader(fields) : undefined) ?? interpretedObjectReader(fields);
}

interface Field {
  key: string;
  optional: boolean;
  read: Reader;
}

/** True for a plain JSON-like object: not an array, prototype `Object.prototype` or null. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The number of own enumerable keys (an unknown key makes it larger than the fields read). */
function keyCount(v: object): number {
  return Object.keys(v).length;
}

/**
 * An object reader written out as code, one named property access per field: V8 then caches
 * each access, where a loop over keys pays a dictionary lookup per field (about ten times
 * slower). Only the schema's own keys are written into the code. Undefined where code cannot be
 * generated (a content security policy without `unsafe-eval`): the interpreted reader is used.
 */
function generatedObjectReader(fields: readonly Field[]): Reader | undefined {
  const access = (key: string) =>
    /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  const lines = [
    'return function read(v) {',
    '  if (!isPlainObject(v)) return NOT_READ;',
    '  const out = {};',
    '  let seen = 0;',
    '  let x;',
    '  let y;',
  ];
  fields.forEach((f, i) => {
    const at = access(f.key);
    lines.push(`  x = v${at};`);
    lines.push('  if (x !== undefined) {');
    lines.push(`    y = r${i}(x);`);
    lines.push('    if (y === NOT_READ) return NOT_READ;');
    lines.push(`    out${at} = y;`);
    lines.push('    seen++;');
    lines.push(f.optional ? '  }' : '  } else return NOT_READ;');
  });
  // A key not read (unknown, or an explicit undefined) leaves more keys than were read.
  lines.push('  return keyCount(v) === seen ? out : NOT_READ;', '};');
  const names = fields.map((_, i) => `r${i}`);
  try {
    const make = new Function('isPlainObject', 'keyCount', 'NOT_READ', ...names, lines.join('\n'));
    return make(isPlainObject, keyCount, NOT_READ, ...fields.map((f) => f.read)) as Reader;
  } catch {
    return undefined;
  }
}

/** The same reader as {@link generatedObjectReader}, without generated code. */
function interpretedObjectReader(fields: readonly Field[]): Reader {
  return (v) => {
    if (!isPlainObject(v)) return NOT_READ;
    const out: Record<string, unknown> = {};
    let seen = 0;
    for (const f of fields) {
      const x = v[f.key];
      if (x === undefined) {
        if (!f.optional) return NOT_READ;
        continue;
      }
      const y = f.read(x);
      if (y === NOT_READ) return NOT_READ;
      out[f.key] = y;
      seen++;
    }
    return keyCount(v) === seen ? out : NOT_READ;
  };
}

function arrayReader(def: Def, path: string, generate: boolean): Reader {
  const { min, max } = lengthBounds(def, path);
  const element = compile(def.element as z.ZodType, `${path}[]`, generate);
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return NOT_READ;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const y = element(v[i]);
      if (y === NOT_READ) return NOT_READ;
      out[i] = y;
    }
    return out;
  };
}

function moneyReader(v: unknown): unknown {
  if (typeof v !== 'string' && typeof v !== 'number') return NOT_READ;
  const r = readMoney(v);
  return isMoneyProblem(r) ? NOT_READ : r;
}

const EMPTY = {};

/**
 * True when `Object.prototype` has an enumerable property — a polluted environment, where a
 * field absent from the input could be read from the prototype. Readers are not used then.
 */
export function prototypePolluted(): boolean {
  for (const _ in EMPTY) return true;
  return false;
}

/**
 * Compiles a reader (by default writing object readers as code; `generateCode: false` interprets
 * them, as where code cannot be generated) for a schema made of strict objects, optional and nullable fields, strings
 * (length bounds, regular expressions, `z.iso.date()`), safe integers with inclusive bounds,
 * booleans, enums, arrays with length bounds, and the library's money schema. Throws for
 * anything else.
 */
export function compileReader(schema: z.ZodType, options: { generateCode?: boolean } = {}): Reader {
  return compile(schema, '', options.generateCode ?? true);
}

function compile(schema: z.ZodType, path: string, generate: boolean): Reader {
  if (schema === (moneySchema as unknown as z.ZodType)) return moneyReader;
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectReader(def, path, generate);
    case 'array':
      return arrayReader(def, path, generate);
    case 'string':
      return stringReader(def, path);
    case 'number':
      return intReader(def, path);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : NOT_READ);
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => (typeof v === 'string' && values.has(v) ? v : NOT_READ);
    }
    case 'nullable': {
      const inner = compile(def.innerType as z.ZodType, path, generate);
      return (v) => (v === null ? null : inner(v));
    }
    default:
      return unsupported(`schema type ${def.type}`, path);
  }
}
