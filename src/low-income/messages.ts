import { assetNames } from '../dibao/messages';
import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';

/** How a derived line is obtained, as appended to the line: `（1.5 × 低保标准 700.00）`. */
const derivedText = (multiple: string, base: Text): Messages => ({
  'zh-CN': `（${multiple} × 低保标准 ${base}）`,
  en: ` (${multiple} × 低保 standard ${base})`,
});

/** Message catalog of the 低收入家庭 rules (zh-CN and en). */
export const lowIncomeMessages = {
  area: (): Messages => ({
    'zh-CN': '未说明家庭适用城市还是农村标准',
    en: 'the household’s area (urban or rural) is not stated',
  }),
  /** The line, and how it is derived when it is `multiple × base` (the 低保 standard). */
  line: (area: 'urban' | 'rural', line: Text, multiple?: string, base?: Text): Messages => {
    const how = multiple === undefined ? undefined : derivedText(multiple, base ?? '');
    return {
      'zh-CN': `适用${area === 'urban' ? '城市' : '农村'}低收入家庭认定线 ${line} 元/人·月${how?.['zh-CN'] ?? ''}`,
      en: `${area} low-income line applies: ${line} yuan per person per month${how?.en ?? ''}`,
    };
  },
  derived: (multiple: string, base: Text): Messages => derivedText(multiple, base),
  incomeBelow: (perCapita: Text, line: Text, gap: Text): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元低于低收入认定线 ${line} 元，差 ${gap} 元，符合收入条件`,
    en: `per-capita income ${perCapita} yuan is below the low-income line ${line} yuan by ${gap} yuan: the income condition is met`,
  }),
  incomeNotBelow: (perCapita: Text, line: Text, gap: Text): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元不低于低收入认定线 ${line} 元（高出 ${gap} 元），不符合收入条件`,
    en: `per-capita income ${perCapita} yuan is not below the low-income line ${line} yuan (above it by ${gap} yuan): the income condition is not met`,
  }),
  belongsInDibao: (perCapita: Text, standard: Text): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元低于低保标准 ${standard} 元：应按低保认定，不属于低收入（低保边缘）家庭`,
    en: `per-capita income ${perCapita} yuan is below the 低保 standard ${standard} yuan: the household belongs in 低保, not in the low-income tier`,
  }),
  /** Below the 低保 line, but outside 低保's property rules: not a 低保 case (第八条第二款). */
  failsDibaoProperty: (
    perCapita: Text,
    standard: Text,
    asset: keyof typeof assetNames,
    actual: string,
    limit: string,
  ): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元低于低保标准 ${standard} 元，但${assetNames[asset]['zh-CN']} ${actual} 超过低保限额 ${limit}，不符合低保条件，可按低收入家庭认定`,
    en: `per-capita income ${perCapita} yuan is below the 低保 standard ${standard} yuan, but ${assetNames[asset].en} ${actual} exceed 低保's limit ${limit}: not a 低保 case, so the low-income tier may apply`,
  }),
  notBelowDibao: (perCapita: Text, standard: Text): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元不低于低保标准 ${standard} 元，不符合低保收入条件`,
    en: `per-capita income ${perCapita} yuan is not below the 低保 standard ${standard} yuan: not a 低保 case`,
  }),
  alreadyDibao: (): Messages => ({
    'zh-CN': '家庭已享受低保，不再认定为低收入家庭',
    en: 'the household already receives 低保: it is not recognised as a low-income household',
  }),
  alreadyTekun: (): Messages => ({
    'zh-CN': '计入的家庭成员均已纳入特困供养，不再认定为低收入家庭',
    en: 'every counted member is already supported as 特困: not a low-income household',
  }),
  hukou: (has: boolean): Messages => ({
    'zh-CN': has
      ? '家庭具有本地户籍，符合户籍条件'
      : '认定低收入家庭须具有本地户籍，家庭不具有本地户籍',
    en: has
      ? 'the household holds local 户籍: the registration condition is met'
      : 'local 户籍 is required for the low-income tier and the household has none',
  }),
  hukouNotRequired: (): Messages => ({
    'zh-CN': '标准表未要求本地户籍',
    en: 'the table does not require local 户籍',
  }),
  /** Property rules taken from 低保's (`<path>.sameAsDibao`); `any`: 低保 sets a limit. */
  assetsSameAsDibao: (path: string, any: boolean): Messages => ({
    'zh-CN': `标准表（${path}.sameAsDibao）规定适用低保的财产限额${any ? '' : '；低保未设财产限额，不作财产比对'}`,
    en: `the table (${path}.sameAsDibao) applies the 低保 property limits${any ? '' : '; 低保 sets none, so no property limit is tested'}`,
  }),
  /** The table states that the program tests no property (`<path>: "not-tested"`). */
  assetsNotTested: (path: string): Messages => ({
    'zh-CN': `标准表声明不作财产限额比对（${path}: "not-tested"）`,
    en: `the table states that no property limit is tested (${path}: "not-tested")`,
  }),
  /** `sameAsDibao` while 低保 states `"not-tested"`. */
  assetsSameAsDibaoNotTested: (path: string): Messages => ({
    'zh-CN': `标准表（${path}.sameAsDibao）规定适用低保的财产规则；低保声明不作财产限额比对（dibao.assets: "not-tested"）`,
    en: `the table (${path}.sameAsDibao) applies the 低保 property rules, and 低保 states that no property limit is tested (dibao.assets: "not-tested")`,
  }),
  /** The program's own property rules (`<path>.limits`) set no limit. */
  noAssetLimits: (path: string): Messages => ({
    'zh-CN': `标准表 ${path}.limits 未设任何财产限额`,
    en: `the table sets no property limit in ${path}.limits`,
  }),
  /** The aid: per household, or per person × members; how a derived figure is obtained. */
  aid: (
    basis: 'household' | 'person',
    amount: Text,
    members: number,
    total: Text,
    multiple?: string,
    base?: Text,
  ): Messages => {
    const how = multiple === undefined ? undefined : derivedText(multiple, base ?? '');
    return basis === 'household'
      ? {
          'zh-CN': `低收入家庭救助金：每户 ${amount} 元/月${how?.['zh-CN'] ?? ''}`,
          en: `low-income aid: ${amount} yuan per household per month${how?.en ?? ''}`,
        }
      : {
          'zh-CN': `低收入家庭救助金：每人 ${amount} 元/月${how?.['zh-CN'] ?? ''} × ${members} 人 = ${total} 元/月`,
          en: `low-income aid: ${amount} yuan per person per month${how?.en ?? ''} × ${members} = ${total} yuan/month`,
        };
  },
  aidRounding: (unrounded: string, rounded: Text): Messages => ({
    'zh-CN': `取整：${unrounded} → ${rounded} 元/月`,
    en: `rounded: ${unrounded} → ${rounded} yuan/month`,
  }),
};

/** Labels of amount lines. */
export const lowIncomeLines = {
  aid: { 'zh-CN': '低收入家庭救助金', en: 'low-income aid' },
  rounding: { 'zh-CN': '取整', en: 'rounding' },
} satisfies Record<string, Messages>;

/** Message refs of the 低收入家庭 catalog: what the rules record. */
export const lowIncomeMsg = refs('low-income', lowIncomeMessages);
