import type { Messages } from '../trace/types';

/** Message catalog of the household-income rules (zh-CN and en). */
export const incomeMessages = {
  coResident: (counted: number, excluded: string[]): Messages => ({
    'zh-CN': `共同生活家庭成员 ${counted} 人计入${excluded.length ? `；不共同生活、不计入：${excluded.join('、')}` : ''}`,
    en: `${counted} co-resident member(s) counted${excluded.length ? `; not living with the household, not counted: ${excluded.join(', ')}` : ''}`,
  }),
  monthly: (gross: string, items: number): Messages => ({
    'zh-CN': `${items} 项收入折算为月收入，合计 ${gross} 元/月`,
    en: `${items} income item(s) converted to a monthly figure: ${gross} yuan/month in total`,
  }),
  exclusion: (types: string[], amount: string): Messages => ({
    'zh-CN': `不计入家庭收入的收入（${types.join('、')}）：${amount} 元/月`,
    en: `income not counted (${types.join(', ')}): ${amount} yuan/month`,
  }),
  expenditure: (kind: 'medical' | 'education', amount: string, capped: boolean): Messages => ({
    'zh-CN': `扣减${kind === 'medical' ? '因病' : '因学'}刚性支出 ${amount} 元/月${capped ? '（已按上限封顶）' : ''}`,
    en: `deducted rigid ${kind} expenditure: ${amount} yuan/month${capped ? ' (capped)' : ''}`,
  }),
  employment: (amount: string, workers: number): Messages => ({
    'zh-CN': `扣减 ${workers} 名就业成员的必要就业成本 ${amount} 元/月`,
    en: `deducted necessary employment costs of ${workers} working member(s): ${amount} yuan/month`,
  }),
  counted: (counted: string, perCapita: string, members: number, floored: boolean): Messages => ({
    'zh-CN': `计入家庭月收入 ${counted} 元，共同生活成员 ${members} 人，人均 ${perCapita} 元/月${floored ? '（扣减后不低于零）' : ''}`,
    en: `counted household income ${counted} yuan/month over ${members} member(s): ${perCapita} yuan per person per month${floored ? ' (deductions do not take income below zero)' : ''}`,
  }),
};
