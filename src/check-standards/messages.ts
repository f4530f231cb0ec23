import type { Messages } from '../trace/types';

/** Message catalog of the table checks (zh-CN and en). */
export const checkMessages = {
  overlap: (region: string, a: string, b: string): Messages => ({
    'zh-CN': `地区 ${region} 的条目 ${a} 与 ${b} 生效期重叠`,
    en: `entries ${a} and ${b} of region ${region} overlap in time`,
  }),
  gap: (region: string, a: string, b: string, from: string, to: string): Messages => ({
    'zh-CN': `地区 ${region} 的条目 ${a} 与 ${b} 之间有空档（${from} 至 ${to} 无本级条目）`,
    en: `region ${region} has no entry of its own between ${a} and ${b} (${from} to ${to})`,
  }),
  unresolved: (region: string, on: string, why: Messages): Messages => ({
    'zh-CN': `地区 ${region} 在 ${on} 无法解析标准：${why['zh-CN']}`,
    en: `standards for region ${region} on ${on} cannot be resolved: ${why.en}`,
  }),
  missingBase: (path: string, missing: string, on: string): Messages => ({
    'zh-CN': `${on} 起，派生数值 ${path} 的基数 ${missing} 不存在`,
    en: `from ${on}, the base ${missing} of the derived figure ${path} is missing`,
  }),
  belowFloor: (
    path: string,
    value: string,
    multiple: string,
    standard: string,
    floor: string,
  ): Messages => ({
    'zh-CN': `特困基本生活标准 ${path} = ${value} 元低于 ${multiple} × 低保标准 ${standard} = ${floor} 元`,
    en: `the 特困 basic standard ${path} = ${value} yuan is below ${multiple} × the 低保 standard ${standard} = ${floor} yuan`,
  }),
  outsideBand: (path: string, share: string, min: string, max: string): Messages => ({
    'zh-CN': `低保标准 ${path} 占上年度人均消费支出的 ${share}，不在 ${min}–${max} 之间`,
    en: `the 低保 standard ${path} is ${share} of the previous year's per-capita consumption, outside ${min}–${max}`,
  }),
  multipleOutOfRange: (path: string, multiple: string, max: string): Messages => ({
    'zh-CN': `倍数 ${path} = ${multiple} 超出合理范围（不超过 ${max} 倍）`,
    en: `the multiple ${path} = ${multiple} is beyond reason (at most ${max})`,
  }),
  figureOutOfRange: (path: string, value: string, max: string): Messages => ({
    'zh-CN': `派生数值 ${path} = ${value} 元超过金额上限 ${max} 元`,
    en: `the derived figure ${path} = ${value} yuan exceeds the amount limit of ${max} yuan`,
  }),
  bandsOverlap: (path: string, a: number, b: number, edge: string): Messages => ({
    'zh-CN': `${path} 第 ${a} 档与第 ${b} 档的上限同为 ${edge} 元，第 ${b} 档永不适用`,
    en: `bands ${a} and ${b} of ${path} have the same upper edge ${edge} yuan: band ${b} never applies`,
  }),
  bandsUnordered: (path: string, a: number, b: number, edgeA: string, edgeB: string): Messages => ({
    'zh-CN': `${path} 未按上限升序排列：第 ${a} 档上限 ${edgeA} 元，第 ${b} 档上限 ${edgeB} 元`,
    en: `${path} is not in ascending order of upper edges: band ${a} ends at ${edgeA} yuan, band ${b} at ${edgeB} yuan`,
  }),
  rangeMinAboveMax: (path: string, min: string, max: string): Messages => ({
    'zh-CN': `${path} 的下限 ${min} 倍高于上限 ${max} 倍`,
    en: `the minimum ${min} × of ${path} is above its maximum ${max} ×`,
  }),
  classesOverlap: (path: string, id: string, a: number, b: number): Messages => ({
    'zh-CN': `${path} 第 ${a} 类与第 ${b} 类编号同为 ${id}，第 ${b} 类永不适用`,
    en: `classes ${a} and ${b} of ${path} share the id ${id}: class ${b} is never paid`,
  }),
  classesUnordered: (
    path: string,
    prevId: string,
    prev: string,
    id: string,
    value: string,
  ): Messages => ({
    'zh-CN': `${path} 未按金额从高到低排列：${prevId} 类每人 ${prev} 元，其后 ${id} 类每人 ${value} 元`,
    en: `${path} is not listed from the highest amount to the lowest: class ${prevId} pays ${prev} yuan per person, the next class ${id} ${value} yuan`,
  }),
  fullStandardNeedsGap: (method: string): Messages => ({
    'zh-CN': `dibao.fullStandard（全额保障）只适用于差额发放，而 dibao.payment.method 为 ${method}`,
    en: `dibao.fullStandard (whole standard for named groups) applies with the gap payment only, but dibao.payment.method is ${method}`,
  }),
  /** A resolved property rule holding both alternatives. */
  assetRuleBoth: (path: string): Messages => ({
    'zh-CN': `财产规则 ${path} 同时含有 limits 与 sameAsDibao 两种择一的规定`,
    en: `the property rule ${path} holds both of its exclusive alternatives, limits and sameAsDibao`,
  }),
  /** A layer's property rule choosing another alternative than a layer above it. */
  assetRuleReplaced: (
    path: string,
    entry: string,
    alternative: string,
    aboveEntry: string,
    aboveAlternative: string,
  ): Messages => ({
    'zh-CN': `条目 ${entry} 的财产规则 ${path}.${alternative} 整体取代上级条目 ${aboveEntry} 的 ${path}.${aboveAlternative}（两者择一，不合并）`,
    en: `entry ${entry}'s property rule ${path}.${alternative} replaces entry ${aboveEntry}'s ${path}.${aboveAlternative} whole (the two exclude each other and are not merged)`,
  }),
};
