import { Rational } from '../money/rational';
import { MAX_AMOUNT_YUAN } from '../schema/primitives';
import type { FigureValue } from '../standards/evaluateFigure';
import type { Provenance } from '../standards/provenance';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { VERSION } from '../version';
import { type MessageRef, Shown } from './message';
import { traceMsg } from './messages';
import { assessing } from './scope';
import type {
  Amount,
  Citation,
  ComparisonReason,
  Determination,
  FindingReason,
  MissingFactReason,
  Outcome,
  ParameterUse,
  ProgramId,
  Reason,
  ReasonWithMessage,
  Stamp,
  TraceStep,
} from './types';

/** The fields of a reason a rule gives, with its message; the recorder adds the rule id. */
type ReasonFields<R extends Reason> = Omit<R, 'rule' | 'step'> & { message: MessageRef };

/** What a recorder recorded, for {@link Recorder.replay}. */
export interface Recording {
  readonly trace: readonly TraceStep[];
  readonly reasons: readonly ReasonWithMessage[];
  readonly values: Readonly<Record<string, string>>;
}

/**
 * The stamp of determinations made on these standards: one frozen object per resolution, shared
 * by every determination made on it.
 */
export function stampOf(std: ResolvedStandards): Stamp {
  let stamp = std.memo.get('stamp') as Stamp | undefined;
  if (stamp === undefined) {
    stamp = Object.freeze({
      library: 'jiuzhu',
      version: VERSION,
      tableId: std.tableId,
      region: std.region,
      on: std.on,
      entryIds: Object.freeze(std.entries.map((e) => e.id)) as string[],
    });
    std.memo.set('stamp', stamp);
  }
  return stamp;
}

/**
 * The stamp a determination carries: none inside an assessment (the assessment has the one
 * stamp), the standards' stamp for a determination made on its own.
 */
export function determinationStamp(std: ResolvedStandards): Stamp | undefined {
  return assessing(std) ? undefined : stampOf(std);
}

/**
 * A rule: its stable id and the national clauses it encodes. A locality's own clauses for the
 * rule are table data (`entries[].citations`), never code.
 */
export interface Rule {
  id: string;
  citations: Citation[];
}

/** Exact text of a value: a plain decimal, or `n/d` when it has none. */
export function exact(value: Rational): string {
  return value.toString();
}

/** Money shown in messages, rounded to the fen when first read (display only). */
export function yuan(value: Rational): Shown {
  return new Shown(value);
}

const uses = new WeakMap<FigureValue, ParameterUse>();

const AMOUNT_LIMIT = Rational.int(MAX_AMOUNT_YUAN);
/** The library's own limit on amounts (no policy clause: the input limit of every amount). */
const AMOUNT_LIMIT_RULE = 'amount.limit';

/**
 * The reason an amount (decimal text) is above the input limit ({@link MAX_AMOUNT_YUAN}), or
 * undefined when it is within it. Its effect is `missing`: the outcome is undetermined.
 */
export function amountAboveLimit(total: string): ReasonWithMessage<ComparisonReason> | undefined {
  const value = Rational.parse(total);
  if (value === undefined || !value.gt(AMOUNT_LIMIT)) return undefined;
  return {
    code: 'amount_above_limit',
    effect: 'missing',
    rule: AMOUNT_LIMIT_RULE,
    message: traceMsg.amountAboveLimit(total, String(MAX_AMOUNT_YUAN)),
    subject: 'amount',
    test: '<=',
    threshold: String(MAX_AMOUNT_YUAN),
    actual: total,
    gap: value.sub(AMOUNT_LIMIT).toString(),
    unit: 'yuan',
  };
}
const provenances = new WeakMap<ParameterUse, Provenance>();

/**
 * A table parameter that is not an evaluated figure (a share, a ratio, an item of a list), as
 * used in a step. Its provenance goes to the record's provenance table, not into the step.
 */
export function parameterValue(
  parameter: string,
  value: string,
  provenance?: Provenance,
): ParameterUse {
  const use = { parameter, value };
  if (provenance !== undefined) provenances.set(use, provenance);
  return use;
}

/** Where a parameter use made by {@link parameterUse} comes from (in memory only). */
export function provenanceOfUse(use: ParameterUse): Provenance | undefined {
  return provenances.get(use);
}

/**
 * A table parameter as used in a step. Figures are evaluated once per resolution, so each has one
 * use object, shared by the steps that cite it.
 */
export function parameterUse(figure: FigureValue): ParameterUse {
  let use = uses.get(figure);
  if (use === undefined) {
    use = { parameter: figure.path, value: exact(figure.value) };
    uses.set(figure, use);
    if (figure.provenance !== undefined) provenances.set(use, figure.provenance);
  }
  return use;
}

/** A step stating `message`: its entry as the step's `code`, its arguments (none: left out). */
export function messageStep(
  rule: string,
  message: MessageRef,
  values: Record<string, string>,
  parameters?: ParameterUse[],
): TraceStep {
  // One shape for every step: `args` and `parameters` are undefined (left out of JSON) when empty.
  return {
    rule,
    code: message.id,
    args: message.args.length > 0 ? message.args : undefined,
    values,
    parameters: parameters !== undefined && parameters.length > 0 ? parameters : undefined,
  };
}

/**
 * The reasons of a determination as its record holds them, each message once, in a step: a
 * reason whose message a step of the trace states (the same message, recorded once for both)
 * names that step by its position; a reason whose message no step states gets a step of its own,
 * appended to the trace (its rule, its message, no values), and names it. The reasons are the
 * recorder's own (fresh objects, or copies of a recording's), and so is the trace: both are
 * changed in place.
 */
export function linkReasons(reasons: ReasonWithMessage[], trace: TraceStep[]): Reason[] {
  for (const r of reasons) {
    if (r.code === 'missing_fact' || r.code === 'missing_parameter') continue;
    const message = r.message;
    if (message === undefined) continue;
    const args = message.args.length > 0 ? message.args : undefined;
    let at = -1;
    for (let j = 0; j < trace.length; j++) {
      const s = trace[j] as TraceStep;
      // The same arguments object: the step was recorded from this very message (each message
      // has arguments of its own). A message without arguments: the same entry, of the same rule.
      if (s.code === message.id && (args !== undefined ? s.args === args : s.rule === r.rule)) {
        at = j;
        break;
      }
    }
    if (at < 0) at = trace.push(messageStep(r.rule, message, {})) - 1;
    // Left undefined rather than deleted: JSON leaves it out, and the object keeps its shape.
    r.message = undefined;
    r.step = at + 1;
  }
  // Every comparison and finding now names its step.
  return reasons as Reason[];
}

/**
 * Collects the trace, the reasons and the intermediate values of one determination, and decides
 * its outcome by three-valued logic: any condition that fails makes it `ineligible`; otherwise
 * any missing fact or parameter makes it `undetermined`; otherwise it is `eligible`.
 */
export class Recorder {
  readonly trace: TraceStep[] = [];
  /** The reasons so far, with their messages (linked to steps when the determination is made). */
  readonly reasons: ReasonWithMessage[] = [];
  readonly values: Record<string, string> = {};
  /** The member a per-member determination is about: named by every reason that names none. */
  readonly memberId: string | undefined;

  constructor(memberId?: string) {
    this.memberId = memberId;
  }

  /** Adds a reason, naming the recorder's member when it names none. */
  private push(reason: ReasonWithMessage): void {
    if (this.memberId !== undefined && reason.memberId === undefined)
      reason.memberId = this.memberId;
    this.reasons.push(reason);
  }

  /** Appends a step to the trace. */
  step(
    rule: Rule,
    message: MessageRef,
    values: Record<string, string> = {},
    parameters?: ParameterUse[],
  ): void {
    this.trace.push(messageStep(rule.id, message, values, parameters));
  }

  /**
   * What this recorder holds, to be written again into other recorders with {@link replay}: a
   * computation shared by several determinations is made once and recorded into each.
   */
  recording(): Recording {
    return { trace: this.trace, reasons: this.reasons, values: this.values };
  }

  /**
   * Writes a recording into this recorder as if it had been recorded here: its steps (appended to
   * this trace), its reasons (missing facts merged with this recorder's, as
   * {@link missingFacts} does; the others copied, so that nothing here changes the recording) and
   * its values. With `steps: false` the steps are left out: the caller records a reference to
   * them instead (an assessment's shared income computation); with `values: false` the values
   * too (the referenced steps hold them).
   */
  replay(r: Recording, options: { steps?: boolean; values?: boolean } = {}): void {
    if (options.steps !== false) this.replaySteps(r);
    this.replayReasons(r);
    if (options.values !== false)
      for (const name in r.values) this.values[name] = r.values[name] as string;
  }

  private replaySteps(r: Recording): void {
    for (const s of r.trace) {
      this.trace.push({
        rule: s.rule,
        code: s.code,
        args: s.args,
        values: s.values,
        parameters: s.parameters,
      });
    }
  }

  private replayReasons(r: Recording): void {
    for (const reason of r.reasons) {
      if (reason.code === 'missing_fact') this.missingFacts(reason.rule, reason.paths);
      else if (reason.code === 'missing_parameter')
        this.missingParameter(reason.rule, reason.parameter);
      else this.push({ ...reason });
    }
  }

  /** Records an intermediate value. */
  value(name: string, value: string): void {
    this.values[name] = value;
  }

  /** Adds a reason. */
  reason(reason: ReasonWithMessage): void {
    this.push(reason);
  }

  /** Adds a comparison reason. `fields` must be a fresh object: it becomes the reason. */
  compare(rule: Rule, fields: ReasonFields<ComparisonReason>): void {
    const reason = fields as ReasonWithMessage<ComparisonReason>;
    reason.rule = rule.id;
    this.push(reason);
  }

  /** Adds a finding. `fields` must be a fresh object: it becomes the reason. */
  finding(rule: Rule, fields: ReasonFields<FindingReason>): void {
    const reason = fields as ReasonWithMessage<FindingReason>;
    reason.rule = rule.id;
    this.push(reason);
  }

  /** Records facts the rule needs and the household does not state (one reason per rule). */
  missingFacts(rule: Rule | string, paths: string[]): void {
    if (paths.length === 0) return;
    const id = typeof rule === 'string' ? rule : rule.id;
    let existing: MissingFactReason | undefined;
    for (const r of this.reasons) {
      if (r.code === 'missing_fact' && r.rule === id) {
        existing = r;
        break;
      }
    }
    const all = existing === undefined ? [] : existing.paths.slice();
    const before = all.length;
    for (const p of paths) if (!all.includes(p)) all.push(p);
    if (existing !== undefined && all.length === before) return;
    if (existing) {
      existing.paths = all;
      return;
    }
    this.push({
      code: 'missing_fact',
      effect: 'missing',
      rule: id,
      paths: all,
    });
  }

  /** Records a table parameter the rule needs and the resolved standards lack. */
  missingParameter(rule: Rule | string, parameter: string): void {
    if (this.reasons.some((r) => r.code === 'missing_parameter' && r.parameter === parameter))
      return;
    this.push({
      code: 'missing_parameter',
      effect: 'missing',
      rule: typeof rule === 'string' ? rule : rule.id,
      parameter,
    });
  }

  /** True when anything disqualifies. */
  hasDisqualifier(): boolean {
    return this.reasons.some((r) => r.effect === 'disqualifies');
  }

  /** True when a fact or parameter is missing. */
  hasMissing(): boolean {
    return this.reasons.some((r) => r.effect === 'missing');
  }

  /** The outcome by three-valued logic. */
  outcome(): Outcome {
    if (this.hasDisqualifier()) return 'ineligible';
    if (this.hasMissing()) return 'undetermined';
    return 'eligible';
  }

  /**
   * An amount above the input limit ({@link MAX_AMOUNT_YUAN}) is never paid silently: it makes the
   * outcome undetermined, with the amount, the limit and the excess (a table beyond reason — a
   * multiple of 1e9 — or a standard × a household of thousands).
   */
  private amountWithinLimit(amount: Amount): void {
    const reason = amountAboveLimit(amount.total);
    if (reason !== undefined) this.push(reason);
  }

  /** Builds the determination. `amount` is kept only when the outcome is eligible. */
  finish<P extends ProgramId>(
    program: P,
    householdId: string,
    std: ResolvedStandards,
    amount: Amount | null,
  ): Determination<P> {
    if (amount !== null) this.amountWithinLimit(amount);
    const outcome = this.outcome();
    return {
      program,
      householdId,
      outcome,
      amount: outcome === 'eligible' ? amount : null,
      values: this.values,
      reasons: linkReasons(this.reasons, this.trace),
      trace: this.trace,
      stamp: determinationStamp(std),
    };
  }
}
