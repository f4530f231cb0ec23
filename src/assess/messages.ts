import { refs } from '../trace/message';
import type { Messages } from '../trace/types';
import type { Tier } from './tier';

/** Names of the tiers in messages. */
export const tierNames: Record<Tier, Messages> = {
  tekun: { 'zh-CN': '特困人员救助供养', en: '特困 (extreme-poverty support)' },
  dibao: { 'zh-CN': '最低生活保障', en: '低保 (minimum living guarantee)' },
  'low-income': { 'zh-CN': '低收入家庭（低保边缘）', en: 'low-income household (低保边缘)' },
  none: { 'zh-CN': '不属于上述层级', en: 'none of the tiers' },
  undetermined: { 'zh-CN': '待定', en: 'undetermined' },
};

/** Message catalog of the household's tier (zh-CN and en). */
export const tierMessages = {
  /** The tier, and the higher tiers that could not be decided. */
  tier: (tier: Tier, higher: readonly Tier[]): Messages => {
    const pending = higher.filter((t) => t !== tier);
    return {
      'zh-CN': `救助层级：${tierNames[tier]['zh-CN']}${pending.length ? `（较高层级待定：${pending.map((t) => tierNames[t]['zh-CN']).join('、')}）` : ''}`,
      en: `tier: ${tierNames[tier].en}${pending.length ? ` (higher tiers undetermined: ${pending.map((t) => tierNames[t].en).join(', ')})` : ''}`,
    };
  },
  /** 不重复享受: the 特困 members outside the household's 低保, and the 低保 members. */
  split: (tekun: readonly string[], dibao: readonly string[]): Messages => ({
    'zh-CN': `特困供养成员 ${tekun.join('、')} 享受特困人员救助供养、不重复享受低保；成员 ${dibao.join('、')} 享受最低生活保障`,
    en: `member(s) ${tekun.join(', ')} are supported as 特困 and do not also receive 低保; member(s) ${dibao.join(', ')} receive 低保`,
  }),
};

/** Message refs of the tier catalog. */
export const tierMsg = refs('tier', tierMessages);
