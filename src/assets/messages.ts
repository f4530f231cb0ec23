import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';

/** Message catalog of the asset-limit uplifts (zh-CN and en). */
export const assetsMessages = {
  /** The first uplift that holds, and the limit it gives. */
  uplift: (id: string, label: Messages, factor: string, base: Text, limit: Text): Messages => ({
    'zh-CN': `人均金融资产限额上浮：${label['zh-CN']}（${id}），${factor} × ${base} = ${limit} 元`,
    en: `financial-asset limit raised: ${label.en} (${id}), ${factor} × ${base} = ${limit} yuan`,
  }),
  /** No uplift holds: the base limit applies. */
  noUplift: (base: Text): Messages => ({
    'zh-CN': `不符合任何上浮条件，人均金融资产限额为 ${base} 元`,
    en: `no uplift applies: the financial-asset limit is ${base} yuan`,
  }),
  /** An uplift cannot be decided but does not change the result. */
  upliftUndecided: (low: Text, high: Text, within: boolean): Messages => ({
    'zh-CN': `上浮条件未能全部判定，限额在 ${low} 至 ${high} 元之间；${within ? '人均金融资产不超过其中最低者' : '人均金融资产超过其中最高者'}`,
    en: `an uplift cannot be decided, so the limit is between ${low} and ${high} yuan; financial assets per member are ${within ? 'within the lowest' : 'above the highest'}`,
  }),
};

/** Message refs of the asset-limit catalog. */
export const assetsMsg = refs('assets', assetsMessages);
