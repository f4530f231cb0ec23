// Public exports of assess; re-exported from src/index.ts.

export type { Assessment, AssessOptions } from './assess';
export { assess } from './assess';
export type { Tier, TierResult } from './tier';
export { placeInTier } from './tier';
