import { setsNoLimit, testAssetLimits } from '../assets/testAssetLimits';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { Recorder } from '../trace/recorder';
import { dibaoMsg as msg } from './messages';
import { DIBAO_RULES as RULES } from './rules';

/**
 * The asset test of 低保 (社会救助暂行办法 第九条; 审核确认办法 第十四条): financial assets per
 * counted member, vehicles and housing units against the table's limits (a value equal to the
 * limit is within it). A limit the table sets and the snapshot cannot answer is a missing fact.
 * No property limits is not a pass: a table without `dibao.assets`, or with none of its three
 * limits, leaves the test undetermined (`missing_parameter` `dibao.assets`); a table that states
 * `"not-tested"` tests no limit, and the trace says so (one step, values
 * `assetLimits: 'not-tested'`), so an auditor sees that property was left to local checks.
 */
export function checkDibaoAssets(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area | undefined,
  n: number,
  countedIds?: readonly string[],
): void {
  const limits = std.params.dibao?.assets;
  if (limits === 'not-tested') {
    rec.step(RULES.assets, msg.assetsNotTested(), { assetLimits: 'not-tested' });
    return;
  }
  if (limits === undefined || setsNoLimit(limits)) {
    rec.missingParameter(RULES.assets, 'dibao.assets');
    return;
  }
  testAssetLimits(
    h,
    std,
    rec,
    RULES.assets,
    limits,
    'dibao.assets',
    area,
    n,
    undefined,
    undefined,
    countedIds,
  );
}

/** Flags households of near relatives of staff for filing (汉政办发〔2016〕57号 三(一); 审核确认办法 第十一条). */
export function flagNearRelative(h: Household, std: ResolvedStandards, rec: Recorder): void {
  if (std.params.dibao?.nearRelativeFiling === false) return;
  if (h.application?.nearRelativeOfStaff !== true) return;
  const message = msg.nearRelative();
  rec.finding(RULES.nearRelative, {
    code: 'near_relative_filing',
    effect: 'notice',
    facts: { nearRelativeOfStaff: 'true' },
    message,
  });
  rec.step(RULES.nearRelative, message, { nearRelativeFiling: 'true' });
}
