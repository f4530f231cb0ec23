import type { Rule } from '../trace/recorder';

/** The rules of medical aid (R9), each with the clauses it encodes. */
export const MEDICAL_AID_RULES = {
  group: {
    id: 'medical-aid.group-ratio',
    citations: [],
  },
  uplift: {
    id: 'medical-aid.uplift',
    citations: [],
  },
  deductible: {
    id: 'medical-aid.deductible',
    citations: [],
  },
  cap: {
    id: 'medical-aid.annual-cap',
    citations: [],
  },
  illness: {
    id: 'medical-aid.illness-impoverished',
    citations: [],
  },
  premium: {
    id: 'medical-aid.premium-subsidy',
    citations: [],
  },
  rounding: {
    id: 'medical-aid.rounding',
    citations: [],
  },
  member: {
    id: 'medical-aid.member',
    citations: [],
  },
} as const satisfies Record<string, Rule>;
