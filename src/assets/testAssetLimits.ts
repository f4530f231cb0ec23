import { dibaoMsg as msg } from '../dibao/messages';
import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigureObject, isMissing } from '../standards/evaluateFigure';
import type { Figure } from '../standards/figure-schema';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, type Recorder, type Rule } from '../trace/recorder';
import { testThreshold } from '../trace/threshold';
import { countedMembers, financialLimit } from './financialUplift';
import type { AssetUplift } from './uplift-schema';

/** Asset limits as tables write them, for any program. */
export interface AssetLimitParams {
  /** Financial assets per counted member. */
  financialPerCapita?: Figure;
  /** Ordered uplifts of the financial limit (small households, vulnerable members). */
  financialUplifts?: readonly AssetUplift[];
  maxVehicles?: number;
  maxHousingUnits?: number;
}

/** True when the limits set none of the three: nothing to test. */
export function setsNoLimit(limits: AssetLimitParams): boolean {
  return (
    limits.financialPerCapita === undefined &&
    limits.maxVehicles === undefined &&
    limits.maxHousingUnits === undefined
  );
}

/** The values of an asset step: the actual value and its limit. */
function limitValues(
  key: 'financial' | 'vehicles' | 'housingUnits',
  actual: string,
  limit: string,
): Record<string, string> {
  switch (key) {
    case 'financial':
      return { financial: actual, financialLimit: limit };
    case 'vehicles':
      return { vehicles: actual, vehiclesLimit: limit };
    case 'housingUnits':
      return { housingUnits: actual, housingUnitsLimit: limit };
  }
}

/**
 * Tests the household's stated property against limits (最低生活保障审核确认办法 第十四条 and the
 * program rules that refer to it): financial assets per counted member, vehicles and housing units
 * as counts. A value equal to its limit is within it. A limit the snapshot cannot answer is a
 * missing fact; a limit whose figure the table lacks, a missing parameter.
 *
 * @param base - the parameter path of the limits, e.g. `dibao.assets`
 * @param n - counted members (financial assets are compared per member)
 * @param headcountUnknown - paths of facts the head count `n` depends on and the snapshot does
 *   not state: the per-member financial test is then a missing fact, not tested with a guess
 * @param countedIds - the counted members, where they are not the co-resident members (a member
 *   assessed alone); the financial-limit uplifts look at these
 * @returns false when a limit is exceeded, true when every limit is met, undefined when unknown
 *
 * @example
 * // dibao.assets = { maxVehicles: 0 }, assets.vehicles = 1
 * testAssetLimits(h, std, rec, RULES.assets, { maxVehicles: 0 }, 'dibao.assets', 'urban', 2) // false
 */
export function testAssetLimits(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  rule: Rule,
  limits: AssetLimitParams,
  base: string,
  area: Area | undefined,
  n: number,
  memberId?: string,
  headcountUnknown: readonly string[] = [],
  countedIds?: readonly string[],
): boolean | undefined {
  const assets = h.assets;
  let result: boolean | undefined = true;
  const fold = (holds: boolean | undefined) => {
    if (holds === false) result = false;
    else if (holds === undefined && result === true) result = undefined;
  };
  const test = (
    key: 'financial' | 'vehicles' | 'housingUnits',
    actual: Rational,
    limit: Rational,
    unit: 'yuan' | 'count',
    parameter: string,
  ) =>
    testThreshold(rec, rule, {
      subject: key === 'financial' ? 'financial assets per counted member' : key,
      test: '<=',
      actual,
      threshold: limit,
      unit,
      codes: ['assets_within_limit', 'assets_exceed_limit'],
      message: (within, gap) =>
        within
          ? msg.assetWithin(key, exact(actual), exact(limit))
          : msg.assetExceeds(key, exact(actual), exact(limit), exact(gap)),
      parameter,
      memberId,
      values: limitValues(key, exact(actual), exact(limit)),
    });
  const unknown = (fact: string) => {
    rec.missingFacts(rule, [fact]);
    fold(undefined);
  };
  if (limits.financialPerCapita !== undefined) {
    const f = evaluateFigureObject(
      std,
      limits.financialPerCapita,
      `${base}.financialPerCapita`,
      area,
    );
    if (isMissing(f)) {
      rec.missingParameter(rule, f.missing);
      fold(undefined);
    } else if (assets?.financial === undefined) unknown('assets.financial');
    else if (headcountUnknown.length > 0) {
      rec.missingFacts(rule, [...headcountUnknown]);
      fold(undefined);
    } else if (n > 0) {
      const financial = Rational.parse(assets.financial) ?? Rational.ZERO;
      const perMember = financial.divInt(n);
      const limit = financialLimit(
        std,
        rec,
        rule,
        limits.financialUplifts,
        base,
        f,
        perMember,
        countedMembers(h, memberId, countedIds),
        n,
      );
      if (limit === undefined) fold(undefined);
      else fold(test('financial', perMember, limit.value, 'yuan', limit.parameter));
    }
  }
  if (limits.maxVehicles !== undefined) {
    if (assets?.vehicles === undefined) unknown('assets.vehicles');
    else {
      const limit = Rational.int(limits.maxVehicles);
      fold(test('vehicles', Rational.int(assets.vehicles), limit, 'count', `${base}.maxVehicles`));
    }
  }
  if (limits.maxHousingUnits !== undefined) {
    if (assets?.housingUnits === undefined) unknown('assets.housingUnits');
    else {
      const limit = Rational.int(limits.maxHousingUnits);
      fold(
        test(
          'housingUnits',
          Rational.int(assets.housingUnits),
          limit,
          'count',
          `${base}.maxHousingUnits`,
        ),
      );
    }
  }
  return result;
}
