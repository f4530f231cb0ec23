import type { Rational } from '../money/rational';
import type { Messages } from './types';

/**
 * Messages as data: a step or a reason holds a {@link MessageRef} — a catalog id and the
 * arguments of that catalog entry — never rendered text. Text is rendered at the edge, per
 * locale, by `renderMessage` (`src/render/`), the way zod renders an issue from its code.
 *
 * @module
 */

/**
 * Money shown to people, rounded to the fen (0.01 yuan) when it is first read. The exact value
 * stays in the step's `values`; the shown text is all a message needs. Formatting is deferred, so
 * a batch that never renders text never pays for it. In JSON it is the two-decimal text.
 */
export class Shown {
  readonly #value: Rational;
  #text: string | undefined;

  constructor(value: Rational) {
    this.#value = value;
  }

  toString(): string {
    let t = this.#text;
    if (t === undefined) {
      t = this.#value.toFixed(2);
      this.#text = t;
    }
    return t;
  }

  toJSON(): string {
    return this.toString();
  }
}

/** Text a catalog entry interpolates: plain text, or money shown to the fen. */
export type Text = string | Shown;

/**
 * An argument of a catalog entry, as JSON data (a {@link Shown} becomes its text): text, numbers,
 * booleans, lists, and plain objects of the table's own data (a label `{ zh-CN, en }`, a member
 * condition).
 */
export type MessageArg =
  | Text
  | number
  | boolean
  | null
  | undefined
  | Messages
  | readonly MessageArg[]
  | { readonly [key: string]: MessageArg };

/**
 * A message as data: the catalog entry `id` (`<catalog>.<entry>`, e.g. `dibao.incomeBelow`) and
 * its arguments, in order. Rendered per locale by `renderMessage`.
 */
export interface MessageRef {
  readonly id: string;
  readonly args: MessageArg[];
}

/** A catalog: entries rendering their arguments in every locale. */
// biome-ignore lint/suspicious/noExplicitAny: catalog entries take arguments of any shape
export type Catalog = Record<string, (...args: any[]) => Messages>;

/** The message-ref makers of a catalog: same names and arguments, returning {@link MessageRef}. */
export type CatalogRefs<C extends Catalog> = {
  readonly [K in keyof C]: (...args: Parameters<C[K]>) => MessageRef;
};

/**
 * The ref makers of a catalog: `refs('dibao', dibaoMessages).standard('urban', s)` is
 * `{ id: 'dibao.standard', args: ['urban', s] }`. The catalog itself is what renders it.
 *
 * @example
 * const msg = refs('dibao', dibaoMessages);
 * msg.noMembers() // { id: 'dibao.noMembers', args: [] }
 */
export function refs<C extends Catalog>(namespace: string, catalog: C): CatalogRefs<C> {
  const out: Record<string, (...args: MessageArg[]) => MessageRef> = {};
  for (const key of Object.keys(catalog)) {
    const id = `${namespace}.${key}`;
    out[key] = (...args: MessageArg[]) => ({ id, args });
  }
  return out as CatalogRefs<C>;
}
