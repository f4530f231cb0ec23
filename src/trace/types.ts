import type { IsoDate } from '../dates/calendar';
import type { Provenance } from '../standards/provenance';
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

/** A parameter of the standards table used in a step, with where it comes from. */
export interface ParameterUse {
  parameter: string;
  value: string;
  provenance?: Provenance;
}

/** One step of the rationale, in the order it was taken. */
export interface TraceStep {
  step: number;
  /** Stable rule id, e.g. `dibao.eligibility.income`. */
  rule: string;
  citations: Citation[];
  /** What the step found, in each locale. */
  message: Messages;
  /** Values the step computed or read, as exact decimal strings (fractions as `n/d`). */
  values: Record<string, string>;
  /** Table parameters the step used. */
  parameters?: ParameterUse[];
}

/** How a reason bears on the outcome. */
export type Effect = 'qualifies' | 'disqualifies' | 'missing' | 'notice';

interface ReasonBase {
  effect: Effect;
  rule: string;
  citations: Citation[];
  message: Messages;
  /** The member the reason is about, by id only. */
  memberId?: string;
}

/** Codes of reasons that compare an actual value with a threshold. */
export type ComparisonCode =
  | 'income_below_threshold'
  | 'income_not_below_threshold'
  | 'assets_within_limit'
  | 'assets_exceed_limit'
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

/** Facts the decision needs that the household does not state. */
export interface MissingFactReason extends ReasonBase {
  code: 'missing_fact';
  effect: 'missing';
  /** Paths in the household snapshot, e.g. `members[1].livesWithHousehold`. */
  paths: string[];
}

/** A parameter the decision needs that the resolved standards do not have. */
export interface MissingParameterReason extends ReasonBase {
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
  stamp: Stamp;
}
