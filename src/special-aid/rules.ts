import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of education, employment and housing aid (R10). */
export const SPECIAL_AID_RULES = {
  education: { id: 'education-aid.enrolled', citations: [cite('hanzhong2016', '三(五)')] },
  disabledChild: {
    id: 'education-aid.disabled-child',
    citations: [cite('hanzhong2016', '三(五)')],
  },
  employment: { id: 'employment-aid.unemployed', citations: [cite('hanzhong2016', '三(七)')] },
  placement: { id: 'employment-aid.placement', citations: [cite('hanzhong2016', '三(七)')] },
  graduate: { id: 'employment-aid.graduate', citations: [cite('hanzhong2016', '三(七)')] },
  rental: { id: 'housing-aid.rental', citations: [cite('hanzhong2016', '三(六)')] },
  renovation: {
    id: 'housing-aid.renovation',
    citations: [cite('yangjiang2017', '二(一)七'), cite('hanzhong2016', '三(六)')],
  },
} as const satisfies Record<string, Rule>;
