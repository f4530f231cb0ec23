/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes = 'score_band_below' | 'democratic_score_out_of_range';
export type FindingCodes = 'score_points';
