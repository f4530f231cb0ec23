/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes = never;
export type FindingCodes =
  /** Per-capita income is below the 低保 standard: the household belongs in 低保, not 低收入. */
  | 'belongs_in_dibao'
  /** The household already receives 低保. */
  | 'already_in_dibao'
  /** Every counted member is already supported as 特困. */
  | 'already_in_tekun'
  /** The household holds local 户籍 as the table requires. */
  | 'local_hukou'
  /** The table requires local 户籍 and the household has none. */
  | 'no_local_hukou';
