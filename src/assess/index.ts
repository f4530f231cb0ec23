// Public exports of assess; re-exported from src/index.ts.

export type { Assessment, AssessOptions, Tier } from './assess';
export { assess } from './assess';
