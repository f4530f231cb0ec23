import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of household income (R1), each with the clauses it encodes. */
export const INCOME_RULES = {
  coResident: {
    id: 'income.co-resident',
    citations: [cite('dibaoReview2021', '第七条'), cite('interimMeasures', '第九条')],
  },
  monthly: {
    id: 'income.monthly',
    citations: [cite('dibaoReview2021', '第十三条第一款')],
  },
  exclusion: {
    id: 'income.exclusion',
    citations: [cite('dibaoReview2021', '第十三条第二款'), cite('yangjiang2017', '二(二)五')],
  },
  medical: {
    id: 'income.deduction.medical',
    citations: [cite('yinchuan2021', '二(四)'), cite('dibaoReview2021', '第十三条第三款')],
  },
  education: {
    id: 'income.deduction.education',
    citations: [cite('yinchuan2021', '二(四)')],
  },
  employment: {
    id: 'income.deduction.employment',
    citations: [
      cite('dibaoReview2021', '第十三条第一款第(一)项'),
      cite('yangjiang2017', '二(二)五'),
      cite('mca2021', '二(一)'),
      cite('changzhou2021', '二'),
    ],
  },
  counted: {
    id: 'income.counted',
    citations: [cite('dibaoReview2021', '第十三条')],
  },
} as const satisfies Record<string, Rule>;
