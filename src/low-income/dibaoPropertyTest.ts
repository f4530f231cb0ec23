import { setsNoLimit, testAssetLimits } from '../assets/testAssetLimits';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { Recorder, type Rule } from '../trace/recorder';

type AssetName = 'financial' | 'vehicles' | 'housingUnits';
/** The asset a comparison of `testAssetLimits` is about, by its subject. */
const ASSET_BY_SUBJECT: Record<string, AssetName> = {
  'financial assets per counted member': 'financial',
  vehicles: 'vehicles',
  housingUnits: 'housingUnits',
};

/**
 * Whether the household meets 低保's property rules (`dibao.assets`), for the 低收入 exception
 * "不符合最低生活保障条件" (最低生活保障审核确认办法 第八条第二款): a household below the 低保 line
 * that fails 低保's property test is not a 低保 case. Tested aside, so that 低保's comparisons do
 * not become reasons of the 低收入 determination; its missing facts and parameters are carried
 * over to `rec` under `rule`.
 *
 * @returns true when within 低保's limits (or 低保 states `"not-tested"`), false when a limit is
 *   exceeded, undefined when unknown; with the comparison that failed, if any
 * @example
 * // dibao.assets = { financialPerCapita: { yuan: '24000' } }, 2 members, savings 60000
 * meetsDibaoProperty(h, std, rec, RULES.notDibao, 'urban', 2).within // false (30000 > 24000)
 */
export function meetsDibaoProperty(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  rule: Rule,
  area: Area | undefined,
  n: number,
): { within: boolean | undefined; actual?: string; threshold?: string; asset?: AssetName } {
  const limits = std.params.dibao?.assets;
  if (limits === 'not-tested') return { within: true };
  if (limits === undefined || setsNoLimit(limits)) {
    rec.missingParameter(rule, 'dibao.assets');
    return { within: undefined };
  }
  const aside = new Recorder();
  const within = testAssetLimits(h, std, aside, rule, limits, 'dibao.assets', area, n);
  for (const r of aside.reasons) {
    if (r.code === 'missing_fact') rec.missingFacts(rule, r.paths);
    else if (r.code === 'missing_parameter') rec.missingParameter(rule, r.parameter);
  }
  const failed = aside.reasons.find((r) => r.code === 'assets_exceed_limit');
  if (failed !== undefined && 'actual' in failed)
    return {
      within,
      actual: failed.actual,
      threshold: failed.threshold,
      asset: ASSET_BY_SUBJECT[failed.subject] ?? 'financial',
    };
  return { within };
}
