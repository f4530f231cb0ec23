// Public exports of the analysis tools; re-exported from src/index.ts.

export type {
  BenefitCurve,
  BenefitCurveOptions,
  CurveCell,
  CurveEdge,
  CurvePoint,
} from './benefitCurve';
export { benefitCurve, MAX_CURVE_STEPS } from './benefitCurve';
export type {
  CaseloadSummaryData,
  Outlay,
  ProgramCounts,
  RegionSummary,
} from './caseloadSummary';
export { CaseloadSummary, MONTHS_PER_YEAR } from './caseloadSummary';
export type {
  AssessmentComparison,
  Change,
  HouseholdTotals,
  ProgramChange,
  ProgramSide,
} from './compareAssessments';
export { compareAssessments, householdTotals } from './compareAssessments';
export type {
  ComparisonSummaryData,
  FareCounts,
  ProgramChangeCounts,
  RegionComparison,
} from './comparisonSummary';
export { ComparisonSummary } from './comparisonSummary';
export type { ProgramFigure } from './programFigures';
export { programFigures } from './programFigures';
