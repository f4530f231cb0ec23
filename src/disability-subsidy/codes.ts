/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes = 'care_months_at_least_minimum' | 'care_months_below_minimum';
export type FindingCodes =
  | 'living_subsidy_granted'
  | 'care_subsidy_granted'
  | 'no_disability_subsidy';
