import type { MessageRef } from '../trace/message';
import type { Determination, Outcome } from '../trace/types';
import { tierMsg } from './messages';

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
  /** The tier as a catalog message (rendered per locale by `renderMessage`). */
  message: MessageRef;
}

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
      return { tier, higherUndetermined, message: tierMsg.tier(tier, higherUndetermined) };
    if (outcome === 'undetermined') higherUndetermined.push(tier);
  }
  const tier: Tier = higherUndetermined.length > 0 ? 'undetermined' : 'none';
  return { tier, higherUndetermined, message: tierMsg.tier(tier, higherUndetermined) };
}

function either(a: Determination | undefined, b: Determination | undefined): Outcome | undefined {
  if (b?.outcome === 'eligible') return 'eligible';
  if (a?.outcome === 'undetermined' || b?.outcome === 'undetermined') return 'undetermined';
  return a?.outcome;
}
