/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes =
  | 'household_income_at_least_lower_bound'
  | 'household_income_below_lower_bound'
  | 'household_income_below_window'
  | 'household_income_not_below_window';
export type FindingCodes =
  | 'single_person_applied'
  | 'single_person_not_applied'
  | 'household_already_dibao'
  | 'member_already_tekun'
  | 'single_person_condition_met'
  | 'single_person_condition_not_met';
