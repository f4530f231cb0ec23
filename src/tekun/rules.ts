import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of 特困人员救助供养 (R4), each with the clauses it encodes. */
export const TEKUN_RULES = {
  area: { id: 'tekun.area', citations: [cite('tekunRecognition2021', '第十九条')] },
  labour: {
    id: 'tekun.eligibility.no-labour-capacity',
    citations: [
      cite('tekunRecognition2021', '第四条第一项'),
      cite('tekunRecognition2021', '第五条'),
    ],
  },
  minor: {
    id: 'tekun.eligibility.minor-age',
    citations: [cite('tekunRecognition2021', '第五条')],
  },
  minorKept: {
    id: 'tekun.eligibility.minor-kept-to-age',
    citations: [cite('tekunRecognition2021', '第二十四条第二款')],
  },
  school: {
    id: 'tekun.eligibility.continued-in-school',
    citations: [cite('tekunRecognition2021', '第二十四条第二款')],
  },
  income: {
    id: 'tekun.eligibility.no-means.income',
    citations: [cite('tekunRecognition2021', '第六条')],
  },
  assets: {
    id: 'tekun.eligibility.no-means.assets',
    citations: [cite('tekunRecognition2021', '第六条'), cite('tekunRecognition2021', '第七条')],
  },
  supporter: {
    id: 'tekun.eligibility.no-supporter',
    citations: [
      cite('tekunRecognition2021', '第四条第三项'),
      cite('tekunRecognition2021', '第八条'),
    ],
  },
  basic: {
    id: 'tekun.amount.basic',
    citations: [cite('interimMeasures', '第十五条')],
  },
  care: {
    id: 'tekun.amount.care',
    citations: [
      cite('tekunRecognition2021', '第二十一条'),
      cite('tekunRecognition2021', '第二十二条'),
    ],
  },
  rounding: {
    id: 'tekun.amount.rounding',
    citations: [cite('interimMeasures', '第十五条')],
  },
  household: { id: 'tekun.household', citations: [cite('tekunRecognition2021', '第四条')] },
  alleviated: {
    id: 'tekun.poverty-alleviated-routing',
    citations: [cite('mca2021', '二(一)')],
  },
} as const satisfies Record<string, Rule>;
