import type { IncomeType, SchoolingLevel } from '../schema/household';
import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';

/** Names of income types in each locale. */
export const incomeTypeNames: Record<IncomeType, Messages> = {
  wage: { 'zh-CN': '工资性收入', en: 'wages' },
  business: { 'zh-CN': '经营净收入', en: 'net business income' },
  property: { 'zh-CN': '财产净收入', en: 'net property income' },
  transfer: { 'zh-CN': '转移净收入', en: 'net transfer income' },
  pension: { 'zh-CN': '养老金', en: 'pension' },
  'basic-pension': {
    'zh-CN': '城乡居民基本养老保险基础养老金',
    en: 'basic pension of the residents’ pension scheme',
  },
  support: { 'zh-CN': '赡养费、抚养费、扶养费', en: 'support payments received' },
  'special-care': { 'zh-CN': '优待抚恤金', en: 'special-care and survivor benefits' },
  'family-planning': { 'zh-CN': '计划生育奖励与扶助金', en: 'family-planning awards' },
  award: { 'zh-CN': '奖学金、见义勇为等奖励性补助', en: 'scholarships and awards' },
  'social-assistance': { 'zh-CN': '社会救助款物', en: 'social-assistance payments' },
  'elderly-allowance': { 'zh-CN': '高龄津贴', en: 'old-age allowance' },
  'disability-subsidy': { 'zh-CN': '残疾人两项补贴', en: 'disability subsidies' },
  other: { 'zh-CN': '其他收入', en: 'other income' },
};

/** Names of schooling levels in each locale. */
export const schoolingLevelNames: Record<SchoolingLevel, Messages> = {
  none: { 'zh-CN': '未就学', en: 'not in school' },
  preschool: { 'zh-CN': '学前', en: 'pre-school' },
  compulsory: { 'zh-CN': '义务', en: 'compulsory' },
  'high-school': { 'zh-CN': '普通高中', en: 'senior high school' },
  vocational: { 'zh-CN': '中等职业', en: 'secondary vocational' },
  higher: { 'zh-CN': '专科、本科', en: 'college or bachelor' },
  postgraduate: { 'zh-CN': '研究生', en: 'postgraduate' },
};

function levelList(levels: readonly SchoolingLevel[], locale: 'zh-CN' | 'en'): string {
  return levels.map((l) => schoolingLevelNames[l][locale]).join(locale === 'en' ? ', ' : '、');
}

/** Message catalog of the household-income rules (zh-CN and en). */
export const incomeMessages = {
  coResident: (counted: number, excluded: readonly string[], students = 0): Messages => ({
    'zh-CN': `${students ? `家庭成员 ${counted} 人计入（其中在校就读、不在家居住的子女 ${students} 人）` : `共同生活家庭成员 ${counted} 人计入`}${excluded.length ? `；不共同生活、不计入：${excluded.join('、')}` : ''}`,
    en: `${students ? `${counted} member(s) counted (of whom ${students} child(ren) living away at school)` : `${counted} co-resident member(s) counted`}${excluded.length ? `; not living with the household, not counted: ${excluded.join(', ')}` : ''}`,
  }),
  studentAway: (
    counted: readonly string[],
    notCounted: readonly string[],
    levels: readonly SchoolingLevel[],
  ): Messages => ({
    'zh-CN': [
      counted.length
        ? `在校接受全日制${levelList(levels, 'zh-CN')}教育、不在家居住的子女仍为家庭成员，计入：${counted.join('、')}`
        : '',
      notCounted.length
        ? `在校就读但学历层次不在计入范围（${levelList(levels, 'zh-CN')}）的子女不计入：${notCounted.join('、')}`
        : '',
    ]
      .filter((t) => t !== '')
      .join('；'),
    en: [
      counted.length
        ? `children living away for full-time study (${levelList(levels, 'en')}) are still household members, counted: ${counted.join(', ')}`
        : '',
      notCounted.length
        ? `children away for study at a level not counted (counted: ${levelList(levels, 'en')}) are not counted: ${notCounted.join(', ')}`
        : '',
    ]
      .filter((t) => t !== '')
      .join('; '),
  }),
  programExclusion: (counted: number, excluded: readonly string[]): Messages => ({
    'zh-CN': `本项救助不覆盖的成员不计入人数、其个人收入不计入：${excluded.join('、')}；计入 ${counted} 人`,
    en: `members this programme does not cover are not counted, nor their own income: ${excluded.join(', ')}; ${counted} member(s) counted`,
  }),
  monthly: (gross: Text, items: number): Messages => ({
    'zh-CN': `${items} 项收入折算为月收入，合计 ${gross} 元/月`,
    en: `${items} income item(s) converted to a monthly figure: ${gross} yuan/month in total`,
  }),
  exclusion: (types: readonly IncomeType[], amount: Text): Messages =>
    types.length === 0
      ? { 'zh-CN': '无不计入家庭收入的收入', en: 'no income of an excluded type' }
      : {
          'zh-CN': `不计入家庭收入：${types.map((t) => incomeTypeNames[t]['zh-CN']).join('、')}，共 ${amount} 元/月`,
          en: `not counted as income: ${types.map((t) => incomeTypeNames[t].en).join(', ')}, ${amount} yuan/month in total`,
        },
  centralBasicPension: (central: Text, topUp: Text, readWhole: readonly string[]): Messages => ({
    'zh-CN': `城乡居民基础养老金仅中央确定的部分不计入：不计入 ${central} 元/月，地方提高部分计入 ${topUp} 元/月${readWhole.length ? `；${readWhole.join('、')} 未载明中央确定部分（centralPortion），按全额为中央确定的基础养老金理解（解释）` : ''}`,
    en: `only the centrally set part of the residents' basic pension is not counted: ${central} yuan/month not counted, local top-up counted ${topUp} yuan/month${readWhole.length ? `; ${readWhole.join(', ')} state no central part (centralPortion) and are read as the centrally set basic pension in full (an interpretation)` : ''}`,
  }),
  expenditure: (kind: 'medical' | 'education', amount: Text, capped: boolean): Messages => ({
    'zh-CN': `扣减${kind === 'medical' ? '因病' : '因学'}刚性支出 ${amount} 元/月${capped ? '（已按上限封顶）' : ''}`,
    en: `deducted rigid ${kind} expenditure: ${amount} yuan/month${capped ? ' (capped)' : ''}`,
  }),
  employment: (amount: Text, workers: number): Messages => ({
    'zh-CN': `扣减 ${workers} 名就业成员的必要就业成本 ${amount} 元/月`,
    en: `deducted necessary employment costs of ${workers} working member(s): ${amount} yuan/month`,
  }),
  noEmploymentDeduction: (workers: number): Messages => ({
    'zh-CN': `标准表未设就业成本扣减（income.deductions.employment）：${workers} 名有工作收入的成员不扣减就业成本`,
    en: `the table sets no employment-cost deduction (income.deductions.employment): nothing is deducted for the ${workers} member(s) with work income`,
  }),
  counted: (counted: Text, perCapita: Text, members: number, floored: boolean): Messages => ({
    'zh-CN': `计入家庭月收入 ${counted} 元，共同生活成员 ${members} 人，人均 ${perCapita} 元/月${floored ? '（扣减后不低于零）' : ''}`,
    en: `counted household income ${counted} yuan/month over ${members} member(s): ${perCapita} yuan per person per month${floored ? ' (deductions do not take income below zero)' : ''}`,
  }),
  shared: (ref: string, counted: Text, perCapita: Text, members: number): Messages => ({
    'zh-CN': `家庭收入按本次评估的收入计算 ${ref}：计入家庭月收入 ${counted} 元，成员 ${members} 人，人均 ${perCapita} 元/月`,
    en: `household income as computed once for this assessment (${ref}): ${counted} yuan/month counted over ${members} member(s), ${perCapita} yuan per person per month`,
  }),
};

/** Message refs of the household-income catalog: what the rules record. */
export const incomeMsg = refs('income', incomeMessages);
