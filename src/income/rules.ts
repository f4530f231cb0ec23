import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of household income (R1), each with the clauses it encodes. */
export const INCOME_RULES = {
  coResident: {
    id: 'income.co-resident',
    citations: [cite('dibaoReview2021', '第七条'), cite('interimMeasures', '第九条')],
  },
  /** The named exception to co-residence: a child away at school for full-time study. */
  studentAway: {
    id: 'income.student-away',
    citations: [cite('dibaoReview2021', '第七条')],
  },
  /**
   * Members the program does not cover, left out after the count. Today only 特困 members out of
   * 低保 (`dibao.members.tekun`), whose national basis this cites: 社会救助暂行办法 第十五条第三款 and
   * 特困人员认定办法 第六条 (the region's own clause comes from the table with that rule).
   */
  programExclusion: {
    id: 'income.members.excluded',
    citations: [cite('interimMeasures', '第十五条第三款'), cite('tekunRecognition2021', '第六条')],
  },
  monthly: {
    id: 'income.monthly',
    citations: [cite('dibaoReview2021', '第十三条第一款')],
  },
  exclusion: {
    id: 'income.exclusion',
    citations: [cite('dibaoReview2021', '第十三条第二款')],
  },
  /** Of the basic pension, only the centrally set part is excluded; a local top-up is counted. */
  centralBasicPension: {
    id: 'income.exclusion.central-basic-pension',
    citations: [cite('dibaoReview2021', '第十三条第二款'), cite('tekunRecognition2021', '第六条')],
  },
  medical: {
    id: 'income.deduction.medical',
    citations: [cite('dibaoReview2021', '第十三条第三款')],
  },
  education: {
    id: 'income.deduction.education',
    citations: [],
  },
  employment: {
    id: 'income.deduction.employment',
    citations: [cite('dibaoReview2021', '第十三条第一款第(一)项'), cite('mca2021', '二(一)')],
  },
  counted: {
    id: 'income.counted',
    citations: [cite('dibaoReview2021', '第十三条')],
  },
  /** One income computation of an assessment, recorded once and referenced by the programs. */
  shared: {
    id: 'income.shared',
    citations: [cite('dibaoReview2021', '第十三条')],
  },
} as const satisfies Record<string, Rule>;
