import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';

/** Message catalog of the 单人户 rules (zh-CN and en). */
export const singlePersonMessages = {
  applied: (id: string, applied: boolean): Messages => ({
    'zh-CN': applied ? `成员 ${id} 申请按单人户纳入低保` : `成员 ${id} 未申请按单人户纳入低保`,
    en: applied
      ? `member ${id} applies to be included in 低保 as a single-person household`
      : `member ${id} has not applied to be assessed as a single-person household`,
  }),
  alreadyDibao: (): Messages => ({
    'zh-CN': '家庭已是低保家庭，成员已在保障范围内',
    en: 'the household already receives 低保: the member is already covered',
  }),
  alreadyTekun: (id: string): Messages => ({
    'zh-CN': `成员 ${id} 已是特困人员`,
    en: `member ${id} is already supported as 特困`,
  }),
  conditionMet: (id: string, label: Messages): Messages => ({
    'zh-CN': `成员 ${id} 符合单人户条件：${label['zh-CN']}`,
    en: `member ${id} meets a single-person condition: ${label.en}`,
  }),
  conditionNotMet: (id: string, labels: string): Messages => ({
    'zh-CN': `成员 ${id} 不符合任何单人户条件（${labels}）`,
    en: `member ${id} meets no single-person condition (${labels})`,
  }),
  lower: (perCapita: Text, bound: Text, met: boolean, gap: Text): Messages => ({
    'zh-CN': met
      ? `家庭人均收入 ${perCapita} 元不低于 ${bound} 元（高出 ${gap} 元），家庭本身不符合整户低保`
      : `家庭人均收入 ${perCapita} 元低于 ${bound} 元（差 ${gap} 元）：应整户申请低保，不按单人户`,
    en: met
      ? `household per-capita income ${perCapita} yuan is not below ${bound} yuan (by ${gap} yuan): the household itself is not 低保-eligible`
      : `household per-capita income ${perCapita} yuan is below ${bound} yuan (by ${gap} yuan): the whole household should apply for 低保, not a single-person household`,
  }),
  upper: (perCapita: Text, bound: Text, below: boolean, gap: Text): Messages => ({
    'zh-CN': below
      ? `家庭人均收入 ${perCapita} 元低于单人户收入上限 ${bound} 元（差 ${gap} 元）`
      : `家庭人均收入 ${perCapita} 元不低于单人户收入上限 ${bound} 元（高出 ${gap} 元）`,
    en: below
      ? `household per-capita income ${perCapita} yuan is below the single-person ceiling ${bound} yuan by ${gap} yuan`
      : `household per-capita income ${perCapita} yuan is not below the single-person ceiling ${bound} yuan (above by ${gap} yuan)`,
  }),
  noWindow: (): Messages => ({
    'zh-CN': '本地标准对单人户不设家庭收入条件',
    en: 'the local standards set no household-income condition for single-person households',
  }),
  noOtherMembers: (): Messages => ({
    'zh-CN': '没有其他共同生活家庭成员，应按一般低保申请',
    en: 'no other co-resident member: apply for 低保 in the ordinary way',
  }),
};

/** Message refs of the 单人户 catalog: what the rules record. */
export const singlePersonMsg = refs('single-person', singlePersonMessages);
