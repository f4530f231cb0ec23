import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of 临时救助 (R5), each with the clauses it encodes. */
export const TEMPORARY_AID_RULES = {
  kind: {
    id: 'temporary-aid.kind',
    citations: [cite('temporaryAid2018', '二(一)')],
  },
  /**
   * General rule: the township handles applicants of local 户籍 (国发〔2014〕47号, read only in
   * news summaries, so no clause is given; 银川 2021 二(三) on applying where one resides).
   */
  hukou: {
    id: 'temporary-aid.residence.hukou',
    citations: [cite('temporaryAid2014', '申请受理（条款未核实）')],
  },
  /**
   * A 居住证 of the region in place of local 户籍, for the kinds the table accepts it for
   * (国发〔2014〕47号 申请受理, read only in news summaries; the region's clause, e.g. 银川 2021
   * 二(三), from the table).
   */
  residencePermit: {
    id: 'temporary-aid.residence.permit',
    citations: [cite('temporaryAid2014', '申请受理（条款未核实）')],
  },
  /** Exception: aid where the emergency happened, regardless of 户籍. */
  placeOfEmergency: {
    id: 'temporary-aid.residence.place-of-emergency',
    citations: [],
  },
  expenditureIncome: {
    id: 'temporary-aid.expenditure.income',
    citations: [cite('temporaryAid2018', '二(一)')],
  },
  /**
   * The means test: aid for households that cannot meet the hardship by their own and their
   * family's means (2018 意见 二(一); the region's clause, e.g. 银川 2021 二(七), from the table).
   */
  hardshipIncome: {
    id: 'temporary-aid.hardship.income',
    citations: [cite('temporaryAid2018', '二(一)')],
  },
  hardshipAssets: {
    id: 'temporary-aid.hardship.assets',
    citations: [cite('temporaryAid2018', '二(一)')],
  },
  persons: {
    id: 'temporary-aid.persons',
    citations: [cite('dibaoReview2021', '第七条')],
  },
  floor: {
    id: 'temporary-aid.amount.floor',
    citations: [cite('temporaryAid2018', '二(三)')],
  },
  band: {
    id: 'temporary-aid.amount.expenditure-band',
    citations: [cite('temporaryAid2018', '二(三)')],
  },
  /** A range of multiples ("from m × to M ×"): raised to the minimum, 一事一议 above the maximum. */
  range: {
    id: 'temporary-aid.amount.range',
    citations: [cite('temporaryAid2018', '二(三)')],
  },
  caseByCase: {
    id: 'temporary-aid.amount.case-by-case',
    citations: [cite('temporaryAid2018', '二(三)')],
  },
  cap: {
    id: 'temporary-aid.amount.cap',
    citations: [cite('temporaryAid2018', '二(三)')],
  },
  rounding: {
    id: 'temporary-aid.amount.rounding',
    citations: [cite('interimMeasures', '第四十九条')],
  },
} as const satisfies Record<string, Rule>;
