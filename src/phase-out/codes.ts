/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes = 'income_not_below_standard' | 'income_still_below_standard';
export type FindingCodes =
  | 'not_dibao_household'
  | 'phase_out_trigger_not_provided'
  | 'phase_out_not_started'
  | 'phase_out_in_period'
  | 'phase_out_ended'
  | 'phase_out_granted_months'
  | 'phase_out_granted_above_maximum';
