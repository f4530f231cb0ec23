import { conditionText, type MemberCondition } from '../standards/member-condition';
import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';
import type { SupporterCondition } from './params';

/** Message catalog of the 特困 rules (zh-CN and en). */
export const tekunMessages = {
  notExamined: (memberId: string): Messages => ({
    'zh-CN': `成员 ${memberId} 已不具备无劳动能力条件；第四条三项条件须同时具备，其余条件不再审查`,
    en: `member ${memberId} does not lack labour capacity; the three conditions of 第四条 must all hold, so the others are not examined`,
  }),
  area: (): Messages => ({
    'zh-CN': '未说明适用城市还是农村标准',
    en: 'the area (urban or rural) is not stated',
  }),
  noLabourDeclared: (memberId: string): Messages =>
    noLabour(memberId, tekunMessages.declaredNone()),
  noLabourSchool: (memberId: string, level: string): Messages =>
    noLabour(memberId, tekunMessages.school(level)),
  /** A table condition of `tekun.noLabourCapacity.conditions` holds (its text: `conditionText`). */
  noLabourCondition: (memberId: string, condition: MemberCondition): Messages =>
    noLabour(memberId, conditionText(condition)),
  hasLabour: (memberId: string, age: string): Messages => ({
    'zh-CN': `成员 ${memberId}（${age} 周岁）不符合任何无劳动能力情形，不符合特困条件`,
    en: `member ${memberId} (aged ${age}) meets no ground of lacking labour capacity: not 特困`,
  }),
  /** 第二十四条第二款: a 特困 member under the kept-until age keeps 特困, whatever their schooling. */
  noLabourMinorKept: (memberId: string, age: string, belowAge: number): Messages =>
    noLabour(memberId, tekunMessages.minorKept(age, belowAge)),
  minorKept: (age: string, belowAge: number): Messages => ({
    'zh-CN': `已是特困人员的未成年人（${age} 周岁）未满 ${belowAge} 周岁，不论是否在校，可继续享有`,
    en: `a 特困 minor (aged ${age}) under ${belowAge} keeps 特困 whether or not in school`,
  }),
  /** The school continuation is not tried at this age (`continuedInSchoolBelowAge`). */
  schoolPastAge: (memberId: string, age: string, belowAge: number): Messages => ({
    'zh-CN': `成员 ${memberId}（${age} 周岁）已满 ${belowAge} 周岁，不适用在校继续享有的规定，不问在校情况`,
    en: `member ${memberId} (aged ${age}) is ${belowAge} or over: the school continuation does not apply, so schooling is not asked`,
  }),
  declaredNone: (): Messages => ({ 'zh-CN': '经认定无劳动能力', en: 'recognised as having none' }),
  school: (level: string): Messages => ({
    'zh-CN': `原为特困未成年人，年满后仍在校就读（${level}），可继续享有`,
    en: `a 特困 minor who stays in school (${level}) past the age keeps 特困`,
  }),
  incomeBelow: (memberId: string, income: Text, standard: Text, gap: Text): Messages => ({
    'zh-CN': `成员 ${memberId} 本人收入 ${income} 元/月低于低保标准 ${standard} 元，差 ${gap} 元`,
    en: `member ${memberId}'s own income ${income} yuan/month is below the 低保 standard ${standard} yuan by ${gap} yuan`,
  }),
  incomeNotBelow: (memberId: string, income: Text, standard: Text, gap: Text): Messages => ({
    'zh-CN': `成员 ${memberId} 本人收入 ${income} 元/月不低于低保标准 ${standard} 元（高出 ${gap} 元），有生活来源`,
    en: `member ${memberId}'s own income ${income} yuan/month is not below the 低保 standard ${standard} yuan (above by ${gap} yuan): has means of living`,
  }),
  noSupporter: (memberId: string): Messages => ({
    'zh-CN': `成员 ${memberId} 无法定赡养、抚养、扶养义务人`,
    en: `member ${memberId} has no legal supporter`,
  }),
  /**
   * A condition of `tekun.supporterUnable` holds; `arg` is its `ageAtLeast`, or the supporter's
   * `supportBarrier` (`''` when unknown) for `barrier`, else null.
   */
  unable: (
    supporterId: string,
    kind: SupporterCondition['kind'],
    arg: number | string | null,
  ): Messages => {
    const ground = supporterGround(kind, arg);
    return {
      'zh-CN': `义务人 ${supporterId} 无履行义务能力：${ground['zh-CN']}`,
      en: `supporter ${supporterId} is unable to support: ${ground.en}`,
    };
  },
  able: (supporterId: string, age: string): Messages => ({
    'zh-CN': `义务人 ${supporterId}（${age} 周岁）不属于无履行义务能力的情形，不符合特困条件`,
    en: `supporter ${supporterId} (aged ${age}) is not unable to support: not 特困`,
  }),
  supporterIncome: (id: string, income: Text, limit: Text, below: boolean): Messages => ({
    'zh-CN': `义务人 ${id} 本人年收入 ${income} 元${below ? '低于' : '不低于'}上年度人均可支配收入 ${limit} 元`,
    en: `supporter ${id}'s own annual income ${income} yuan is ${below ? 'below' : 'not below'} the previous year's per-capita disposable income ${limit} yuan`,
  }),
  groundTekun: (): Messages => ({ 'zh-CN': '本人为特困人员', en: 'is 特困 himself' }),
  groundDibao: (age: number): Messages => ({
    'zh-CN': `年满 ${age} 周岁的低保对象`,
    en: `a 低保 recipient aged ${age} or over`,
  }),
  groundElderly: (age: number): Messages => ({
    'zh-CN': `年满 ${age} 周岁且收入低于上年度人均可支配收入、财产符合低收入家庭规定`,
    en: `aged ${age} or over with income below the previous year's per-capita disposable income and property within 低收入 rules`,
  }),
  groundDisabled: (): Messages => ({
    'zh-CN':
      '重度残疾（或三级智力、精神残疾）且收入低于上年度人均可支配收入、财产符合低收入家庭规定',
    en: 'severely disabled (or grade-3 intellectual/mental) with income below the previous year’s per-capita disposable income and property within 低收入 rules',
  }),
  groundBarrier: (barrier: string): Messages => ({
    'zh-CN': `${barrier === 'imprisoned' ? '在服刑' : barrier === 'declared-missing' ? '被宣告失踪' : '无民事行为能力'}且财产符合低收入家庭规定`,
    en: `${barrier} with property within 低收入 rules`,
  }),
  /**
   * The basic standard; for a derived figure (`multiple` not null) also its derivation: the
   * multiple of the base figure, unrounded → rounded.
   */
  basic: (
    memberId: string,
    value: Text,
    multiple: string | null,
    base: Text | null,
    unrounded: string | null,
    rounded: string | null,
  ): Messages => {
    const how = multiple !== null ? ` (${multiple} × ${base} = ${unrounded} → ${rounded})` : '';
    return {
      'zh-CN': `成员 ${memberId} 基本生活标准 ${value} 元/月${how}`,
      en: `member ${memberId}: basic living standard ${value} yuan/month${how}`,
    };
  },
  /** The care level (`label` from the table); `notDone` is the count of activities not done, or null. */
  care: (memberId: string, label: Messages, notDone: string | null, value: Text): Messages => {
    const zh = notDone === null ? '' : tekunMessages.notDone(notDone)['zh-CN'];
    const en = notDone === null ? '' : tekunMessages.notDone(notDone).en;
    return {
      'zh-CN': `成员 ${memberId} ${zh}护理档次：${label['zh-CN']}，照料护理标准 ${value} 元/月`,
      en: `member ${memberId}${en ? ` ${en}` : ''} care level: ${label.en}, care standard ${value} yuan/month`,
    };
  },
  notDone: (n: string): Messages => ({
    'zh-CN': `六项日常活动中 ${n} 项不能自理，`,
    en: `(${n} of the six daily activities not done unaided)`,
  }),
  rounding: (
    memberId: string,
    unrounded: Text,
    rounded: Text,
    unit: string,
    mode: string,
  ): Messages => ({
    'zh-CN': `成员 ${memberId} 供养标准按 ${unit} 元${mode === 'up' ? '向上' : mode === 'down' ? '向下' : '四舍五入'}取整：${unrounded} → ${rounded} 元/月`,
    en: `member ${memberId}: amount rounded ${mode} to ${unit} yuan: ${unrounded} → ${rounded} yuan/month`,
  }),
  total: (memberId: string, basic: Text, care: Text, total: Text): Messages => ({
    'zh-CN': `成员 ${memberId} 供养标准：基本生活 ${basic} + 照料护理 ${care} = ${total} 元/月`,
    en: `member ${memberId}: basic ${basic} + care ${care} = ${total} yuan/month`,
  }),
  memberSummary: (memberId: string, outcome: string, amount: string | null): Messages => ({
    'zh-CN': `成员 ${memberId}：${outcome === 'eligible' ? '符合特困条件' : outcome === 'ineligible' ? '不符合特困条件' : '无法确定'}${amount ? `，${amount} 元/月` : ''}`,
    en: `member ${memberId}: ${outcome}${amount ? `, ${amount} yuan/month` : ''}`,
  }),
};

/** `成员 … 无劳动能力：<ground>`: the text of the `noLabour…` entries. */
function noLabour(memberId: string, ground: Messages): Messages {
  return {
    'zh-CN': `成员 ${memberId} 无劳动能力：${ground['zh-CN']}`,
    en: `member ${memberId} has no labour capacity: ${ground.en}`,
  };
}

/**
 * A member condition as a message argument: its kind and the fields its text names (a table's
 * condition may carry more, e.g. its own source), as plain data.
 */
export function conditionArg(c: MemberCondition): MemberCondition {
  switch (c.kind) {
    case 'age-at-least':
    case 'age-below':
      return { kind: c.kind, years: c.years };
    case 'disability':
      return c.categories !== undefined
        ? { kind: c.kind, grades: c.grades, categories: c.categories }
        : { kind: c.kind, grades: c.grades };
    case 'serious-illness':
      return { kind: c.kind };
    case 'labour-capacity':
      return { kind: c.kind, levels: c.levels };
    case 'employment':
      return { kind: c.kind, statuses: c.statuses };
  }
}

/** The ground of {@link tekunMessages.unable}: the condition of 第八条 that holds. */
function supporterGround(kind: SupporterCondition['kind'], arg: number | string | null): Messages {
  switch (kind) {
    case 'tekun':
      return tekunMessages.groundTekun();
    case 'dibao-elderly':
      return tekunMessages.groundDibao(arg as number);
    case 'elderly-low-income':
      return tekunMessages.groundElderly(arg as number);
    case 'disabled-low-income':
      return tekunMessages.groundDisabled();
    case 'barrier':
      return tekunMessages.groundBarrier(arg as string);
  }
}

/** Labels of amount lines. */
export const tekunLines = {
  basic: { 'zh-CN': '基本生活标准', en: 'basic living standard' },
  care: { 'zh-CN': '照料护理标准', en: 'care standard' },
  rounding: { 'zh-CN': '取整', en: 'rounding' },
} satisfies Record<string, Messages>;

/** Message refs of the 特困 catalog: what the rules record. */
export const tekunMsg = refs('tekun', tekunMessages);
