import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of elderly-care services (R11). */
export const ELDERLY_CARE_RULES = {
  service: { id: 'elderly-care.service', citations: [] },
  selfCare: {
    id: 'elderly-care.lost-self-care',
    citations: [cite('tekunRecognition2021', '第二十一条、第二十二条')],
  },
} as const satisfies Record<string, Rule>;
