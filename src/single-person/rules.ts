import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of 单人户 (R7), each with the clauses it encodes. */
export const SINGLE_PERSON_RULES = {
  application: {
    id: 'single-person.application',
    citations: [cite('dibaoReview2021', '第八条')],
  },
  notCovered: {
    id: 'single-person.not-already-covered',
    citations: [cite('mca2021', '二(一)'), cite('dibaoReview2021', '第八条')],
  },
  condition: {
    id: 'single-person.condition',
    citations: [cite('dibaoReview2021', '第八条'), cite('mca2021', '二(一)')],
  },
  /** The household's property, not the member's share of it (57号 第八条第二款: 低保边缘家庭). */
  property: {
    id: 'single-person.household-property',
    citations: [cite('dibaoReview2021', '第八条第二款')],
  },
  window: {
    id: 'single-person.household-income',
    citations: [cite('dibaoReview2021', '第八条')],
  },
} as const satisfies Record<string, Rule>;
