import type { RecipientGroup } from '../special-aid/group-schema';
import { groupNames } from '../special-aid/messages';
import { refs } from '../trace/message';
import type { Messages } from '../trace/types';

/** Message catalog of the elderly-care services rules (zh-CN and en). */
export const elderlyCareMessages = {
  /** A member's age against a rule's minimum age; `groups`: the rule's recipient groups. */
  age: (
    memberId: string,
    years: number,
    old: boolean,
    minAge: number,
    groups: readonly RecipientGroup[],
  ): Messages => {
    const who = groupNames(groups);
    return {
      'zh-CN': `成员 ${memberId} 年龄 ${years} 周岁，${old ? '已满' : '未满'} ${minAge} 周岁（${who['zh-CN']}）`,
      en: `member ${memberId} is aged ${years}: ${old ? 'at least' : 'under'} ${minAge} (${who.en})`,
    };
  },
  lostSelfCare: (
    memberId: string,
    notDone: number,
    lost: boolean,
    notDoneAtLeast: number,
  ): Messages => ({
    'zh-CN': `成员 ${memberId} 有 ${notDone} 项日常活动不能自理，${lost ? '达到' : '未达到'}失能标准 ${notDoneAtLeast} 项`,
    en: `member ${memberId} cannot do ${notDone} daily activit${notDone === 1 ? 'y' : 'ies'} unaided: ${lost ? 'meets' : 'below'} the lost-self-care line of ${notDoneAtLeast}`,
  }),
  qualifies: (memberId: string, basis: readonly string[]): Messages => ({
    'zh-CN': `成员 ${memberId} 符合养老服务保障条件（${basis.join('、')}）`,
    en: `member ${memberId} qualifies for elderly-care services (${basis.join(', ')})`,
  }),
  doesNotQualify: (memberId: string): Messages => ({
    'zh-CN': `成员 ${memberId} 不符合任何养老服务保障规则`,
    en: `member ${memberId} meets no elderly-care rule`,
  }),
};

/** Message refs of the elderly-care catalog: what the rules record. */
export const elderlyCareMsg = refs('elderly-care', elderlyCareMessages);
