import type { MessageArg, MessageRef } from '../trace/message';
import { traceMsg } from '../trace/messages';
import type { Locale, Messages, ReasonWithMessage, TraceStep } from '../trace/types';
import { CATALOGS } from './catalogs';

/** The catalog entry a message id names, or undefined when no catalog has it. */
function entryOf(id: string): ((...args: MessageArg[]) => Messages) | undefined {
  if (typeof id !== 'string') return undefined;
  const dot = id.indexOf('.');
  if (dot <= 0) return undefined;
  const catalog = CATALOGS[id.slice(0, dot)];
  const key = id.slice(dot + 1);
  return catalog !== undefined && Object.hasOwn(catalog, key) ? catalog[key] : undefined;
}

/** True when a catalog renders this message id. */
export function hasMessage(id: string): boolean {
  return entryOf(id) !== undefined;
}

/**
 * Renders a recorded message in every locale, from its catalog entry and arguments. A record
 * read back from JSON renders the same text as the one in memory. An id no catalog has (a record
 * written by a later version) renders as the id and its arguments, never throws.
 *
 * @param message - a step's message (`stepMessage(step)`) or a reason's (`reasonMessage`)
 * @returns the text in zh-CN and en
 *
 * @example
 * renderMessages({ id: 'dibao.noMembers', args: [] })
 * // { 'zh-CN': '没有计入的共同生活家庭成员', en: 'no co-resident member is counted' }
 */
export function renderMessages(message: MessageRef): Messages {
  const entry = entryOf(message.id);
  if (entry === undefined) {
    const text = `${message.id} ${JSON.stringify(message.args)}`;
    return { 'zh-CN': text, en: text };
  }
  return entry(...message.args);
}

/**
 * Renders a recorded message in one locale.
 *
 * @example
 * renderMessage({ id: 'dibao.noMembers', args: [] }, 'en') // 'no co-resident member is counted'
 */
export function renderMessage(message: MessageRef, locale: Locale): string {
  return renderMessages(message)[locale];
}

/** A step of a stored 0.2 record: its message as one object, no `code`. */
interface StoredStep {
  message?: MessageRef;
}

/**
 * The message a trace step states: its `code` (the catalog entry) and `args`. A step of a stored
 * 0.2 record (`message: { id, args }`) reads the same.
 *
 * @example
 * const d = assessDibao(household, std);
 * renderMessage(stepMessage(d.trace[0]), 'en')
 */
export function stepMessage(step: TraceStep): MessageRef {
  if (step.code === undefined) {
    const stored = (step as StoredStep).message;
    if (stored !== undefined) return stored;
  }
  return { id: step.code, args: step.args ?? [] };
}

/**
 * The message of a reason: the message of the step it names (`step`, read from the
 * determination's `trace`); its own, in a view without traces; or — for a missing fact or
 * parameter, whose text is fully given by its paths or parameter — the shared catalog entry made
 * from them. A reason that names a step no trace given has renders as a pointer to that step.
 *
 * @param reason - a reason of a determination
 * @param trace - the determination's trace (needed for a reason that names its step)
 *
 * @example
 * reasonMessage({ code: 'missing_fact', effect: 'missing', rule: 'dibao.area', paths: ['area'] })
 * // { id: 'trace.missingFacts', args: [['area']] }
 * const d = assessDibao(household, std);
 * reasonMessage(d.reasons[0], d.trace) // the message of the step the reason names
 */
export function reasonMessage(reason: ReasonWithMessage, trace?: readonly TraceStep[]): MessageRef {
  if (reason.code === 'missing_fact') return traceMsg.missingFacts(reason.paths);
  if (reason.code === 'missing_parameter') return traceMsg.missingParameter(reason.parameter);
  if (reason.message !== undefined) return reason.message;
  const step = reason.step ?? 0;
  const stated = trace?.[step - 1];
  return stated !== undefined ? stepMessage(stated) : traceMsg.seeStep(step);
}
