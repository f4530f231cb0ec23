import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of medical aid (R9), each with the clauses it encodes. */
export const MEDICAL_AID_RULES = {
  group: {
    id: 'medical-aid.group-ratio',
    citations: [cite('yangjiang2017', '二(一)四'), cite('hanzhong2016', '三(三)')],
  },
  uplift: {
    id: 'medical-aid.uplift',
    citations: [cite('yangjiang2017', '二(一)四')],
  },
  deductible: {
    id: 'medical-aid.deductible',
    citations: [cite('hanzhong2016', '三(三)')],
  },
  cap: {
    id: 'medical-aid.annual-cap',
    citations: [cite('hanzhong2016', '三(三)')],
  },
  illness: {
    id: 'medical-aid.illness-impoverished',
    citations: [cite('hanzhong2016', '三(三)')],
  },
  premium: {
    id: 'medical-aid.premium-subsidy',
    citations: [cite('hanzhong2016', '三(三)'), cite('yangjiang2017', '二(一)四')],
  },
  rounding: {
    id: 'medical-aid.rounding',
    citations: [cite('hanzhong2016', '三(三)')],
  },
  member: {
    id: 'medical-aid.member',
    citations: [cite('hanzhong2016', '三(三)')],
  },
} as const satisfies Record<string, Rule>;
