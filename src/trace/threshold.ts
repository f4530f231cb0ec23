import type { Rational } from '../money/rational';
import type { MessageRef } from './message';
import { exact, type Recorder, type Rule } from './recorder';
import type { ComparisonCode, ComparisonReason, ParameterUse } from './types';

/** A test of an actual value against a threshold, as a rule states it. */
export interface ThresholdTest {
  /** What is compared, e.g. `per-capita monthly income`. */
  subject: string;
  /** The test that must hold: `<` for "below the standard" (低于: equality fails). */
  test: '<' | '<=' | '>=' | '>';
  actual: Rational;
  threshold: Rational;
  unit: ComparisonReason['unit'];
  /** The reason codes when the test holds and when it fails. */
  codes: readonly [holds: ComparisonCode, fails: ComparisonCode];
  /** The message, given whether the test holds and the gap between actual and threshold. */
  message: (holds: boolean, gap: Rational) => MessageRef;
  /** The table parameter the threshold comes from. */
  parameter?: string;
  memberId?: string;
  /** Values for the trace step; the step is written only when given. */
  values?: Record<string, string>;
  parameters?: ParameterUse[];
}

/**
 * Decides a threshold test exactly and records it: a comparison reason (it qualifies when the
 * test holds, disqualifies when it fails) with the threshold, the actual value and the gap (their
 * absolute difference), and a trace step when `values` are given. Returns whether the test holds.
 *
 * @example
 * testThreshold(rec, RULES.income, { subject: 'per-capita monthly income', test: '<',
 *   actual: Rational.int(940), threshold: Rational.int(940), unit: 'yuan',
 *   codes: ['income_below_threshold', 'income_not_below_threshold'], message })
 * // false — equal to the standard is not below it
 */
export function testThreshold(rec: Recorder, rule: Rule, t: ThresholdTest): boolean {
  const c = t.actual.cmp(t.threshold);
  const holds =
    t.test === '<' ? c < 0 : t.test === '<=' ? c <= 0 : t.test === '>=' ? c >= 0 : c > 0;
  const gap = c < 0 ? t.threshold.sub(t.actual) : t.actual.sub(t.threshold);
  const message = t.message(holds, gap);
  const fields: Omit<ComparisonReason, 'rule' | 'step'> & { message: MessageRef } = {
    code: holds ? t.codes[0] : t.codes[1],
    effect: holds ? 'qualifies' : 'disqualifies',
    subject: t.subject,
    test: t.test,
    threshold: exact(t.threshold),
    actual: exact(t.actual),
    gap: exact(gap),
    unit: t.unit,
    message,
  };
  if (t.parameter !== undefined) fields.parameter = t.parameter;
  if (t.memberId !== undefined) fields.memberId = t.memberId;
  rec.compare(rule, fields);
  if (t.values !== undefined) rec.step(rule, message, t.values, t.parameters);
  return holds;
}
