import { parseArgs } from 'node:util';
import { isIsoDate } from '../dates/calendar';
import { clipText } from '../text/clipText';

/** A usage error: bad options or arguments (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The exit codes of every command: 0 ok; 1 some input failed (error lines, an invalid household,
 * error findings); 2 usage or table error; 3 the output could not be written (ENOSPC, EPIPE, …:
 * what was written is incomplete); 4 internal error (a fault of jiuzhu, reported in one line).
 */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, output: 3, internal: 4 } as const;

/** A value from the command line as echoed in a message: quoted, and cut to 64 characters. */
export function echo(value: string): string {
  return JSON.stringify(clipText(value));
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** Parsed options and positionals of one command. */
export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments strictly (unknown options are a {@link UsageError}). `-h`/`--help`
 * is always accepted.
 */
export function parseCommandArgs(args: string[], options: OptionSpec): Parsed {
  try {
    const r = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    // parseArgs echoes the option it rejects (twice): each long word is cut to 64 characters.
    throw new UsageError((e as Error).message.replace(/[^\s'"]{65,}/g, (word) => clipText(word)));
  }
}

/** A string option, or undefined. */
export function stringOption(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A required string option. */
export function requiredOption(p: Parsed, name: string, why = ''): string {
  const v = stringOption(p, name);
  if (v === undefined || v === '') throw new UsageError(`--${name} is required${why}`);
  return v;
}

/**
 * Checks a `YYYY-MM-DD` option naming a real day (2021-02-30 is a usage error, not an error line
 * for every input line).
 */
export function dateOption(p: Parsed, name: string, required: boolean): string | undefined {
  const v = required ? requiredOption(p, name) : stringOption(p, name);
  if (v !== undefined && !isIsoDate(v))
    throw new UsageError(`--${name} must be a real date written YYYY-MM-DD (got ${echo(v)})`);
  return v;
}

/** Checks a six-digit region code option. */
export function regionOption(p: Parsed): string | undefined {
  const v = stringOption(p, 'region');
  if (v !== undefined && !/^\d{6}$/.test(v))
    throw new UsageError(`--region must be a six-digit GB/T 2260 code (got ${echo(v)})`);
  return v;
}

/**
 * A whole-number option from `min` to `max`, or `undefined` when absent. Only decimal digits are
 * accepted: `''`, `' 2'`, `'+2'`, `'0x2'`, `'1e1'` and `'2.0'` are usage errors (Number() would
 * take them all).
 */
export function countOption(p: Parsed, name: string, min: number, max: number): number | undefined {
  const v = stringOption(p, name);
  if (v === undefined) return undefined;
  const n = /^[0-9]+$/.test(v) ? Number(v) : Number.NaN;
  if (!(n >= min && n <= max))
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got ${echo(v)})`);
  return n;
}
