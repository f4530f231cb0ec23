import type { Locale, Messages } from './types';

/** A message, or a function that renders it when it is first read. */
export type MessageSource = Messages | (() => Messages);

/**
 * A message in every locale, rendered from its catalog entry when first read — by property,
 * `JSON.stringify` or {@link renderMessages} — and kept from then on. A batch that reads only
 * outcomes and amounts never pays for text it does not read.
 *
 * It reads like a plain `{ 'zh-CN', en }` object. Being a class instance, it does not survive
 * `structuredClone` or `postMessage` as it is: pass `JSON.parse(JSON.stringify(x))` or
 * {@link renderMessages} instead.
 */
export class DeferredMessages implements Messages {
  #render: (() => Messages) | undefined;
  #messages: Messages | undefined;

  constructor(render: () => Messages) {
    this.#render = render;
  }

  /** The rendered messages (rendered once). */
  #get(): Messages {
    let m = this.#messages;
    if (m === undefined) {
      m = (this.#render as () => Messages)();
      this.#messages = m;
      this.#render = undefined;
    }
    return m;
  }

  get 'zh-CN'(): string {
    return this.#get()['zh-CN'];
  }

  get en(): string {
    return this.#get().en;
  }

  /** The plain `{ 'zh-CN', en }` object, for `JSON.stringify`. */
  toJSON(): Messages {
    return this.#get();
  }
}

/** The message a source stands for: itself, or deferred when it is a function. */
export function deferMessages(source: MessageSource): Messages {
  return typeof source === 'function' ? new DeferredMessages(source) : source;
}

/**
 * A message as a plain object in every locale (rendering it if it was deferred).
 *
 * @example
 * renderMessages(d.reasons[0].message) // { 'zh-CN': '家庭人均收入 …', en: 'per-capita income …' }
 */
export function renderMessages(m: Messages): Record<Locale, string> {
  return m instanceof DeferredMessages ? m.toJSON() : m;
}
