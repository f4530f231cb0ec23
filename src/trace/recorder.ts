import type { Rational } from '../money/rational';
import type { FigureValue } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { VERSION } from '../version';
import { deferMessages, type MessageSource } from './deferred';
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
  Stamp,
  TraceStep,
} from './types';

/** The fields of a reason a rule gives; the recorder adds the rule and its citations. */
type ReasonFields<R extends Reason> = Omit<R, 'rule' | 'citations' | 'message'> & {
  message: MessageSource;
};

/** What a recorder recorded, for {@link Recorder.replay}. */
export interface Recording {
  readonly trace: readonly TraceStep[];
  readonly reasons: readonly Reason[];
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

/** A rule: its stable id and the clauses it encodes. */
export interface Rule {
  id: string;
  citations: Citation[];
}

/** Exact text of a value: a plain decimal, or `n/d` when it has none. */
export function exact(value: Rational): string {
  return value.toString();
}

/** Money text with two decimals for messages (display only). */
export function yuan(value: Rational): string {
  return value.toFixed(2);
}

const uses = new WeakMap<FigureValue, ParameterUse>();

/**
 * A table parameter as used in a step. Figures are evaluated once per resolution, so each has one
 * use object, shared by the steps that cite it.
 */
export function parameterUse(figure: FigureValue): ParameterUse {
  let use = uses.get(figure);
  if (use === undefined) {
    use = figure.provenance
      ? { parameter: figure.path, value: exact(figure.value), provenance: figure.provenance }
      : { parameter: figure.path, value: exact(figure.value) };
    uses.set(figure, use);
  }
  return use;
}

/**
 * Collects the trace, the reasons and the intermediate values of one determination, and decides
 * its outcome by three-valued logic: any condition that fails makes it `ineligible`; otherwise
 * any missing fact or parameter makes it `undetermined`; otherwise it is `eligible`.
 */
export class Recorder {
  readonly trace: TraceStep[] = [];
  readonly reasons: Reason[] = [];
  readonly values: Record<string, string> = {};
  /** The member a per-member determination is about: named by every reason that names none. */
  readonly memberId: string | undefined;

  constructor(memberId?: string) {
    this.memberId = memberId;
  }

  /** Adds a reason, naming the recorder's member when it names none. */
  private push(reason: Reason): void {
    if (this.memberId !== undefined && reason.memberId === undefined)
      reason.memberId = this.memberId;
    this.reasons.push(reason);
  }

  /**
   * Appends a step to the trace. A message given as a function is rendered when first read.
   */
  step(
    rule: Rule,
    message: MessageSource,
    values: Record<string, string> = {},
    parameters?: ParameterUse[],
  ): void {
    // One shape for every step: `parameters` is undefined (left out of JSON) when none is used.
    this.trace.push({
      step: this.trace.length + 1,
      rule: rule.id,
      citations: rule.citations,
      message: deferMessages(message),
      values,
      parameters: parameters !== undefined && parameters.length > 0 ? parameters : undefined,
    });
  }

  /**
   * What this recorder holds, to be written again into other recorders with {@link replay}: a
   * computation shared by several determinations is made once and recorded into each.
   */
  recording(): Recording {
    return { trace: this.trace, reasons: this.reasons, values: this.values };
  }

  /**
   * Writes a recording into this recorder as if it had been recorded here: its steps (numbered on
   * from this trace), its reasons (missing facts merged with this recorder's, as
   * {@link missingFacts} does; the others copied, so that nothing here changes the recording) and
   * its values.
   */
  replay(r: Recording): void {
    for (const s of r.trace) {
      this.trace.push({
        step: this.trace.length + 1,
        rule: s.rule,
        citations: s.citations,
        message: s.message,
        values: s.values,
        parameters: s.parameters,
      });
    }
    for (const reason of r.reasons) {
      if (reason.code === 'missing_fact')
        this.missingFacts({ id: reason.rule, citations: reason.citations }, reason.paths);
      else if (reason.code === 'missing_parameter')
        this.missingParameter({ id: reason.rule, citations: reason.citations }, reason.parameter);
      else this.push({ ...reason });
    }
    for (const name in r.values) this.values[name] = r.values[name] as string;
  }

  /** Records an intermediate value. */
  value(name: string, value: string): void {
    this.values[name] = value;
  }

  /** Adds a reason. */
  reason(reason: Reason): void {
    this.push(reason);
  }

  /** Adds a comparison reason. `fields` must be a fresh object: it becomes the reason. */
  compare(rule: Rule, fields: ReasonFields<ComparisonReason>): void {
    const reason = fields as unknown as ComparisonReason;
    reason.message = deferMessages(fields.message);
    reason.rule = rule.id;
    reason.citations = rule.citations;
    this.push(reason);
  }

  /** Adds a finding. `fields` must be a fresh object: it becomes the reason. */
  finding(rule: Rule, fields: ReasonFields<FindingReason>): void {
    const reason = fields as unknown as FindingReason;
    reason.message = deferMessages(fields.message);
    reason.rule = rule.id;
    reason.citations = rule.citations;
    this.push(reason);
  }

  /** Records facts the rule needs and the household does not state (one reason per rule). */
  missingFacts(rule: Rule, paths: string[]): void {
    if (paths.length === 0) return;
    let existing: MissingFactReason | undefined;
    for (const r of this.reasons) {
      if (r.code === 'missing_fact' && r.rule === rule.id) {
        existing = r;
        break;
      }
    }
    const all = existing === undefined ? [] : existing.paths.slice();
    const before = all.length;
    for (const p of paths) if (!all.includes(p)) all.push(p);
    if (existing !== undefined && all.length === before) return;
    const message = deferMessages(() => ({
      'zh-CN': `缺少作出决定所需的事实：${all.join('、')}`,
      en: `facts needed for the decision are missing: ${all.join(', ')}`,
    }));
    if (existing) {
      existing.paths = all;
      existing.message = message;
      return;
    }
    this.push({
      code: 'missing_fact',
      effect: 'missing',
      rule: rule.id,
      citations: rule.citations,
      paths: all,
      message,
    });
  }

  /** Records a table parameter the rule needs and the resolved standards lack. */
  missingParameter(rule: Rule, parameter: string): void {
    if (this.reasons.some((r) => r.code === 'missing_parameter' && r.parameter === parameter))
      return;
    this.push({
      code: 'missing_parameter',
      effect: 'missing',
      rule: rule.id,
      citations: rule.citations,
      parameter,
      message: deferMessages(() => ({
        'zh-CN': `标准表缺少参数 ${parameter}，无法作出决定`,
        en: `the standards table lacks parameter ${parameter}; no decision can be made`,
      })),
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

  /** Builds the determination. `amount` is kept only when the outcome is eligible. */
  finish<P extends ProgramId>(
    program: P,
    householdId: string,
    std: ResolvedStandards,
    amount: Amount | null,
  ): Determination<P> {
    const outcome = this.outcome();
    return {
      program,
      householdId,
      outcome,
      amount: outcome === 'eligible' ? amount : null,
      values: this.values,
      reasons: this.reasons,
      trace: this.trace,
      stamp: stampOf(std),
    };
  }
}
