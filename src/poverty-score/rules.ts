import type { Rule } from '../trace/recorder';

/** The rules of the "3+1" poverty score (R13). */
export const POVERTY_SCORE_RULES = {
  health: { id: 'poverty-score.health', citations: [] },
  income: { id: 'poverty-score.income', citations: [] },
  assets: { id: 'poverty-score.assets', citations: [] },
  democratic: { id: 'poverty-score.democratic', citations: [] },
  rank: { id: 'poverty-score.rank', citations: [] },
} as const satisfies Record<string, Rule>;
