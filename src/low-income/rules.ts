import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of 低收入家庭 / 低保边缘家庭 (R3), each with the clauses it encodes. */
export const LOW_INCOME_RULES = {
  area: { id: 'low-income.area', citations: [cite('dibaoReview2021', '第八条第二款')] },
  line: {
    id: 'low-income.line',
    citations: [cite('dibaoReview2021', '第八条第二款')],
  },
  income: {
    id: 'low-income.eligibility.income',
    citations: [cite('dibaoReview2021', '第八条第二款')],
  },
  notDibao: {
    id: 'low-income.exception.dibao',
    citations: [cite('dibaoReview2021', '第八条第二款'), cite('interimMeasures', '第九条')],
  },
  notTekun: {
    id: 'low-income.exception.tekun',
    citations: [],
  },
  assets: {
    id: 'low-income.eligibility.assets',
    citations: [cite('dibaoReview2021', '第八条第二款')],
  },
  hukou: { id: 'low-income.eligibility.hukou', citations: [] },
  /** A local monthly aid for low-income households (no national basis: the table's clauses). */
  aid: { id: 'low-income.amount.aid', citations: [] },
} as const satisfies Record<string, Rule>;
