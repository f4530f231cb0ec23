import { InputError, issuesFromZod, type ParseResult } from '../schema/issues';
import { type HardshipEvent, hardshipEventSchema } from './event-schema';

/**
 * Validates a hardship event for 临时救助 (R5). Never throws.
 *
 * @param input - an untrusted value (e.g. from `JSON.parse`)
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with every bad field in zh-CN and en
 *
 * @example
 * const r = parseHardshipEvent({ kind: 'emergency', recipient: 'household', cause: 'fire',
 *   date: '2021-09-01', region: '640104', affectedMemberIds: ['a'] });
 * r.ok // true
 *
 * parseHardshipEvent({ kind: 'expenditure', recipient: 'household', cause: 'fire',
 *   date: '2021-09-01', region: '640104', affectedMemberIds: ['a'] }).ok // false (cause ≠ kind)
 */
export function parseHardshipEvent(input: unknown): ParseResult<HardshipEvent> {
  const r = hardshipEventSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, error: new InputError('event', issuesFromZod(r.error)) };
}
