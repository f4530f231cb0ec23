import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of 单人户 (R7), each with the clauses it encodes. */
export const SINGLE_PERSON_RULES = {
  application: {
    id: 'single-person.application',
    citations: [
      cite('dibaoReview2021', '第八条'),
      cite('changzhou2021', '一'),
      cite('yangjiang2017', '二(一)二'),
    ],
  },
  notCovered: {
    id: 'single-person.not-already-covered',
    citations: [cite('mca2021', '二(一)'), cite('dibaoReview2021', '第八条')],
  },
  condition: {
    id: 'single-person.condition',
    citations: [
      cite('dibaoReview2021', '第八条'),
      cite('yinchuan2021', '二(四)'),
      cite('changzhou2021', '一'),
      cite('yangjiang2017', '二(一)二'),
      cite('mca2021', '二(一)'),
    ],
  },
  window: {
    id: 'single-person.household-income',
    citations: [cite('dibaoReview2021', '第八条'), cite('changzhou2021', '一')],
  },
} as const satisfies Record<string, Rule>;
