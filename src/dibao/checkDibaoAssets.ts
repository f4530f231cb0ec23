import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigureObject, isMissing } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, type Recorder } from '../trace/recorder';
import { assetNames, dibaoMessages as msg } from './messages';
import { DIBAO_RULES as RULES } from './rules';

/**
 * The asset test of 低保 (社会救助暂行办法 第九条; 审核确认办法 第十四条): financial assets per
 * counted member, vehicles and housing units against the table's limits (a value equal to the
 * limit is within it). A limit the table sets and the snapshot cannot answer is a missing fact.
 */
export function checkDibaoAssets(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area | undefined,
  n: number,
): void {
  const limits = std.params.dibao?.assets;
  if (limits === undefined) return;
  const assets = h.assets;
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
      ? msg.assetWithin(assetNames[key], exact(actual), exact(limit))
      : msg.assetExceeds(assetNames[key], exact(actual), exact(limit), exact(gap));
    rec.compare(RULES.assets, {
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
    });
    rec.step(RULES.assets, message, { [key]: exact(actual), [`${key}Limit`]: exact(limit) });
  };
  if (limits.financialPerCapita !== undefined) {
    const f = evaluateFigureObject(
      std,
      limits.financialPerCapita,
      'dibao.assets.financialPerCapita',
      area,
    );
    if (isMissing(f)) rec.missingParameter(RULES.assets, f.missing);
    else if (assets?.financial === undefined) rec.missingFacts(RULES.assets, ['assets.financial']);
    else if (n > 0) {
      const financial = Rational.parse(assets.financial) ?? Rational.ZERO;
      check('financial', financial.divInt(n), f.value, 'yuan', f.path);
    }
  }
  if (limits.maxVehicles !== undefined) {
    if (assets?.vehicles === undefined) rec.missingFacts(RULES.assets, ['assets.vehicles']);
    else
      check(
        'vehicles',
        Rational.int(assets.vehicles),
        Rational.int(limits.maxVehicles),
        'count',
        'dibao.assets.maxVehicles',
      );
  }
  if (limits.maxHousingUnits !== undefined) {
    if (assets?.housingUnits === undefined) rec.missingFacts(RULES.assets, ['assets.housingUnits']);
    else
      check(
        'housingUnits',
        Rational.int(assets.housingUnits),
        Rational.int(limits.maxHousingUnits),
        'count',
        'dibao.assets.maxHousingUnits',
      );
  }
}

/** Flags households of near relatives of staff for filing (汉政办发〔2016〕57号 三(一); 审核确认办法 第十一条). */
export function flagNearRelative(h: Household, std: ResolvedStandards, rec: Recorder): void {
  if (std.params.dibao?.nearRelativeFiling === false) return;
  if (h.application?.nearRelativeOfStaff !== true) return;
  rec.finding(RULES.nearRelative, {
    code: 'near_relative_filing',
    effect: 'notice',
    facts: { nearRelativeOfStaff: 'true' },
    message: msg.nearRelative(),
  });
  rec.step(RULES.nearRelative, msg.nearRelative(), { nearRelativeFiling: 'true' });
}
