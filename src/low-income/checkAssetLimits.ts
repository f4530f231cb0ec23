import { assetNames, dibaoMessages } from '../dibao/messages';
import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigureObject, isMissing } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, type Recorder, type Rule } from '../trace/recorder';
import type { Messages } from '../trace/types';
import type { AssetLimits, AssetRule } from './params';

const msg = {
  sameAsDibao: (path: string, any: boolean): Messages => ({
    'zh-CN': `标准表（${path}.sameAsDibao）规定适用低保的财产限额${any ? '' : '；低保未设财产限额，不作财产比对'}`,
    en: `the table (${path}.sameAsDibao) applies the 低保 property limits${any ? '' : '; 低保 sets none, so no property limit is tested'}`,
  }),
  none: (path: string): Messages => ({
    'zh-CN': `标准表 ${path}.limits 未设任何财产限额`,
    en: `the table sets no property limit in ${path}.limits`,
  }),
};

/**
 * Checks household property against a program's own limits or, when the table says so, 低保's.
 * Financial assets are compared per counted member (`n`); vehicles and housing units as counts.
 * An absent rule is a missing parameter; an unknown asset fact is a missing fact.
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
    const any =
      limits.financialPerCapita !== undefined ||
      limits.maxVehicles !== undefined ||
      limits.maxHousingUnits !== undefined;
    rec.step(rule, msg.sameAsDibao(path, any), { assetLimitsFrom: base });
  } else {
    limits = assetRule.limits;
    base = `${path}.limits`;
    if (
      limits.financialPerCapita === undefined &&
      limits.maxVehicles === undefined &&
      limits.maxHousingUnits === undefined
    )
      rec.step(rule, msg.none(path), { assetLimitsFrom: base });
  }
  const assets = h.assets;
  let result: boolean | undefined = true;
  const check = (
    key: 'financial' | 'vehicles' | 'housingUnits',
    actual: Rational,
    limit: Rational,
    unit: 'yuan' | 'count',
    parameter: string,
  ) => {
    const within = actual.lte(limit);
    const gap = within ? limit.sub(actual) : actual.sub(limit);
    const message = within
      ? dibaoMessages.assetWithin(assetNames[key], exact(actual), exact(limit))
      : dibaoMessages.assetExceeds(assetNames[key], exact(actual), exact(limit), exact(gap));
    rec.compare(rule, {
      code: within ? 'assets_within_limit' : 'assets_exceed_limit',
      effect: within ? 'qualifies' : 'disqualifies',
      subject: key === 'financial' ? 'financial assets per counted member' : key,
      test: '<=',
      threshold: exact(limit),
      actual: exact(actual),
      gap: exact(gap),
      unit,
      parameter,
      message,
      ...(memberId !== undefined ? { memberId } : {}),
    });
    rec.step(rule, message, { [key]: exact(actual), [`${key}Limit`]: exact(limit) });
    if (!within) result = false;
  };
  const unknown = (fact: string) => {
    rec.missingFacts(rule, [fact]);
    if (result === true) result = undefined;
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
      if (result === true) result = undefined;
    } else if (assets?.financial === undefined) unknown('assets.financial');
    else if (n > 0) {
      const financial = Rational.parse(assets.financial) ?? Rational.ZERO;
      check('financial', financial.divInt(n), f.value, 'yuan', f.path);
    }
  }
  if (limits.maxVehicles !== undefined) {
    if (assets?.vehicles === undefined) unknown('assets.vehicles');
    else
      check(
        'vehicles',
        Rational.int(assets.vehicles),
        Rational.int(limits.maxVehicles),
        'count',
        `${base}.maxVehicles`,
      );
  }
  if (limits.maxHousingUnits !== undefined) {
    if (assets?.housingUnits === undefined) unknown('assets.housingUnits');
    else
      check(
        'housingUnits',
        Rational.int(assets.housingUnits),
        Rational.int(limits.maxHousingUnits),
        'count',
        `${base}.maxHousingUnits`,
      );
  }
  return result;
}
