import type { HouseholdIncome } from '../income/computeHouseholdIncome';
import { checkAssetLimits } from '../low-income/checkAssetLimits';
import type { Household } from '../schema/household';
import { evaluateFigureObject, exactMonthly, isMissing } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import { testThreshold } from '../trace/threshold';
import type { HardshipEvent } from './event-schema';
import { temporaryAidMsg as msg } from './messages';
import type { HardshipTest } from './params';
import { TEMPORARY_AID_RULES as RULES } from './rules';

/**
 * The means (hardship) test of temporary aid (银川 2021 二(七): households and persons who cannot
 * meet the hardship "靠自身和家庭"; 二(一); 2018 意见 二(一): per-capita income below a local line
 * and property within local rules). The table states it as `temporaryAid.hardshipTest`:
 * - absent → `missing_parameter` (undetermined), never a silent pass;
 * - `"not-tested"` → a trace step says no means are tested;
 * - for the listed `kinds`: per-capita counted income (R1, the 低保 income rules) strictly below
 *   `income.perCapitaBelow`, else `hardship_income_not_below_line` (ineligible); property within
 *   `assets` (own `limits`, 低保's `sameAsDibao`, or `"not-tested"`, traced). An unknown income
 *   or asset fact leaves it undetermined.
 *
 * @param income - the household income (computed once by the caller, when asked for)
 * @example
 * // 银川 (illustrative line 1.5 × 700 = 1050): 2 members, 4000 a month → 2000 ≥ 1050 → ineligible
 */
export function hardshipTest(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  e: HardshipEvent,
  income: () => HouseholdIncome,
): void {
  const t: HardshipTest | undefined = std.params.temporaryAid?.hardshipTest;
  if (t === undefined) {
    rec.missingParameter(RULES.hardshipIncome, 'temporaryAid.hardshipTest');
    return;
  }
  if (t === 'not-tested') {
    rec.step(RULES.hardshipIncome, msg.hardshipNotTested(), { hardshipTest: 'not-tested' });
    return;
  }
  if (!t.kinds.includes(e.kind)) {
    rec.step(RULES.hardshipIncome, msg.hardshipKindNotTested(t.kinds), {
      hardshipTest: 'not-for-kind',
      kinds: t.kinds.join(','),
    });
    return;
  }
  const path = 'temporaryAid.hardshipTest.income.perCapitaBelow';
  const f = evaluateFigureObject(std, t.income.perCapitaBelow, path, h.area);
  const r = income();
  if (isMissing(f)) rec.missingParameter(RULES.hardshipIncome, f.missing);
  else if (r.complete && r.members > 0) {
    // The exact multiple is compared against (a derived line's rounding is for display only).
    const line = exactMonthly(f);
    const perCapita = r.counted.divInt(r.members);
    testThreshold(rec, RULES.hardshipIncome, {
      subject: 'per-capita monthly income',
      test: '<',
      actual: perCapita,
      threshold: line,
      unit: 'yuan',
      codes: ['hardship_income_below_line', 'hardship_income_not_below_line'],
      message: (below, gap) => msg.hardshipIncome(yuan(perCapita), yuan(line), yuan(gap), below),
      parameter: f.path,
      values: {
        perCapitaIncome: exact(perCapita),
        hardshipIncomeLine: exact(line),
        countedIncome: exact(r.counted),
      },
      parameters: [parameterUse(f), ...(f.derivation ? [parameterUse(f.derivation.base)] : [])],
    });
    rec.value('perCapitaIncome', exact(perCapita));
    rec.value('hardshipIncomeLine', exact(line));
  }
  if (t.assets === 'not-tested') {
    rec.step(RULES.hardshipAssets, msg.hardshipAssetsNotTested(), { assetLimits: 'not-tested' });
    return;
  }
  checkAssetLimits(
    h,
    std,
    rec,
    RULES.hardshipAssets,
    t.assets,
    'temporaryAid.hardshipTest.assets',
    h.area,
    r.members,
  );
}
