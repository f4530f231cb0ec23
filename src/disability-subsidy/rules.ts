import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of the two disability subsidies (R12). */
export const DISABILITY_SUBSIDY_RULES = {
  living: {
    id: 'disability-subsidy.living',
    citations: [cite('mca2021', '三(七)')],
  },
  care: {
    id: 'disability-subsidy.care',
    citations: [cite('mca2021', '三(七)')],
  },
  amount: {
    id: 'disability-subsidy.amount',
    citations: [cite('mca2021', '三(七)')],
  },
} as const satisfies Record<string, Rule>;
