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
  /**
   * 不重复享受: where the table leaves the household's 特困 members out of its 低保
   * (`dibao.tekunMembers: "excluded"`) and 低保 is eligible for the others, which members are
   * supported as 特困 and which receive 低保. Absent otherwise.
   */
  split?: { tekunMemberIds: string[]; dibaoMemberIds: string[]; message: MessageRef };
}

/**
 * Places a household from its determinations: the highest tier whose determination is eligible
 * (a household in its 渐退期 stays in 低保); a household with a 特困 member is in the 特困 tier.
 * Where its 特困 members are left out of its 低保 (不重复享受, `dibao.tekunMembers`) and 低保 is
 * eligible for the other members, `split` names both groups.
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
  const split = splitOf(d.dibao, order[1]?.[1]);
  for (const [tier, outcome] of order) {
    if (outcome === 'eligible')
      return {
        tier,
        higherUndetermined,
        message: tierMsg.tier(tier, higherUndetermined),
        ...(split ? { split } : {}),
      };
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

/** The 特困 / 低保 split of a household whose 特困 members are outside its eligible 低保. */
function splitOf(
  dibao: Determination | undefined,
  dibaoOutcome: Outcome | undefined,
): TierResult['split'] {
  const out = dibao?.values?.tekunMembersExcluded;
  const rest = dibao?.values?.dibaoMemberIds;
  if (dibaoOutcome !== 'eligible' || out === undefined || rest === undefined || rest === '')
    return undefined;
  const tekunMemberIds = out.split(',');
  const dibaoMemberIds = rest.split(',');
  return { tekunMemberIds, dibaoMemberIds, message: tierMsg.split(tekunMemberIds, dibaoMemberIds) };
}
