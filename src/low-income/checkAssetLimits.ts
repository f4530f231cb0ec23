import { setsNoLimit, testAssetLimits } from '../assets/testAssetLimits';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { Recorder, Rule } from '../trace/recorder';
import { lowIncomeMsg as msg } from './messages';
import type { AssetLimits, AssetRule } from './params';

/**
 * Checks household property against a program's own limits or, when the table says so, 低保's.
 * Financial assets are compared per counted member (`n`; not at all while `headcountUnknown`
 * names facts the count depends on); vehicles and housing units as counts. An absent rule is a missing parameter; an unknown asset fact is a missing fact.
 *
 * @param path - the parameter path of the rule, e.g. `lowIncome.assets`
 * @returns false when a limit is exceeded, true when all stated limits are met, undefined when unknown
 * @example
 * checkAssetLimits(h, std, rec, RULES.assets, { sameAsDibao: true }, 'lowIncome.assets', 'urban', 3) // true
 */
export function checkAssetLimits(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  rule: Rule,
  assetRule: AssetRule | undefined,
  path: string,
  area: Area | undefined,
  n: number,
  memberId?: string,
  headcountUnknown?: readonly string[],
): boolean | undefined {
  if (assetRule === undefined) {
    rec.missingParameter(rule, path);
    return undefined;
  }
  let limits: AssetLimits;
  let base: string;
  if ('sameAsDibao' in assetRule) {
    limits = std.params.dibao?.assets ?? {};
    base = 'dibao.assets';
    const any = !setsNoLimit(limits);
    rec.step(rule, msg.assetsSameAsDibao(path, any), { assetLimitsFrom: base });
  } else {
    limits = assetRule.limits;
    base = `${path}.limits`;
    if (setsNoLimit(limits)) rec.step(rule, msg.noAssetLimits(path), { assetLimitsFrom: base });
  }
  return testAssetLimits(h, std, rec, rule, limits, base, area, n, memberId, headcountUnknown);
}
