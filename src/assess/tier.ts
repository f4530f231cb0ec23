import { deferMessages } from '../trace/deferred';
import type { Determination, Messages, Outcome } from '../trace/types';

/**
 * The household's place in the layered assistance system (分层分类, 民发〔2021〕16号 二(一)):
 * 特困 above 低保 above 低收入 (低保边缘); `none` below them all; `undetermined` when no tier is
 * eligible and at least one could not be decided.
 */
export type Tier = 'tekun' | 'dibao' | 'low-income' | 'none' | 'undetermined';

/** The tier and the higher tiers that could not be decided. */
export interface TierResult {
  tier: Tier;
  /** Tiers above `tier` whose determination is `undetermined`. */
  higherUndetermined: Exclude<Tier, 'none' | 'undetermined'>[];
  message: Messages;
}

const NAMES: Record<Tier, Messages> = {
  tekun: { 'zh-CN': '特困人员救助供养', en: '特困 (extreme-poverty support)' },
  dibao: { 'zh-CN': '最低生活保障', en: '低保 (minimum living guarantee)' },
  'low-income': { 'zh-CN': '低收入家庭（低保边缘）', en: 'low-income household (低保边缘)' },
  none: { 'zh-CN': '不属于上述层级', en: 'none of the tiers' },
  undetermined: { 'zh-CN': '待定', en: 'undetermined' },
};

/**
 * Places a household from its determinations: the highest tier whose determination is eligible
 * (a household in its 渐退期 stays in 低保); a household with a 特困 member is in the 特困 tier.
 */
export function placeInTier(d: {
  tekun?: Determination | undefined;
  dibao?: Determination | undefined;
  phaseOut?: Determination | undefined;
  lowIncome?: Determination | undefined;
}): TierResult {
  const order: [Exclude<Tier, 'none' | 'undetermined'>, Outcome | undefined][] = [
    ['tekun', d.tekun?.outcome],
    ['dibao', d.dibao?.outcome === 'eligible' ? 'eligible' : either(d.dibao, d.phaseOut)],
    ['low-income', d.lowIncome?.outcome],
  ];
  const higherUndetermined: TierResult['higherUndetermined'] = [];
  for (const [tier, outcome] of order) {
    if (outcome === 'eligible')
      return { tier, higherUndetermined, message: message(tier, higherUndetermined) };
    if (outcome === 'undetermined') higherUndetermined.push(tier);
  }
  const tier: Tier = higherUndetermined.length > 0 ? 'undetermined' : 'none';
  return { tier, higherUndetermined, message: message(tier, higherUndetermined) };
}

function either(a: Determination | undefined, b: Determination | undefined): Outcome | undefined {
  if (b?.outcome === 'eligible') return 'eligible';
  if (a?.outcome === 'undetermined' || b?.outcome === 'undetermined') return 'undetermined';
  return a?.outcome;
}

function message(tier: Tier, higher: Tier[]): Messages {
  return deferMessages(() => render(tier, higher));
}

function render(tier: Tier, higher: Tier[]): Messages {
  const pending = higher.filter((t) => t !== tier);
  return {
    'zh-CN': `救助层级：${NAMES[tier]['zh-CN']}${pending.length ? `（较高层级待定：${pending.map((t) => NAMES[t]['zh-CN']).join('、')}）` : ''}`,
    en: `tier: ${NAMES[tier].en}${pending.length ? ` (higher tiers undetermined: ${pending.map((t) => NAMES[t].en).join(', ')})` : ''}`,
  };
}
