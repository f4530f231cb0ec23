/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes =
  | 'out_of_pocket_above_deductible'
  | 'out_of_pocket_not_above_deductible'
  | 'annual_cap_remaining'
  | 'annual_cap_reached'
  | 'out_of_pocket_above_capacity'
  | 'out_of_pocket_within_capacity';
export type FindingCodes =
  | 'medical_aid_group'
  | 'medical_aid_uplift'
  | 'not_a_recipient'
  | 'premium_subsidy_granted'
  | 'no_premium_subsidy';
