import { computeHouseholdIncome } from '../income/computeHouseholdIncome';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput } from '../schema/household';
import {
  evaluateFigure,
  exactMonthly,
  type FigureValue,
  isMissing,
  monthly,
} from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, Recorder, yuan } from '../trace/recorder';
import { testThreshold } from '../trace/threshold';
import type { Determination } from '../trace/types';
import { checkAssetLimits } from './checkAssetLimits';
import { meetsDibaoProperty } from './dibaoPropertyTest';
import { lowIncomeAid } from './lowIncomeAid';
import { lowIncomeMsg as msg } from './messages';
import { LOW_INCOME_RULES as RULES } from './rules';

/**
 * Recognises a 低收入家庭 / 低保边缘家庭 (rule R3).
 *
 * General rule (最低生活保障审核确认办法 第八条第二款; 银川 2021 二(五)): a household whose per-capita
 * counted income (R1, exclusions of the `low-income` test) is strictly **below** the table's
 * low-income line (`lowIncome.line.<area>`, by default 1.5 × the 低保 standard) and whose property
 * meets the table's rules (`lowIncome.assets`: its own limits, or 低保's when the table says
 * `sameAsDibao`). Conditions and named exceptions, each with its own citation:
 * - local 户籍 when `lowIncome.localHukouRequired` (银川 二(五)); unknown 户籍 → undetermined;
 * - not a 低保 case (第八条第二款 "不符合最低生活保障条件" — 低保's conditions, not only its income
 *   line): per-capita income below the 低保 standard and property within 低保's rules →
 *   `belongs_in_dibao` (the household belongs in 低保); below the line but outside 低保's property
 *   rules → not a 低保 case (a step says so), so it may be low-income; 低保's property unknown →
 *   undetermined; a household already receiving 低保 → `already_in_dibao`;
 * - not 特困: every counted member already 特困 → `already_in_tekun`.
 * The determination carries no amount (recognition only) unless the table gives a monthly aid for
 * low-income households (`lowIncome.aid`: per household or per member, e.g. 0.25 × the 低保
 * standard; see `lowIncomeAid`); `values.incomeTier` says which tier the income alone points to:
 * `dibao`, `low-income` or `none`.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards from `resolveStandards` for the household's region and the date
 * @returns the determination: outcome, reasons, trace and stamp; the amount is the table's aid, or null
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // 银川 (example 低保 urban 700): line 1.5 × 700 = 1050; 2 members, 2099.98/month counted.
 * const d = assessLowIncome(household, std);
 * d.outcome            // 'eligible'
 * d.values.lowIncomeLine // '1050'
 */
export function assessLowIncome(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): Determination<'low-income'> {
  const h = programArgs('assessLowIncome', household, standards);
  const std = standards;
  const rec = new Recorder();
  const p = std.params.lowIncome;
  const area = h.area;
  if (area === undefined) rec.missingFacts(RULES.area, ['area']);

  const income = computeHouseholdIncome(h, std, rec, {
    program: 'low-income',
    area,
  });
  const n = income.members;

  let standard: FigureValue | undefined;
  let line: FigureValue | undefined;
  if (area !== undefined) {
    const s = evaluateFigure(std, 'dibao.standard.@area', area);
    if (isMissing(s)) rec.missingParameter(RULES.notDibao, s.missing);
    else standard = s;
    const l = evaluateFigure(std, 'lowIncome.line.@area', area);
    if (isMissing(l)) rec.missingParameter(RULES.line, l.missing);
    else {
      line = l;
      const d = l.derivation;
      rec.step(
        RULES.line,
        d
          ? msg.line(area, yuan(monthly(l)), d.multiple, yuan(monthly(d.base)))
          : msg.line(area, yuan(monthly(l))),
        {
          lowIncomeLine: exact(monthly(l)),
          ...(l.derivation ? { lowIncomeLineUnrounded: exact(l.derivation.unrounded) } : {}),
        },
        [parameterUse(l), ...(l.derivation ? [parameterUse(l.derivation.base)] : [])],
      );
      rec.value('lowIncomeLine', exact(monthly(l)));
    }
  }

  if (income.complete && n > 0) {
    const perCapita = income.counted.divInt(n);
    if (standard !== undefined) {
      const s = monthly(standard);
      rec.value('dibaoStandard', exact(s));
      const below = income.counted.lt(s.times(n));
      // 第八条第二款 "不符合最低生活保障条件": below the 低保 line but outside 低保's property rules
      // is not a 低保 case, so the household may be low-income.
      const property = below ? meetsDibaoProperty(h, std, rec, RULES.notDibao, area, n) : undefined;
      if (below && property?.within === false) {
        const m = msg.failsDibaoProperty(
          yuan(perCapita),
          yuan(s),
          property.asset ?? 'financial',
          property.actual ?? '',
          property.threshold ?? '',
        );
        rec.step(RULES.notDibao, m, {
          perCapitaIncome: exact(perCapita),
          dibaoStandard: exact(s),
          dibaoProperty: 'exceeds',
        });
        rec.value('incomeTier', 'dibao');
      } else if (below && property?.within === undefined) {
        rec.value('incomeTier', 'dibao');
      } else if (below) {
        const m = msg.belongsInDibao(yuan(perCapita), yuan(s));
        rec.finding(RULES.notDibao, {
          code: 'belongs_in_dibao',
          effect: 'disqualifies',
          facts: { perCapitaIncome: exact(perCapita), dibaoStandard: exact(s) },
          message: m,
        });
        rec.step(RULES.notDibao, m, {
          perCapitaIncome: exact(perCapita),
          dibaoStandard: exact(s),
        });
        rec.value('incomeTier', 'dibao');
      } else {
        rec.step(RULES.notDibao, msg.notBelowDibao(yuan(perCapita), yuan(s)), {
          perCapitaIncome: exact(perCapita),
          dibaoStandard: exact(s),
        });
      }
    }
    if (line !== undefined) {
      // The exact multiple is compared against; the table's rounding is for display only.
      const l = exactMonthly(line);
      const threshold = l.times(n);
      const below = testThreshold(rec, RULES.income, {
        subject: 'per-capita monthly income',
        test: '<',
        actual: perCapita,
        threshold: l,
        unit: 'yuan',
        codes: ['income_below_threshold', 'income_not_below_threshold'],
        message: (holds, gap) =>
          holds
            ? msg.incomeBelow(yuan(perCapita), yuan(l), yuan(gap))
            : msg.incomeNotBelow(yuan(perCapita), yuan(l), yuan(gap)),
        parameter: line.path,
        values: {
          countedIncome: exact(income.counted),
          threshold: exact(threshold),
          perCapitaIncome: exact(perCapita),
        },
      });
      rec.value('threshold', exact(threshold));
      rec.value('lowIncomeLineExact', exact(l));
      if (rec.values.incomeTier === undefined)
        rec.value('incomeTier', below ? 'low-income' : 'none');
    }
  }

  // Exception: already in 低保.
  const dibaoStatus = h.status?.dibao;
  if (dibaoStatus === undefined) rec.missingFacts(RULES.notDibao, ['status.dibao']);
  else if (dibaoStatus) {
    const message = msg.alreadyDibao();
    rec.finding(RULES.notDibao, {
      code: 'already_in_dibao',
      effect: 'disqualifies',
      facts: { 'status.dibao': 'true' },
      message,
    });
    rec.step(RULES.notDibao, message, { dibao: 'true' });
  }

  // Exception: every counted member already 特困.
  alreadyTekun(h, rec, new Set(income.memberIds));

  // 户籍.
  if (p?.localHukouRequired === undefined)
    rec.missingParameter(RULES.hukou, 'lowIncome.localHukouRequired');
  else if (!p.localHukouRequired) rec.step(RULES.hukou, msg.hukouNotRequired(), {});
  else if (h.localHukou === undefined) rec.missingFacts(RULES.hukou, ['localHukou']);
  else {
    const local = h.localHukou;
    const message = msg.hukou(local);
    rec.finding(RULES.hukou, {
      code: local ? 'local_hukou' : 'no_local_hukou',
      effect: local ? 'qualifies' : 'disqualifies',
      facts: { localHukou: String(local) },
      message,
    });
    rec.step(RULES.hukou, message, { localHukou: String(local) });
  }

  checkAssetLimits(h, std, rec, RULES.assets, p?.assets, 'lowIncome.assets', area, n);
  const amount =
    rec.outcome() === 'eligible' && area !== undefined ? lowIncomeAid(std, rec, area, n) : null;
  return rec.finish('low-income', h.id, std, amount);
}

function alreadyTekun(h: Household, rec: Recorder, counted: Set<string>): void {
  const missing: string[] = [];
  let anyNot = false;
  h.members.forEach((m, i) => {
    if (!counted.has(m.id)) return;
    if (m.tekun === undefined) missing.push(`members[${i}].tekun`);
    else if (!m.tekun) anyNot = true;
  });
  if (anyNot || counted.size === 0) return;
  if (missing.length > 0) {
    rec.missingFacts(RULES.notTekun, missing);
    return;
  }
  const message = msg.alreadyTekun();
  rec.finding(RULES.notTekun, {
    code: 'already_in_tekun',
    effect: 'disqualifies',
    facts: { countedMembers: String(counted.size) },
    message,
  });
  rec.step(RULES.notTekun, message, {});
}
