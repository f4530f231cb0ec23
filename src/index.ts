/**
 * jiuzhu (救助): China's social-assistance policy as typed, exact, explainable functions.
 *
 * @packageDocumentation
 */

export * from './analysis/index';
export * from './assess/index';
export * from './check-standards/index';
export { addCalendarMonths, ageOn } from './dates/calendar';
// Programs
export { assessDibao } from './dibao/assessDibao';
export { type ClassOutlay, outlayByDibaoClass } from './dibao/outlayByDibaoClass';
export * from './disability-subsidy/index';
export * from './elderly-care/index';
export type { HouseholdIncome, IncomeOptions } from './income/computeHouseholdIncome';
// Income (R1)
export { computeHouseholdIncome } from './income/computeHouseholdIncome';
export * from './low-income/index';
export * from './medical-aid/index';
// Money
export { Rational } from './money/rational';
export type { RoundingMode, RoundingRule, RoundingUnit } from './money/round';
export { roundMoney } from './money/round';
export * from './phase-out/index';
export * from './poverty-score/index';
export {
  citationText,
  type ExplainOptions,
  explainAssessment,
  PROGRAM_NAMES,
  type RenderedDetermination,
  type RenderedReason,
  type RenderedStep,
  type RenderOptions,
  renderDetermination,
  shownValue,
} from './render/explain';
export {
  citationsFor,
  type PartialTables,
  recordTables,
  resolveCitations,
  resolveProvenance,
  standaloneDetermination,
} from './render/recordTables';
export {
  hasMessage,
  reasonMessage,
  renderMessage,
  renderMessages,
  stepMessage,
} from './render/renderMessage';
export { nationalCitations, ruleIds } from './rules';
export {
  assessmentSchema,
  collectDeterminations,
  determinationSchema,
  tierResultSchema,
} from './schema/determination';
export type {
  Application,
  Assets,
  DailyActivities,
  Disability,
  DisabilityCategory,
  Expenditure,
  Household,
  HouseholdInput,
  HouseholdStatus,
  IncomeItem,
  IncomeType,
  Member,
  SchoolingLevel,
} from './schema/household';
// Household snapshot
export {
  applicationSchema,
  assetsSchema,
  DISABILITY_CATEGORIES,
  dailyActivitiesSchema,
  disabilitySchema,
  expenditureSchema,
  householdSchema,
  INCOME_TYPES,
  incomeItemSchema,
  memberSchema,
  SCHOOLING_LEVELS,
  STUDY_AWAY_LEVELS,
  statusSchema,
} from './schema/household';
export type { InputIssue, InputKind, ParseResult } from './schema/issues';
export { InputError, pathToText } from './schema/issues';
export { parseHousehold } from './schema/parseHousehold';
export type { Area, Period } from './schema/primitives';
export * from './single-person/index';
export * from './special-aid/index';
export type { StandardsErrorCode } from './standards/errors';
export { StandardsError } from './standards/errors';
export type { FigureValue } from './standards/evaluateFigure';
export { evaluateFigure } from './standards/evaluateFigure';
export type { Figure, Source } from './standards/figure-schema';
export { figureSchema, roundingRuleSchema, sourceSchema } from './standards/figure-schema';
export { parseStandardsTable } from './standards/parseStandardsTable';
export type { Provenance } from './standards/provenance';
export { NATIONAL_REGION, regionChain } from './standards/regions';
export type { AppliedEntry, ResolvedStandards, ResolveResult } from './standards/resolveStandards';
export { provenanceOf, RESOLVE_CACHE_SIZE, resolveStandards } from './standards/resolveStandards';
export type {
  StandardsEntry,
  StandardsParams,
  StandardsTable,
  StandardsTableInput,
} from './standards/schema';
// Standards table
export {
  standardsEntrySchema,
  standardsParamsSchema,
  standardsTableSchema,
} from './standards/schema';
export * from './tekun/index';
export * from './temporary-aid/index';
export { type MessageArg, type MessageRef, Shown } from './trace/message';
export { Recorder } from './trace/recorder';
// Determination contract
export type {
  Amount,
  AmountLine,
  Citation,
  CitationRef,
  ComparisonReason,
  Determination,
  Effect,
  FindingReason,
  Locale,
  Messages,
  MissingFactReason,
  MissingParameterReason,
  Outcome,
  ParameterUse,
  ProgramId,
  ProvenanceRef,
  Reason,
  ReasonWithMessage,
  RecordTables,
  Stamp,
  TraceStep,
} from './trace/types';
export { VERSION } from './version';
