import type { IsoDate } from '../dates/calendar';
import type { Source } from '../standards/figure-schema';
import type { MessageArg, MessageRef } from './message';
import type { ProgramComparisonCode, ProgramFindingCode } from './program-codes';

/**
 * The determination contract: what every program returns.
 *
 * @module
 */

/** The locales messages are rendered in. */
export type Locale = 'zh-CN' | 'en';

/** A message in every supported locale. */
export type Messages = Record<Locale, string>;

/** The legal basis of a rule: document, issuing number, clause. */
export interface Citation {
  document: string;
  number?: string;
  clause: string;
}

/** A program the library decides. */
export type ProgramId =
  | 'dibao'
  | 'low-income'
  | 'tekun'
  | 'temporary-aid'
  | 'phase-out'
  | 'single-person'
  | 'medical-aid'
  | 'education-aid'
  | 'employment-aid'
  | 'housing-aid'
  | 'elderly-care'
  | 'disability-subsidy';

/** Three-valued result of a determination. */
export type Outcome = 'eligible' | 'ineligible' | 'undetermined';

/**
 * A parameter of the standards table used in a step: its path and exact value. Where it comes
 * from (its provenance) is recorded once per assessment, in {@link RecordTables.provenance}.
 */
export interface ParameterUse {
  parameter: string;
  value: string;
}

/**
 * One step of the rationale. Steps are in the order they were taken; a step's number is its
 * position in the trace (1-based), as `explain` shows it and a reason's `step` names it.
 */
export interface TraceStep {
  /** Stable rule id, e.g. `dibao.eligibility.income`; its clauses are in the citation table. */
  rule: string;
  /**
   * What the step found: the catalog entry (`<catalog>.<entry>`, e.g. `dibao.incomeBelow`) whose
   * text `renderMessage(stepMessage(step), locale)` renders, with {@link TraceStep.args}.
   */
  code: string;
  /** The catalog entry's arguments, in order; left out when it takes none. */
  args?: MessageArg[];
  /** Values the step computed or read, as exact decimal strings (fractions as `n/d`). */
  values: Record<string, string>;
  /** Table parameters the step used. */
  parameters?: ParameterUse[];
}

/** A clause as a record holds it: the document by its id in the record's `documents`. */
export interface CitationRef {
  doc: string;
  clause: string;
}

/** Where a parameter comes from, as a record holds it: the entry, and its own note or source. */
export type ProvenanceRef =
  | { kind: 'published'; entryId: string; source?: Source }
  | { kind: 'illustrative'; entryId: string; note: string; source?: Source };

/**
 * What a stored record needs to be read on its own, once per assessment: the clauses of every
 * rule it used and where every table parameter it used comes from, each document and each
 * entry's source written once. `resolveCitations` and `resolveProvenance` read them back.
 */
export interface RecordTables {
  /**
   * Document id → the document's title and issuing number. Ids are stable for a region and date:
   * a national document's key (`interimMeasures`, `dibaoReview2021`, …), `<entry id>:<n>` for the
   * n-th document a table entry cites, `<entry id>` for an entry's own source.
   */
  documents: Record<string, Omit<Citation, 'clause'>>;
  /** Rule id → the clauses it applies: the national basis (in code) and the region's own (table). */
  citations: Record<string, CitationRef[]>;
  /** Table entry id → the entry's source, for the entries that set a parameter used. */
  sources: Record<string, Source>;
  /**
   * Parameter path → the entry that set it. `source` is given only where the parameter has a
   * source of its own (else the entry's, in `sources`, applies).
   */
  provenance: Record<string, ProvenanceRef>;
}

/** How a reason bears on the outcome. */
export type Effect = 'qualifies' | 'disqualifies' | 'missing' | 'notice';

interface ReasonCore {
  effect: Effect;
  rule: string;
  /** The member the reason is about, by id only. */
  memberId?: string;
}

/**
 * Why, as a catalog message (rendered per locale by `reasonMessage`): the reason names the step of
 * its determination's trace that states it (`step`, the step's position, 1-based). A record holds
 * each message once, in a step: a rule gives a reason its message ({@link ReasonWithMessage}) and
 * the determination's recorder turns it into `step` (`linkReasons`), recording a step for it when
 * none of the trace states it.
 */
interface ReasonBase extends ReasonCore {
  /** The step of the trace that states the reason: its position, 1-based. */
  step: number;
}

/**
 * A reason with its message: as a rule gives it (before its determination links it to a step),
 * and as a view without traces writes it (`jiuzhu assess --detail reasons`, where it stands in
 * place of `step`). Never in a determination next to its trace.
 */
export type ReasonWithMessage<R extends Reason = Reason> = R extends unknown
  ? Omit<R, 'step'> & { step?: number; message?: MessageRef }
  : never;

/** Codes of reasons that compare an actual value with a threshold. */
export type ComparisonCode =
  | 'income_below_threshold'
  | 'income_not_below_threshold'
  | 'assets_within_limit'
  | 'assets_exceed_limit'
  /** An amount above the input limit (`MAX_AMOUNT_YUAN`): never paid, the outcome is undetermined. */
  | 'amount_above_limit'
  | ProgramComparisonCode;

/**
 * A comparison with a threshold. `gap` is the absolute difference between `actual` and
 * `threshold`; the code says on which side the actual value lies.
 */
export interface ComparisonReason extends ReasonBase {
  code: ComparisonCode;
  /** What was compared, e.g. `per-capita monthly income`. */
  subject: string;
  /** The test applied: `actual < threshold`, `actual <= threshold`, … */
  test: '<' | '<=' | '>=' | '>';
  threshold: string;
  actual: string;
  gap: string;
  unit: 'yuan' | 'count' | 'years' | 'months';
  /** The table parameter the threshold comes from. */
  parameter?: string;
}

/**
 * Facts the decision needs that the household does not state. Its text is rendered from the
 * paths (`reasonMessage`), so it carries no message of its own.
 */
export interface MissingFactReason extends ReasonCore {
  code: 'missing_fact';
  effect: 'missing';
  /** Paths in the household snapshot, e.g. `members[1].livesWithHousehold`. */
  paths: string[];
}

/** A parameter the decision needs that the resolved standards do not have (text from `parameter`). */
export interface MissingParameterReason extends ReasonCore {
  code: 'missing_parameter';
  effect: 'missing';
  parameter: string;
}

/** Codes of reasons that state a fact-based finding. */
export type FindingCode = 'no_counted_members' | 'near_relative_filing' | ProgramFindingCode;

/** A finding about a stated fact. */
export interface FindingReason extends ReasonBase {
  code: FindingCode;
  facts: Record<string, string>;
}

/** Why a determination came out as it did: a union on `code`. */
export type Reason = ComparisonReason | MissingFactReason | MissingParameterReason | FindingReason;

/** One line of an amount's breakdown. */
export interface AmountLine {
  code: string;
  label: Messages;
  /** Exact decimal yuan (may be negative for the rounding line). */
  amount: string;
  memberId?: string;
}

/** An amount of money paid: the total equals the sum of the breakdown exactly. */
export interface Amount {
  total: string;
  currency: 'CNY';
  period: 'month' | 'once';
  breakdown: AmountLine[];
}

/** What produced a determination. */
export interface Stamp {
  library: 'jiuzhu';
  version: string;
  tableId: string;
  region: string;
  on: IsoDate;
  entryIds: string[];
}

/** The result of one program for one household. */
export interface Determination<P extends ProgramId = ProgramId> {
  program: P;
  householdId: string;
  outcome: Outcome;
  /** Present when eligible. */
  amount: Amount | null;
  /** Intermediate values by name, exact decimal strings. */
  values: Record<string, string>;
  reasons: Reason[];
  trace: TraceStep[];
  /**
   * What produced it. A determination made on its own carries its stamp; inside an assessment
   * the assessment's one `stamp` applies to every determination, which carry none.
   */
  stamp?: Stamp;
}
