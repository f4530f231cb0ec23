import { computeHouseholdIncome, type HouseholdIncome } from '../income/computeHouseholdIncome';
import type { IncomeProgram } from '../income/params';
import { Rational } from '../money/rational';
import { roundMoney } from '../money/round';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import {
  evaluateFigure,
  evaluateFigureObject,
  type FigureValue,
  isMissing,
  monthly,
} from '../standards/evaluateFigure';
import { evaluateAnyOf } from '../standards/member-condition';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import type { Amount, AmountLine, Messages } from '../trace/types';
import { assetNames, dibaoLines, dibaoMessages as msg } from './messages';
import { DIBAO_RULES as RULES } from './rules';

/** Options of {@link decideDibao}. */
export interface DibaoOptions {
  /** Assess only these members, as a household of their own (单人户). */
  memberIds?: readonly string[];
  /** The income test the exclusions are taken from. */
  program?: IncomeProgram;
}

/** What {@link decideDibao} found besides the recorder's reasons. */
export interface DibaoFindings {
  area: Area | undefined;
  standard: FigureValue | undefined;
  income: HouseholdIncome;
  amount: Amount | null;
}

/**
 * The 低保 decision on a recorder: income test, asset test, amount. Shared by
 * {@link assessDibao} and the programs that assess part of a household as its own.
 */
export function decideDibao(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  options: DibaoOptions = {},
): DibaoFindings {
  const area = h.area;
  if (area === undefined) rec.missingFacts(RULES.area, ['area']);

  const income = computeHouseholdIncome(h, std, rec, {
    program: options.program ?? 'dibao',
    ...(area !== undefined ? { area } : {}),
    ...(options.memberIds ? { memberIds: options.memberIds } : {}),
  });

  let standard: FigureValue | undefined;
  if (area !== undefined) {
    const f = evaluateFigure(std, 'dibao.standard.@area', area);
    if (isMissing(f)) rec.missingParameter(RULES.standard, f.missing);
    else {
      standard = f;
      rec.step(
        RULES.standard,
        msg.standard(area, yuan(monthly(f))),
        { standard: exact(monthly(f)) },
        [parameterUse(f)],
      );
      rec.value('standard', exact(monthly(f)));
    }
  }

  const n = income.members;
  if (n === 0 && income.complete) {
    rec.finding(RULES.income, {
      code: 'no_counted_members',
      effect: 'disqualifies',
      facts: { countedMembers: '0' },
      message: msg.noMembers(),
    });
  }

  let incomeMet = false;
  if (standard !== undefined && income.complete && n > 0) {
    const s = monthly(standard);
    const threshold = s.times(n);
    const perCapita = income.counted.divInt(n);
    const below = income.counted.lt(threshold);
    const gap = below ? s.sub(perCapita) : perCapita.sub(s);
    const message = below
      ? msg.incomeBelow(yuan(perCapita), yuan(s), yuan(gap))
      : msg.incomeNotBelow(yuan(perCapita), yuan(s), yuan(gap), gap.isZero());
    rec.value('threshold', exact(threshold));
    rec.compare(RULES.income, {
      code: below ? 'income_below_threshold' : 'income_not_below_threshold',
      effect: below ? 'qualifies' : 'disqualifies',
      subject: 'per-capita monthly income',
      test: '<',
      threshold: exact(s),
      actual: exact(perCapita),
      gap: exact(gap),
      unit: 'yuan',
      parameter: standard.path,
      message,
    });
    rec.step(RULES.income, message, {
      countedIncome: exact(income.counted),
      threshold: exact(threshold),
      perCapitaIncome: exact(perCapita),
      standard: exact(s),
    });
    incomeMet = below;
  }

  checkAssets(h, std, rec, area, n);
  nearRelative(h, std, rec);

  let amount: Amount | null = null;
  if (incomeMet && standard !== undefined)
    amount = computeAmount(h, std, rec, area as Area, standard, income);
  return { area, standard, income, amount };
}

function checkAssets(
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

function nearRelative(h: Household, std: ResolvedStandards, rec: Recorder): void {
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

function computeAmount(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area,
  standardFigure: FigureValue,
  income: HouseholdIncome,
): Amount | null {
  const p = std.params.dibao;
  const standard = monthly(standardFigure);
  const n = income.members;
  const lines: AmountLine[] = [];
  const payment = p?.payment;
  if (payment === undefined) {
    rec.missingParameter(RULES.gap, 'dibao.payment');
    return null;
  }

  // Base payment: gap or band.
  let base: Rational;
  if (payment.method === 'gap') {
    base = standard.times(n).sub(income.counted);
    rec.step(RULES.gap, msg.gap(yuan(standard), n, yuan(income.counted), yuan(base)), {
      baseAmount: exact(base),
    });
    lines.push({ code: 'gap', label: dibaoLines.gap, amount: exact(base) });
  } else {
    const perCapita = income.counted.divInt(n);
    let chosen: { below: FigureValue; perPerson: FigureValue } | undefined;
    for (const [i, band] of payment.bands.entries()) {
      const below = evaluateFigureObject(std, band.below, `dibao.payment.bands.${i}.below`, area);
      const perPerson = evaluateFigureObject(
        std,
        band.perPerson,
        `dibao.payment.bands.${i}.perPerson`,
        area,
      );
      if (isMissing(below) || isMissing(perPerson)) {
        rec.missingParameter(
          RULES.bands,
          isMissing(below) ? below.missing : (perPerson as { missing: string }).missing,
        );
        return null;
      }
      if (
        income.counted.lt(monthly(below).times(n)) &&
        (chosen === undefined || monthly(below).lt(monthly(chosen.below)))
      ) {
        chosen = { below, perPerson };
      }
    }
    if (chosen === undefined) {
      rec.missingParameter(RULES.bands, 'dibao.payment.bands');
      rec.step(RULES.bands, msg.noBand(yuan(perCapita)), { perCapitaIncome: exact(perCapita) });
      return null;
    }
    base = monthly(chosen.perPerson).times(n);
    rec.step(
      RULES.bands,
      msg.band(yuan(monthly(chosen.below)), yuan(monthly(chosen.perPerson)), n, yuan(base)),
      { baseAmount: exact(base), bandBelow: exact(monthly(chosen.below)) },
      [parameterUse(chosen.below), parameterUse(chosen.perPerson)],
    );
    lines.push({ code: 'band', label: dibaoLines.band, amount: exact(base) });
  }
  rec.value('baseAmount', exact(base));

  // Floor.
  if (p?.floor !== undefined) {
    let perPerson: Rational;
    const uses = [];
    if ('perPerson' in p.floor) {
      const f = evaluateFigureObject(std, p.floor.perPerson, 'dibao.floor.perPerson', area);
      if (isMissing(f)) {
        rec.missingParameter(RULES.floor, f.missing);
        return null;
      }
      perPerson = monthly(f);
      uses.push(parameterUse(f));
    } else {
      perPerson = standard.mul(Rational.parse(p.floor.shareOfStandard) ?? Rational.ZERO);
      uses.push(parameterUse(standardFigure));
    }
    const floor = perPerson.times(n);
    const applied = base.lt(floor);
    rec.step(
      RULES.floor,
      msg.floor(yuan(floor), yuan(base), applied),
      { floor: exact(floor) },
      uses,
    );
    if (applied) {
      lines.push({ code: 'floor', label: dibaoLines.floor, amount: exact(floor.sub(base)) });
      base = floor;
    }
  }

  // Category supplements.
  let supplements = Rational.ZERO;
  const sup = p?.supplements;
  if (sup !== undefined) {
    const counted = new Set(income.memberIds);
    const missing: string[] = [];
    h.members.forEach((m, index) => {
      if (!counted.has(m.id)) return;
      const granted: { label: Messages; id: string; value: Rational }[] = [];
      for (const item of sup.items) {
        const r = evaluateAnyOf(item.when, m, index, std.on);
        if (r.holds === undefined) {
          missing.push(...r.missing);
          continue;
        }
        if (!r.holds) continue;
        let value: Rational;
        if ('fixed' in item.amount) {
          const f = evaluateFigureObject(
            std,
            item.amount.fixed,
            `dibao.supplements.${item.id}`,
            area,
          );
          if (isMissing(f)) {
            rec.missingParameter(RULES.supplement, f.missing);
            continue;
          }
          value = monthly(f);
        } else {
          value = standard.mul(Rational.parse(item.amount.shareOfStandard) ?? Rational.ZERO);
        }
        granted.push({ label: item.label, id: item.id, value });
      }
      const chosen =
        sup.combine === 'stack'
          ? granted
          : granted.length > 0
            ? [granted.reduce((a, b) => (b.value.gt(a.value) ? b : a))]
            : [];
      for (const g of chosen) {
        supplements = supplements.add(g.value);
        lines.push({
          code: `supplement.${g.id}`,
          label: g.label,
          amount: exact(g.value),
          memberId: m.id,
        });
        rec.step(RULES.supplement, msg.supplement(m.id, g.label, yuan(g.value)), {
          memberId: m.id,
          supplement: exact(g.value),
        });
      }
    });
    if (missing.length > 0) rec.missingFacts(RULES.supplement, [...new Set(missing)]);
    rec.value('supplements', exact(supplements));
  }

  // Round once, at the end.
  const rounding = p?.rounding;
  if (rounding === undefined) {
    rec.missingParameter(RULES.rounding, 'dibao.rounding');
    return null;
  }
  const unrounded = base.add(supplements);
  const total = roundMoney(unrounded, rounding);
  const diff = total.sub(unrounded);
  rec.step(
    RULES.rounding,
    msg.rounding(exact(unrounded), total.toFixed(2), rounding.unit, rounding.mode),
    {
      unrounded: exact(unrounded),
      total: total.toFixed(2),
    },
  );
  if (!diff.isZero())
    lines.push({ code: 'rounding', label: dibaoLines.rounding, amount: exact(diff) });
  rec.value('amount', total.toFixed(2));
  return { total: total.toFixed(2), currency: 'CNY', period: 'month', breakdown: lines };
}
