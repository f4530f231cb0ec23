import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';

/** Message catalog of the 低保 rules (zh-CN and en). */
export const dibaoMessages = {
  tekunMembersExcluded: (ids: readonly string[]): Messages => ({
    'zh-CN': `特困供养成员 ${ids.join('、')} 已享受特困人员救助供养，不重复享受低保：不计入本户低保人数和低保金`,
    en: `member(s) ${ids.join(', ')} are supported as 特困 and do not also receive 低保: left out of the household's 低保 count and payment`,
  }),
  tekunMembersCounted: (ids: readonly string[]): Messages => ({
    'zh-CN': `特困供养成员 ${ids.join('、')} 按本地规定计入本户低保人数`,
    en: `member(s) ${ids.join(', ')} supported as 特困 are counted in the household's 低保, as the local rule says`,
  }),
  standard: (area: 'urban' | 'rural', standard: Text): Messages => ({
    'zh-CN': `适用${area === 'urban' ? '城市' : '农村'}低保标准 ${standard} 元/人·月`,
    en: `${area} 低保 standard applies: ${standard} yuan per person per month`,
  }),
  incomeBelow: (perCapita: Text, standard: Text, gap: Text): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元低于低保标准 ${standard} 元，差 ${gap} 元，符合收入条件`,
    en: `per-capita income ${perCapita} yuan is below the 低保 standard ${standard} yuan by ${gap} yuan: the income condition is met`,
  }),
  incomeNotBelow: (perCapita: Text, standard: Text, gap: Text, equal: boolean): Messages =>
    equal
      ? {
          'zh-CN': `家庭人均收入 ${perCapita} 元等于低保标准 ${standard} 元，不低于标准，不符合收入条件`,
          en: `per-capita income ${perCapita} yuan equals the 低保 standard ${standard} yuan; it is not below it: the income condition is not met`,
        }
      : {
          'zh-CN': `家庭人均收入 ${perCapita} 元高于低保标准 ${standard} 元（高出 ${gap} 元），不符合收入条件`,
          en: `per-capita income ${perCapita} yuan is above the 低保 standard ${standard} yuan by ${gap} yuan: the income condition is not met`,
        },
  noMembers: (): Messages => ({
    'zh-CN': '没有计入的共同生活家庭成员',
    en: 'no co-resident member is counted',
  }),
  assetsNotTested: (): Messages => ({
    'zh-CN':
      '标准表声明低保不作财产限额比对（dibao.assets: "not-tested"）；财产状况按当地规定另行核对',
    en: 'the table states that 低保 tests no property limit (dibao.assets: "not-tested"); property is to be checked under local rules outside this table',
  }),
  noAssetLimits: (): Messages => ({
    'zh-CN': '标准表未设低保财产限额（dibao.assets），不作财产比对；财产状况按当地规定另行核对',
    en: 'the table sets no 低保 property limits (dibao.assets), so no property limit is tested; property is to be checked under local rules outside this table',
  }),
  assetWithin: (asset: AssetName, actual: string, limit: string): Messages => ({
    'zh-CN': `${assetNames[asset]['zh-CN']} ${actual} 未超过限额 ${limit}`,
    en: `${assetNames[asset].en} ${actual} is within the limit ${limit}`,
  }),
  assetExceeds: (asset: AssetName, actual: string, limit: string, gap: Text): Messages => ({
    'zh-CN': `${assetNames[asset]['zh-CN']} ${actual} 超过限额 ${limit}（超出 ${gap}），不符合财产条件`,
    en: `${assetNames[asset].en} ${actual} exceeds the limit ${limit} (by ${gap}): the asset condition is not met`,
  }),
  gap: (standard: Text, members: number, counted: Text, amount: Text): Messages => ({
    'zh-CN': `差额发放：${standard} × ${members} 人 − 计入收入 ${counted} = ${amount} 元/月`,
    en: `gap payment: ${standard} × ${members} member(s) − counted income ${counted} = ${amount} yuan/month`,
  }),
  band: (below: Text, perPerson: Text, members: number, amount: Text): Messages => ({
    'zh-CN': `分档发放：人均收入低于 ${below} 元档，每人 ${perPerson} 元 × ${members} 人 = ${amount} 元/月`,
    en: `band payment: per-capita income below ${below} yuan, ${perPerson} yuan × ${members} member(s) = ${amount} yuan/month`,
  }),
  /** A band whose upper edge belongs to it (`atMost`: "100 元(含)以下"). */
  bandAtMost: (atMost: Text, perPerson: Text, members: number, amount: Text): Messages => ({
    'zh-CN': `分档发放：人均收入不高于 ${atMost} 元（含）档，每人 ${perPerson} 元 × ${members} 人 = ${amount} 元/月`,
    en: `band payment: per-capita income at most ${atMost} yuan (edge included), ${perPerson} yuan × ${members} member(s) = ${amount} yuan/month`,
  }),
  /** 分类定额: the household's class and its amount per person. */
  classAmount: (
    classId: string,
    label: Messages,
    perPerson: Text,
    members: number,
    amount: Text,
  ): Messages => ({
    'zh-CN': `分类定额：家庭为 ${label['zh-CN']}（${classId}），每人 ${perPerson} 元 × ${members} 人 = ${amount} 元/月`,
    en: `payment by class: the household is in ${label.en} (${classId}), ${perPerson} yuan × ${members} member(s) = ${amount} yuan/month`,
  }),
  /** A member of a named group is paid the whole standard. */
  fullStandardMember: (memberId: string, label: Messages, standard: Text): Messages => ({
    'zh-CN': `成员 ${memberId} 属于${label['zh-CN']}，按低保标准全额 ${standard} 元/月保障`,
    en: `member ${memberId} is in the group ${label.en}: paid the whole standard, ${standard} yuan/month`,
  }),
  /** The other members' share of the gap, raised to the per-person floor where it applies. */
  fullStandardOthers: (
    members: number,
    standard: Text,
    perCapita: Text,
    share: Text,
    floor: Text | null,
    floored: boolean,
    amount: Text,
  ): Messages => ({
    'zh-CN': `其余 ${members} 人按差额保障：${standard} − 人均收入 ${perCapita} = ${share} 元/人${floor === null ? '' : floored ? `，低于每人最低 ${floor} 元，按 ${floor} 元` : `（不低于每人最低 ${floor} 元）`}，合计 ${amount} 元/月`,
    en: `the other ${members} member(s) are paid the gap: ${standard} − per-capita income ${perCapita} = ${share} yuan each${floor === null ? '' : floored ? `, below the floor of ${floor} yuan per person, so ${floor}` : ` (not below the floor of ${floor} yuan per person)`}, ${amount} yuan/month in all`,
  }),
  noBand: (perCapita: Text): Messages => ({
    'zh-CN': `人均收入 ${perCapita} 元不在任何分档内`,
    en: `per-capita income ${perCapita} yuan falls in no band`,
  }),
  floor: (floor: Text, base: Text, applied: boolean): Messages => ({
    'zh-CN': applied
      ? `低于最低补助水平 ${floor} 元，按最低补助水平发放（原 ${base} 元）`
      : `不低于最低补助水平 ${floor} 元`,
    en: applied
      ? `below the payment floor ${floor} yuan: the floor is paid (was ${base} yuan)`
      : `not below the payment floor ${floor} yuan`,
  }),
  supplement: (memberId: string, label: Messages, amount: Text): Messages => ({
    'zh-CN': `成员 ${memberId} 分类施保：${label['zh-CN']}，增发 ${amount} 元/月`,
    en: `member ${memberId} category supplement: ${label.en}, ${amount} yuan/month`,
  }),
  rounding: (unrounded: Text, rounded: Text, unit: string, mode: string): Messages => ({
    'zh-CN': `按 ${unit} 元${mode === 'up' ? '向上' : mode === 'down' ? '向下' : '四舍五入'}取整：${unrounded} → ${rounded} 元/月`,
    en: `rounded ${mode} to ${unit} yuan: ${unrounded} → ${rounded} yuan/month`,
  }),
  nearRelative: (): Messages => ({
    'zh-CN': '申请人为经办人员或村（居）干部的近亲属，须单独登记备案',
    en: 'the applicant is a near relative of assistance staff or village cadres: the case must be filed for review (近亲属备案)',
  }),
  area: (): Messages => ({
    'zh-CN': '未说明家庭适用城市还是农村标准',
    en: 'the household’s area (urban or rural) is not stated',
  }),
};

/** Labels of amount lines. */
export const dibaoLines = {
  gap: { 'zh-CN': '差额补助', en: 'gap payment' },
  band: { 'zh-CN': '分档补助', en: 'band payment' },
  class: { 'zh-CN': '分类定额补助', en: 'payment by class' },
  fullStandard: { 'zh-CN': '全额保障', en: 'whole standard' },
  gapShare: { 'zh-CN': '差额保障', en: 'share of the gap' },
  othersFloor: { 'zh-CN': '每人最低保障补足', en: 'top-up to the per-person floor' },
  floor: { 'zh-CN': '最低补助水平补足', en: 'top-up to the payment floor' },
  rounding: { 'zh-CN': '取整', en: 'rounding' },
} satisfies Record<string, Messages>;

/** Names of assets in messages. */
export const assetNames = {
  financial: { 'zh-CN': '人均金融资产（元）', en: 'financial assets per member (yuan)' },
  vehicles: { 'zh-CN': '机动车数量', en: 'motor vehicles' },
  housingUnits: { 'zh-CN': '住房套数', en: 'housing units' },
} satisfies Record<string, Messages>;

/** Asset kinds named in messages. */
export type AssetName = keyof typeof assetNames;

/** Message refs of the 低保 catalog: what the rules record. */
export const dibaoMsg = refs('dibao', dibaoMessages);
