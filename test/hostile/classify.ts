import { expect } from 'vitest';
import { InputError, StandardsError } from '../../src/index';

/** What a hostile case came to. */
export type Outcome =
  | { kind: 'value'; value: unknown }
  | { kind: 'input'; error: InputError }
  | { kind: 'standards'; error: StandardsError };

/**
 * Runs a case and allows only a value, an InputError or a StandardsError; anything else
 * (TypeError, RangeError, a stack overflow) fails the test with the case that caused it.
 */
export function classify(label: string, fn: () => unknown): Outcome {
  try {
    return { kind: 'value', value: fn() };
  } catch (e) {
    if (e instanceof InputError) {
      expect(e.issues.length, `${label}: an InputError lists its issues`).toBeGreaterThan(0);
      for (const issue of e.issues) {
        expect(Array.isArray(issue.path)).toBe(true);
        expect(typeof issue.pathText).toBe('string');
        expect(issue.message.en.length).toBeGreaterThan(0);
        expect(issue.message['zh-CN'].length).toBeGreaterThan(0);
      }
      return { kind: 'input', error: e };
    }
    if (e instanceof StandardsError) return { kind: 'standards', error: e };
    throw new Error(`${label}: unexpected ${(e as Error)?.name}: ${(e as Error)?.message}`, {
      cause: e,
    });
  }
}

/** The parse functions return instead of throwing: a result that is ok or holds an InputError. */
export function expectParseResult(r: unknown): void {
  const res = r as { ok: boolean; value?: unknown; error?: unknown };
  expect(typeof res.ok).toBe('boolean');
  if (!res.ok) {
    expect(res.error).toBeInstanceOf(InputError);
    expect((res.error as InputError).issues.length).toBeGreaterThan(0);
  }
}

/** Nothing has been written onto Object.prototype. */
export function expectNoPollution(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  const probe = {} as Record<string, unknown>;
  for (const k of ['polluted', 'isAdmin', 'type', 'yuan', 'x']) expect(probe[k]).toBeUndefined();
}
