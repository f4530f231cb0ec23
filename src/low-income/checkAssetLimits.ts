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
 * names facts the count depends on); vehicles and housing units as counts. An absent rule, or
 * rules that set no limit (own `limits` with none, or `sameAsDibao` while 低保 states none), is a
 * missing parameter — no property limits is not a pass; `"not-tested"` (the program's own, or
 * 低保's) tests nothing and says so in the trace. An unknown asset fact is a missing fact.
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
  if (assetRule === 'not-tested') {
    rec.step(rule, msg.assetsNotTested(path), { assetLimits: 'not-tested' });
    return true;
  }
  let limits: AssetLimits;
  let base: string;
  if ('sameAsDibao' in assetRule) {
    const dibao = std.params.dibao?.assets;
    base = 'dibao.assets';
    if (dibao === 'not-tested') {
      rec.step(rule, msg.assetsSameAsDibaoNotTested(path), {
        assetLimitsFrom: base,
        assetLimits: 'not-tested',
      });
      return true;
    }
    if (dibao === undefined || setsNoLimit(dibao)) {
      // No property limits is not a pass (missing parameter → undetermined).
      rec.missingParameter(rule, base);
      return undefined;
    }
    limits = dibao;
    rec.step(rule, msg.assetsSameAsDibao(path, true), { assetLimitsFrom: base });
  } else {
    limits = assetRule.limits;
    base = `${path}.limits`;
    if (setsNoLimit(limits)) {
      rec.missingParameter(rule, base);
      return undefined;
    }
  }
  return testAssetLimits(h, std, rec, rule, limits, base, area, n, memberId, headcountUnknown);
}
