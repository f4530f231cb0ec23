// Public exports of this program; re-exported from src/index.ts.
export { type PovertyScoreParams, povertyScoreParamsSchema } from './params';
export { type RankInput, type Ranking, rankHouseholds } from './rankHouseholds';
export { type PovertyScore, type PovertyScoreInputs, scorePoverty } from './scorePoverty';
