import type { Rule } from '../trace/recorder';

/** The rules of education, employment and housing aid (R10). */
export const SPECIAL_AID_RULES = {
  education: { id: 'education-aid.enrolled', citations: [] },
  disabledChild: {
    id: 'education-aid.disabled-child',
    citations: [],
  },
  employment: { id: 'employment-aid.unemployed', citations: [] },
  placement: { id: 'employment-aid.placement', citations: [] },
  graduate: { id: 'employment-aid.graduate', citations: [] },
  rental: { id: 'housing-aid.rental', citations: [] },
  renovation: {
    id: 'housing-aid.renovation',
    citations: [],
  },
} as const satisfies Record<string, Rule>;
