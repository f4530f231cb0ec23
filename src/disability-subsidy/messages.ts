import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';

/** Message catalog of the two disability subsidies (zh-CN and en). */
export const disabilitySubsidyMessages = {
  living: (memberId: string, grant: string, amount: Text): Messages => ({
    'zh-CN': `成员 ${memberId} 享受困难残疾人生活补贴（${grant}）${amount} 元/月`,
    en: `member ${memberId} receives the living subsidy (${grant}): ${amount} yuan/month`,
  }),
  noSubsidy: (): Messages => ({
    'zh-CN': '没有成员符合残疾人两项补贴条件',
    en: 'no member qualifies for either disability subsidy',
  }),
  total: (unrounded: Text, total: Text): Messages => ({
    'zh-CN': `两项补贴合计 ${unrounded} 元/月，取整后 ${total} 元/月`,
    en: `both subsidies total ${unrounded} yuan/month, ${total} after rounding`,
  }),
  careNotCovered: (memberId: string, category: string, grade: number): Messages => ({
    'zh-CN': `成员 ${memberId} 残疾类别/等级（${category} ${grade} 级）不在护理补贴范围内`,
    en: `member ${memberId}'s disability (${category}, grade ${grade}) is not covered by the care subsidy`,
  }),
  careMonths: (
    memberId: string,
    months: number,
    enough: boolean,
    minCareMonths: number,
  ): Messages => ({
    'zh-CN': `成员 ${memberId} 需长期照护 ${months} 个月，${enough ? '达到' : '未达到'} ${minCareMonths} 个月`,
    en: `member ${memberId} needs care for ${months} month(s): ${enough ? 'at least' : 'under'} ${minCareMonths}`,
  }),
  care: (memberId: string, grant: string, amount: Text): Messages => ({
    'zh-CN': `成员 ${memberId} 享受重度残疾人护理补贴（${grant}）${amount} 元/月`,
    en: `member ${memberId} receives the care subsidy (${grant}): ${amount} yuan/month`,
  }),
};

/** Message refs of the disability-subsidy catalog: what the rules record. */
export const disabilitySubsidyMsg = refs('disability-subsidy', disabilitySubsidyMessages);
