import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';
import type { HardshipCause } from './event-schema';
import type { HardshipKind } from './params';

const KIND_ZH: Record<HardshipKind, string> = { emergency: '急难型', expenditure: '支出型' };

/** Names of the causes of hardship. */
export const causeNames: Record<HardshipCause, Messages> = {
  accident: { 'zh-CN': '意外事件', en: 'accident' },
  fire: { 'zh-CN': '火灾', en: 'fire' },
  'sudden-serious-illness': { 'zh-CN': '突发重大疾病', en: 'sudden serious illness' },
  disaster: { 'zh-CN': '自然灾害', en: 'disaster' },
  'public-health-emergency': { 'zh-CN': '突发公共卫生事件', en: 'public-health emergency' },
  'medical-expenditure': {
    'zh-CN': '医疗刚性支出超出承受能力',
    en: 'medical expenditure beyond capacity',
  },
  'education-expenditure': {
    'zh-CN': '教育刚性支出超出承受能力',
    en: 'education expenditure beyond capacity',
  },
  other: { 'zh-CN': '其他特殊困难', en: 'other special hardship' },
};

/** Message catalog of the 临时救助 rules (zh-CN and en). */
export const temporaryAidMessages = {
  kindProvided: (
    kind: HardshipKind,
    cause: HardshipCause,
    date: string,
    region: string,
  ): Messages => ({
    'zh-CN': `${KIND_ZH[kind]}临时救助：原因 ${causeNames[cause]['zh-CN']}，发生于 ${date}，地点 ${region}`,
    en: `${kind} temporary aid: cause ${causeNames[cause].en}, happened on ${date} in ${region}`,
  }),
  kindNotProvided: (kind: HardshipKind, kinds: readonly string[]): Messages => ({
    'zh-CN': `本地标准未设${KIND_ZH[kind]}临时救助（设有：${kinds.join('、')}）`,
    en: `the local standards provide no ${kind} temporary aid (they provide: ${kinds.join(', ')})`,
  }),
  placeOfEmergency: (region: string): Messages => ({
    'zh-CN': `急难发生地（${region}）在本地，由发生地实施临时救助，不受户籍限制`,
    en: `the emergency happened here (${region}): aid is given where it happened, without a 户籍 requirement`,
  }),
  hukou: (local: boolean): Messages => ({
    'zh-CN': local ? '家庭具有本地户籍' : '家庭不具有本地户籍，且不适用急难发生地救助',
    en: local
      ? 'the household holds local 户籍'
      : 'the household holds no local 户籍 and aid where the emergency happened does not apply',
  }),
  residencePermit: (kind: HardshipKind): Messages => ({
    'zh-CN': `家庭持有本地居住证，${KIND_ZH[kind]}临时救助接受居住证持有人在居住地申请`,
    en: `the household holds a local residence permit (居住证), accepted for ${kind} temporary aid where it lives`,
  }),
  noAcceptedResidence: (kind: HardshipKind, permitAccepted: boolean): Messages => ({
    'zh-CN': permitAccepted
      ? `家庭既无本地户籍也无本地居住证，且不适用急难发生地救助，不予${KIND_ZH[kind]}临时救助`
      : `家庭不具有本地户籍，本地${KIND_ZH[kind]}临时救助不接受居住证申请，且不适用急难发生地救助`,
    en: permitAccepted
      ? `the household holds neither local 户籍 nor a local residence permit, and aid where the emergency happened does not apply: no ${kind} temporary aid`
      : `the household holds no local 户籍, the region accepts no residence permit for ${kind} temporary aid, and aid where the emergency happened does not apply`,
  }),
  expenditureIncome: (perCapita: Text, threshold: Text, below: boolean): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元/月${below ? '低于' : '不低于'} ${threshold} 元/月`,
    en: `per-capita income ${perCapita} yuan/month is ${below ? '' : 'not '}below ${threshold} yuan/month`,
  }),
  hardshipNotTested: (): Messages => ({
    'zh-CN':
      '标准表规定临时救助不作家庭经济状况（收入、财产）审查（temporaryAid.hardshipTest: "not-tested"）',
    en: 'the table states that temporary aid tests no means (income, property) of the household (temporaryAid.hardshipTest: "not-tested")',
  }),
  hardshipKindNotTested: (kinds: readonly string[]): Messages => ({
    'zh-CN': `标准表的家庭经济状况审查只适用于 ${kinds.join('、')}，本类不审查`,
    en: `the table's means test applies only to ${kinds.join(', ')}: not to this kind`,
  }),
  hardshipIncome: (perCapita: Text, line: Text, gap: Text, below: boolean): Messages => ({
    'zh-CN': below
      ? `家庭人均收入 ${perCapita} 元/月低于临时救助收入线 ${line} 元/月（差 ${gap} 元），靠自身和家庭无力解决`
      : `家庭人均收入 ${perCapita} 元/月不低于临时救助收入线 ${line} 元/月（高出 ${gap} 元），可靠自身和家庭解决，不予临时救助`,
    en: below
      ? `per-capita income ${perCapita} yuan/month is below the temporary-aid income line ${line} yuan/month by ${gap} yuan: the household cannot meet the hardship by its own means`
      : `per-capita income ${perCapita} yuan/month is not below the temporary-aid income line ${line} yuan/month (above by ${gap} yuan): the household can meet the hardship by its own means`,
  }),
  hardshipAssetsNotTested: (): Messages => ({
    'zh-CN':
      '标准表规定临时救助的家庭经济状况审查不含财产（temporaryAid.hardshipTest.assets: "not-tested"）',
    en: 'the table states that the temporary-aid means test does not test property (temporaryAid.hardshipTest.assets: "not-tested")',
  }),
  persons: (n: number, who: string): Messages => ({
    'zh-CN': `救助人数 ${n} 人（${who}）`,
    en: `${n} person(s) aided (${who})`,
  }),
  floor: (multiple: string, base: Text, perPerson: string, n: number, total: string): Messages => ({
    'zh-CN': `人均救助不低于 ${multiple} × ${base} = ${perPerson} 元，× ${n} 人 = ${total} 元`,
    en: `at least ${multiple} × ${base} = ${perPerson} yuan per person, × ${n} = ${total} yuan`,
  }),
  band: (outOfPocket: Text, atLeast: Text, multiple: string): Messages => ({
    'zh-CN': `自付支出 ${outOfPocket} 元达到 ${atLeast} 元档，按 ${multiple} 倍计`,
    en: `out-of-pocket ${outOfPocket} yuan reaches the ${atLeast} yuan band: ${multiple} × applies`,
  }),
  pending: (): Messages => ({
    'zh-CN': '申请“一事一议”，尚无核定金额：金额由审批决定',
    en: 'put for 一事一议 with no approved amount yet: the amount is a discretionary decision',
  }),
  approved: (amount: Text, floor: Text, ref: string): Messages => ({
    'zh-CN': `“一事一议”核定 ${amount} 元（不低于标准 ${floor} 元），审批文号 ${ref}`,
    en: `一事一议 approved ${amount} yuan (not below the floor ${floor} yuan), approval ${ref}`,
  }),
  raised: (amount: Text, floor: Text, ref: string): Messages => ({
    'zh-CN': `“一事一议”核定 ${amount} 元低于标准 ${floor} 元，按标准发放（审批文号 ${ref}）`,
    en: `一事一议 approved ${amount} yuan is below the floor ${floor} yuan: the floor is paid (approval ${ref})`,
  }),
  aboveCap: (amount: Text, cap: Text): Messages => ({
    'zh-CN': `核定金额 ${amount} 元超过常规上限 ${cap} 元，属“一事一议”提高标准`,
    en: `the approved ${amount} yuan exceeds the ordinary cap ${cap} yuan, as 一事一议 allows`,
  }),
  range: (
    min: string,
    max: string,
    base: Text,
    n: number,
    minTotal: Text,
    maxTotal: Text,
  ): Messages => ({
    'zh-CN': `救助标准 ${min}–${max} × ${base} 元/人，× ${n} 人 = ${minTotal}–${maxTotal} 元`,
    en: `aid from ${min} × to ${max} × ${base} yuan per person, × ${n} = ${minTotal} to ${maxTotal} yuan`,
  }),
  withinRange: (amount: Text, min: Text, max: Text): Messages => ({
    'zh-CN': `拟救助金额 ${amount} 元在 ${min}–${max} 元之间，按拟救助金额发放`,
    en: `the proposed ${amount} yuan lies within ${min} to ${max} yuan and is paid`,
  }),
  raisedToMin: (amount: Text, min: Text, approved: boolean): Messages => ({
    'zh-CN': `${approved ? '核定' : '拟救助'}金额 ${amount} 元低于下限 ${min} 元，按下限发放`,
    en: `the ${approved ? 'approved' : 'proposed'} ${amount} yuan is below the minimum ${min} yuan: the minimum is paid`,
  }),
  aboveMax: (amount: Text, max: Text): Messages => ({
    'zh-CN': `拟救助金额 ${amount} 元超过上限 ${max} 元，须经“一事一议”或特别审批，尚无核定金额`,
    en: `the proposed ${amount} yuan exceeds the maximum ${max} yuan: it needs 一事一议 or special approval, and no amount is approved yet`,
  }),
  approvedAboveMax: (amount: Text, max: Text, ref: string): Messages => ({
    'zh-CN': `“一事一议”核定 ${amount} 元，超过上限 ${max} 元（审批文号 ${ref}）`,
    en: `一事一议 approved ${amount} yuan, above the maximum ${max} yuan (approval ${ref})`,
  }),
  rounding: (unrounded: string, rounded: Text): Messages => ({
    'zh-CN': `取整：${unrounded} → ${rounded} 元`,
    en: `rounded: ${unrounded} → ${rounded} yuan`,
  }),
};

/** Labels of amount lines. */
export const temporaryAidLines = {
  perPerson: { 'zh-CN': '人均救助标准', en: 'per-person floor' },
  caseByCase: { 'zh-CN': '一事一议提高部分', en: 'raised by 一事一议' },
  rangeMin: { 'zh-CN': '人均救助下限', en: 'per-person minimum' },
  aboveMin: { 'zh-CN': '超出下限部分', en: 'above the minimum' },
  rounding: { 'zh-CN': '取整', en: 'rounding' },
} satisfies Record<string, Messages>;

/** Message refs of the 临时救助 catalog: what the rules record. */
export const temporaryAidMsg = refs('temporary-aid', temporaryAidMessages);
