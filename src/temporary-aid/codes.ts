/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes =
  | 'expenditure_income_below_threshold'
  | 'expenditure_income_not_below_threshold'
  | 'hardship_income_below_line'
  | 'hardship_income_not_below_line';
export type FindingCodes =
  | 'hardship_kind_not_provided'
  | 'aid_where_emergency_happened'
  | 'local_hukou'
  | 'no_local_hukou'
  /** The household holds a 居住证 of the region, accepted for this kind in place of 户籍. */
  | 'residence_permit'
  | 'case_by_case_pending'
  | 'case_by_case_approved'
  | 'case_by_case_raised_to_floor'
  | 'case_by_case_above_cap'
  /** The proposed or approved amount is below the range's minimum: the minimum is paid. */
  | 'amount_raised_to_range_min'
  /** The proposed amount is above the range's maximum: it needs 一事一议 / 特别审批 (undetermined). */
  | 'amount_above_range_max'
  /** An approved 一事一议 amount above the range's maximum is paid. */
  | 'approved_above_range_max';
