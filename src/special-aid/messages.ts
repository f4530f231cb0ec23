import { refs } from '../trace/message';
import type { Messages } from '../trace/types';
import { groupLabels, type RecipientGroup } from './group-schema';

/** The age ranges the special-aid rules test, as named in messages. */
export const ageSubjects = {
  'compulsory-school': { 'zh-CN': '义务教育年龄', en: 'compulsory-school age' },
  working: { 'zh-CN': '法定劳动年龄', en: 'working age' },
} satisfies Record<string, Messages>;

/** An age range named in messages. */
export type AgeSubject = keyof typeof ageSubjects;

/** The housing-aid measures, as named in messages. */
export const housingMeasures = {
  public_rental_or_rent_subsidy: {
    'zh-CN': '住房困难，给予配租公共租赁住房或发放住房租赁补贴',
    en: 'housing difficulty: public rental housing or rent subsidy',
  },
  unsafe_house_renovation: {
    'zh-CN': '现住房属危房且未享受过农村危房改造政策，纳入危房改造',
    en: 'unsafe house not renovated before: unsafe-house renovation',
  },
} satisfies Record<string, Messages>;

/** A housing-aid measure named in messages. */
export type HousingMeasure = keyof typeof housingMeasures;

/** Group labels joined for messages (as `groupsText` joins them). */
export function groupNames(groups: readonly RecipientGroup[]): Messages {
  return {
    'zh-CN': groups.map((g) => groupLabels[g]['zh-CN']).join('、'),
    en: groups.map((g) => groupLabels[g].en).join(', '),
  };
}

/** Message catalog of education, employment and housing aid (zh-CN and en). */
export const specialAidMessages = {
  ageInRange: (
    memberId: string,
    age: number,
    within: boolean,
    subject: AgeSubject,
    atLeast: number,
    below: number,
  ): Messages => ({
    'zh-CN': `成员 ${memberId} 年龄 ${age} 周岁，${within ? '在' : '不在'}${ageSubjects[subject]['zh-CN']}（${atLeast}–${below - 1} 周岁）内`,
    en: `member ${memberId} is aged ${age}: ${within ? 'within' : 'outside'} ${ageSubjects[subject].en} (${atLeast}–${below - 1})`,
  }),
  noMemberQualifies: (): Messages => ({
    'zh-CN': '没有成员符合条件',
    en: 'no member qualifies',
  }),
  educationQualifies: (memberId: string, basis: readonly string[]): Messages => ({
    'zh-CN': `成员 ${memberId} 符合教育救助条件（${basis.join('、')}）`,
    en: `member ${memberId} qualifies for education aid (${basis.join(', ')})`,
  }),
  educationDoesNotQualify: (memberId: string): Messages => ({
    'zh-CN': `成员 ${memberId} 不是在学的救助对象，也不是不能入学的残疾儿童`,
    en: `member ${memberId} is neither an enrolled recipient nor a disabled child unable to attend school`,
  }),
  employmentQualifies: (memberId: string, basis: readonly string[]): Messages => ({
    'zh-CN': `成员 ${memberId} 符合就业救助条件（${basis.join('、')}）`,
    en: `member ${memberId} qualifies for employment aid (${basis.join(', ')})`,
  }),
  employmentDoesNotQualify: (memberId: string): Messages => ({
    'zh-CN': `成员 ${memberId} 不是处于失业状态、有劳动能力的劳动年龄救助对象`,
    en: `member ${memberId} is not an unemployed working-age recipient able to work`,
  }),
  graduate: (memberId: string): Messages => ({
    'zh-CN': `成员 ${memberId} 为低保家庭应届高校毕业生，给予求职补贴`,
    en: `member ${memberId} is a fresh graduate of a recipient household: job-seeking subsidy`,
  }),
  placement: (membersAbleToWork: number): Messages => ({
    'zh-CN': `低保家庭中劳动年龄内有劳动能力的 ${membersAbleToWork} 名成员均处于失业状态，确保该家庭至少1人就业`,
    en: `all ${membersAbleToWork} working-age member(s) able to work in this 低保 household are unemployed: at least one is to be placed in work`,
  }),
  /** A housing measure applies; `groups`: the groups of the grant that covers the household. */
  measureMet: (measure: HousingMeasure, groups: readonly RecipientGroup[] | null): Messages => {
    const who = groups === null ? { 'zh-CN': '救助对象', en: 'recipient' } : groupNames(groups);
    const what = housingMeasures[measure];
    return { 'zh-CN': `${who['zh-CN']}：${what['zh-CN']}`, en: `${who.en}: ${what.en}` };
  },
  measureNotMet: (measure: HousingMeasure, group: boolean, housing: boolean): Messages => {
    const what = housingMeasures[measure];
    return {
      'zh-CN': `不符合：${what['zh-CN']}（对象类别${group ? '符合' : '不符'}，住房条件${housing ? '符合' : '不符'}）`,
      en: `not met: ${what.en} (group ${group ? 'met' : 'not met'}, housing condition ${housing ? 'met' : 'not met'})`,
    };
  },
  noHousingAid: (): Messages => ({
    'zh-CN': '不符合住房救助条件',
    en: 'no housing-aid measure applies',
  }),
};

/** Message refs of the special-aid catalog: what the rules record. */
export const specialAidMsg = refs('special-aid', specialAidMessages);
