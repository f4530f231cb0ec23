import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of 渐退期 (R6), each with the clauses it encodes. */
export const PHASE_OUT_RULES = {
  dibao: {
    id: 'phase-out.dibao-household',
    citations: [cite('dibaoReview2021', '第三十三条')],
  },
  trigger: {
    id: 'phase-out.trigger',
    citations: [cite('dibaoReview2021', '第三十三条'), cite('mca2021', '二(一)')],
  },
  income: {
    id: 'phase-out.income',
    citations: [cite('interimMeasures', '第九条')],
  },
  period: {
    id: 'phase-out.period',
    citations: [cite('bottomLine2022', '一(三)'), cite('civilCode', '第二百零二条')],
  },
  amount: {
    id: 'phase-out.amount.unchanged',
    citations: [],
  },
} as const satisfies Record<string, Rule>;
