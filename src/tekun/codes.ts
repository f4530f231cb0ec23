/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes =
  /** A supporter's own annual income is below the previous year's per-capita disposable income. */
  'supporter_income_below_threshold' | 'supporter_income_not_below_threshold';
export type FindingCodes =
  /** 无劳动能力: a ground of 第五条 (or the 第二十四条 school continuation) holds. */
  | 'no_labour_capacity'
  /** None of the grounds of 第五条 holds. */
  | 'has_labour_capacity'
  /** The member has no legal supporter. */
  | 'no_supporter'
  /** A supporter is unable to perform the duty (第八条). */
  | 'supporter_unable'
  /** A supporter is able to perform the duty. */
  | 'supporter_able'
  /** The care level that applies. */
  | 'care_level';
