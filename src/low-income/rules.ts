import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of 低收入家庭 / 低保边缘家庭 (R3), each with the clauses it encodes. */
export const LOW_INCOME_RULES = {
  area: { id: 'low-income.area', citations: [cite('dibaoReview2021', '第八条第二款')] },
  line: {
    id: 'low-income.line',
    citations: [cite('dibaoReview2021', '第八条第二款'), cite('yinchuan2021', '二(五)')],
  },
  income: {
    id: 'low-income.eligibility.income',
    citations: [cite('dibaoReview2021', '第八条第二款'), cite('yinchuan2021', '二(五)')],
  },
  notDibao: {
    id: 'low-income.exception.dibao',
    citations: [
      cite('dibaoReview2021', '第八条第二款'),
      cite('interimMeasures', '第九条'),
      cite('yinchuan2021', '二(一)'),
    ],
  },
  notTekun: {
    id: 'low-income.exception.tekun',
    citations: [cite('yinchuan2021', '二(一)')],
  },
  assets: {
    id: 'low-income.eligibility.assets',
    citations: [cite('dibaoReview2021', '第八条第二款'), cite('yinchuan2021', '二(五)')],
  },
  hukou: { id: 'low-income.eligibility.hukou', citations: [cite('yinchuan2021', '二(五)')] },
} as const satisfies Record<string, Rule>;
