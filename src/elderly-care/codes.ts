/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes =
  | 'age_at_least_minimum'
  | 'age_below_minimum'
  | 'activities_not_done_at_least'
  | 'activities_not_done_below';
export type FindingCodes = 'elderly_care_rule_applies';
