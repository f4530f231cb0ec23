import { groupLabels, type RecipientGroup } from '../special-aid/group-schema';
import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';

const pct = (ratio: string): string => ratio;

/** Message catalog of medical aid (zh-CN and en). */
export const medicalAidMessages = {
  group: (
    memberId: string,
    groupId: string,
    groups: readonly RecipientGroup[],
    ratio: string,
  ): Messages => ({
    'zh-CN': `成员 ${memberId} 属于${groups.map((g) => groupLabels[g]['zh-CN']).join('、')}（${groupId}），救助比例 ${pct(ratio)}`,
    en: `member ${memberId} is a ${groups.map((g) => groupLabels[g].en).join(', ')} (${groupId}): aid ratio ${pct(ratio)}`,
  }),
  notRecipient: (memberId: string): Messages => ({
    'zh-CN': `成员 ${memberId} 不属于任何医疗救助对象类别，家庭亦不按因病致贫救助`,
    en: `member ${memberId} is in no medical-aid recipient group and the table has no 因病致贫 rule`,
  }),
  uplift: (memberId: string, points: string, ratio: string): Messages => ({
    'zh-CN': `成员 ${memberId} 为重残、重病、老年人或未成年人，救助比例提高 ${points}，为 ${ratio}`,
    en: `member ${memberId} is severely disabled, seriously ill, elderly or a minor: ratio raised by ${points} to ${ratio}`,
  }),
  ratioClamped: (ratio: string): Messages => ({
    'zh-CN': `救助比例 ${ratio} 超过 1，按 1 计（救助不超过自负费用）`,
    en: `ratio ${ratio} exceeds 1: 1 is used (aid never exceeds the out-of-pocket cost)`,
  }),
  deductible: (oop: Text, d: Text, above: boolean, aidable: Text): Messages => ({
    'zh-CN': above
      ? `政策范围内自负费用 ${oop} 元高于起付线 ${d} 元，可救助部分 ${aidable} 元`
      : `政策范围内自负费用 ${oop} 元未超过起付线 ${d} 元，不予救助`,
    en: above
      ? `compliant out-of-pocket cost ${oop} yuan is above the threshold ${d} yuan: ${aidable} yuan is aidable`
      : `compliant out-of-pocket cost ${oop} yuan does not exceed the threshold ${d} yuan: no aid`,
  }),
  noDeductible: (oop: Text): Messages => ({
    'zh-CN': `重点救助对象不设救助门槛，可救助部分 ${oop} 元`,
    en: `no threshold for key recipients: ${oop} yuan is aidable`,
  }),
  raw: (aidable: Text, ratio: string, raw: string): Messages => ({
    'zh-CN': `${aidable} × ${ratio} = ${raw} 元`,
    en: `${aidable} × ${ratio} = ${raw} yuan`,
  }),
  cap: (cap: Text, ytd: Text, remaining: Text, raw: Text, aid: Text): Messages => ({
    'zh-CN': `年度救助限额 ${cap} 元，本年已救助 ${ytd} 元，剩余 ${remaining} 元；本次救助 ${raw} → ${aid} 元`,
    en: `annual cap ${cap} yuan, ${ytd} yuan already paid this year, ${remaining} yuan left; aid ${raw} → ${aid} yuan`,
  }),
  capReached: (cap: Text, ytd: Text): Messages => ({
    'zh-CN': `本年已救助 ${ytd} 元，已达年度限额 ${cap} 元，不再救助`,
    en: `${ytd} yuan already paid this year reaches the annual cap ${cap} yuan: no further aid`,
  }),
  noCap: (): Messages => ({
    'zh-CN': '该类对象不设年度救助限额',
    en: 'no annual cap for this group',
  }),
  capacity: (income: Text, share: string, capacity: Text): Messages => ({
    'zh-CN': `家庭年收入 ${income} 元 × ${share} = 家庭负担能力 ${capacity} 元`,
    en: `annual household income ${income} yuan × ${share} = capacity ${capacity} yuan`,
  }),
  beyondCapacity: (total: Text, capacity: Text, excess: Text): Messages => ({
    'zh-CN': `本年自负费用累计 ${total} 元超过家庭负担能力 ${capacity} 元，本次超出部分 ${excess} 元予以救助`,
    en: `the year's out-of-pocket cost ${total} yuan exceeds the capacity ${capacity} yuan: ${excess} yuan of this bill is beyond it`,
  }),
  withinCapacity: (total: Text, capacity: Text): Messages => ({
    'zh-CN': `本年自负费用累计 ${total} 元未超过家庭负担能力 ${capacity} 元，不予救助`,
    en: `the year's out-of-pocket cost ${total} yuan does not exceed the capacity ${capacity} yuan: no aid`,
  }),
  rounding: (unrounded: string, rounded: Text, unit: string, mode: string): Messages => ({
    'zh-CN': `按 ${unit} 元（${mode}）取整：${unrounded} → ${rounded} 元`,
    en: `rounded ${mode} to ${unit} yuan: ${unrounded} → ${rounded} yuan`,
  }),
  premium: (memberId: string, grantId: string, share: string, amount: Text): Messages => ({
    'zh-CN': `成员 ${memberId} 享受参保资助（${grantId}）：个人缴费 × ${share} = ${amount} 元`,
    en: `member ${memberId} gets a premium subsidy (${grantId}): contribution × ${share} = ${amount} yuan`,
  }),
  noPremium: (): Messages => ({
    'zh-CN': '没有成员符合参保资助条件',
    en: 'no member qualifies for a premium subsidy',
  }),
};

/** Labels of amount lines. */
export const medicalAidLines = {
  aid: { 'zh-CN': '医疗救助', en: 'medical aid' },
  cap: { 'zh-CN': '年度限额扣减', en: 'reduction to the annual cap' },
  premium: { 'zh-CN': '参保资助', en: 'premium subsidy' },
  rounding: { 'zh-CN': '取整', en: 'rounding' },
} satisfies Record<string, Messages>;

/** Message refs of the medical-aid catalog: what the rules record. */
export const medicalAidMsg = refs('medical-aid', medicalAidMessages);
