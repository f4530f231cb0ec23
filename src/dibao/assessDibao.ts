import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { Recorder } from '../trace/recorder';
import type { Determination } from '../trace/types';
import { decideDibao } from './decideDibao';

/**
 * Decides 最低生活保障 (低保) for a household (rule R2).
 *
 * Eligible when the per-capita counted income (R1) is strictly **below** the 低保 standard for
 * the household's area (社会救助暂行办法 第九条: "低于"; income equal to the standard does not
 * qualify) and the household's assets are within the table's limits (第九条; 最低生活保障审核确认办法
 * 第十四条). The amount is the gap `standard × n − counted income` (第十二条; 审核确认办法 第二十三条)
 * or the band amount per person (分档), raised to the table's floor (阳府办〔2017〕8号 二(三)一),
 * plus category supplements per member (分类施保: highest only or stacking; 银川 2021 二(四)),
 * rounded once by the table's rule. Households of near relatives of staff are flagged for filing
 * (汉政办发〔2016〕57号 三(一)). A fact the decision needs and the snapshot lacks gives
 * `undetermined`, listing it.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards from `resolveStandards` for the household's region and the date
 * @returns the determination: outcome, amount with breakdown, reasons, trace and stamp
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // Changzhou 2021-07-01: standard 940; 3 co-resident members with 1894 yuan/month in wages.
 * const d = assessDibao(household, std);
 * d.outcome        // 'eligible'
 * d.amount?.total  // '926.00'  (940 × 3 − 1894)
 */
export function assessDibao(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): Determination<'dibao'> {
  const h = programArgs('assessDibao', household, standards);
  const rec = new Recorder();
  const { amount } = decideDibao(h, standards, rec);
  return rec.finish('dibao', h.id, standards, amount);
}
