import { cite } from '../citations';
import type { Rule } from '../trace/recorder';

/** The rules of 低保 (R2), each with the clauses it encodes. */
export const DIBAO_RULES = {
  standard: {
    id: 'dibao.standard',
    citations: [cite('interimMeasures', '第十条')],
  },
  /**
   * 特困 members of a 低保 household: left out of its count and payment, or counted, as the table
   * says (`dibao.tekunMembers`, with the region's clause). National basis: 社会救助暂行办法
   * 第十五条第三款 (特困 support dovetails with 低保) and 特困人员认定办法 第六条 (无生活来源: income below
   * the 低保 standard); neither states 不重复享受 in words.
   */
  tekunMembers: {
    id: 'dibao.members.tekun',
    citations: [cite('interimMeasures', '第十五条第三款'), cite('tekunRecognition2021', '第六条')],
  },
  income: {
    id: 'dibao.eligibility.income',
    citations: [cite('interimMeasures', '第九条')],
  },
  assets: {
    id: 'dibao.eligibility.assets',
    citations: [cite('interimMeasures', '第九条'), cite('dibaoReview2021', '第十四条')],
  },
  gap: {
    id: 'dibao.amount.gap',
    citations: [cite('interimMeasures', '第十二条'), cite('dibaoReview2021', '第二十三条')],
  },
  bands: {
    id: 'dibao.amount.bands',
    citations: [cite('dibaoReview2021', '第二十三条')],
  },
  /**
   * The whole standard for named groups (a local rule: the table cites its clause), under the
   * national duty to support the elderly, minors, severely disabled and seriously ill recipients.
   */
  fullStandard: {
    id: 'dibao.amount.full-standard',
    citations: [cite('interimMeasures', '第十二条第二款')],
  },
  classes: {
    id: 'dibao.amount.classes',
    citations: [cite('dibaoReview2021', '第二十三条')],
  },
  floor: {
    id: 'dibao.amount.floor',
    citations: [],
  },
  supplement: {
    id: 'dibao.amount.supplement',
    citations: [cite('interimMeasures', '第十二条第二款')],
  },
  rounding: {
    id: 'dibao.amount.rounding',
    citations: [cite('interimMeasures', '第十条')],
  },
  nearRelative: {
    id: 'dibao.near-relative-filing',
    citations: [cite('dibaoReview2021', '第十一条')],
  },
  area: {
    id: 'dibao.area',
    citations: [cite('interimMeasures', '第十条')],
  },
} as const satisfies Record<string, Rule>;
