import { refs } from '../trace/message';
import type { Messages } from '../trace/types';

/** Message catalog of the "3+1" poverty score (zh-CN and en). */
export const povertyScoreMessages = {
  band: (value: string, below: string, points: string): Messages => ({
    'zh-CN': `${value} 低于 ${below}，得 ${points} 分`,
    en: `${value} is below ${below}: ${points} points`,
  }),
  noBand: (value: string): Messages => ({
    'zh-CN': `${value} 不在任何计分档内，得 0 分`,
    en: `${value} is in no band: 0 points`,
  }),
  health: (memberId: string, points: string): Messages => ({
    'zh-CN': `成员 ${memberId} 身体状况得 ${points} 分`,
    en: `member ${memberId} scores ${points} health points`,
  }),
  asset: (
    fact: string,
    count: number,
    scores: boolean,
    atMost: number,
    points: string,
  ): Messages => ({
    'zh-CN': `${fact} = ${count}（${scores ? '不超过' : '超过'} ${atMost}），得 ${points} 分`,
    en: `${fact} = ${count} (${scores ? 'at most' : 'more than'} ${atMost}): ${points} points`,
  }),
  democraticOutOfRange: (score: string, max: string): Messages => ({
    'zh-CN': `民主评议得分 ${score} 不在 0–${max} 之内`,
    en: `democratic-assessment score ${score} is not within 0–${max}`,
  }),
  weighted: (
    quantified: string,
    quantifiedWeight: string,
    democratic: string,
    democraticWeight: string,
    total: string,
  ): Messages => ({
    'zh-CN': `量化得分 ${quantified} × ${quantifiedWeight} + 民主评议 ${democratic} × ${democraticWeight} = ${total}`,
    en: `quantified ${quantified} × ${quantifiedWeight} + democratic ${democratic} × ${democraticWeight} = ${total}`,
  }),
};

/** Message refs of the poverty-score catalog: what the rules record. */
export const povertyScoreMsg = refs('poverty-score', povertyScoreMessages);
