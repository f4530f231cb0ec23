/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes = never;
export type FindingCodes = never;
