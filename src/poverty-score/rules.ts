import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of the "3+1" poverty score (R13). */
export const POVERTY_SCORE_RULES = {
  health: { id: 'poverty-score.health', citations: [cite('yangjiang2017', '二(二)四')] },
  income: { id: 'poverty-score.income', citations: [cite('yangjiang2017', '二(二)四')] },
  assets: { id: 'poverty-score.assets', citations: [cite('yangjiang2017', '二(二)四')] },
  democratic: { id: 'poverty-score.democratic', citations: [cite('yangjiang2017', '二(二)四')] },
  rank: { id: 'poverty-score.rank', citations: [cite('yangjiang2017', '二(二)四')] },
} as const satisfies Record<string, Rule>;
