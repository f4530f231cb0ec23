import { computeHouseholdIncome } from '../income/computeHouseholdIncome';
import { Rational } from '../money/rational';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput } from '../schema/household';
import { evaluateFigure, isMissing, monthly } from '../standards/evaluateFigure';
import { provenanceOf, type ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, parameterValue, Recorder, yuan } from '../trace/recorder';
import { testThreshold } from '../trace/threshold';
import type { Amount, Determination, ParameterUse } from '../trace/types';
import { phaseOutMsg as msg, phaseOutLines } from './messages';
import { phaseOutPeriod } from './phaseOutPeriod';
import { PHASE_OUT_RULES as RULES } from './rules';

/**
 * Decides the 渐退期 (phase-out period, rule R6) of a 低保 household whose income rose because a
 * member found work.
 *
 * A 低保 household (`status.dibao`) whose per-capita counted income (R1) is no longer below the
 * 低保 standard — equal counts as not below — because of a trigger the table lists
 * (`status.phaseOut.trigger`, 银川 2021 二(四): 就业) keeps its 低保 amount
 * (`status.dibaoMonthlyAmount`) unchanged from `status.phaseOut.start` for the table's
 * `phaseOut.months` (银川 2021 二(四): 18; national 2022 notice 一(三): in principle ≤ 6), or for
 * the fewer months granted (`status.phaseOut.months`; more than the table's are cut to it). The
 * period's end follows {@link phaseOutPeriod}. After the end the household leaves 低保
 * (`ineligible`, `phase_out_ended`, with the end date). If per-capita income is still below the
 * standard the phase-out does not apply: the household is simply 低保 (`ineligible` here,
 * `income_still_below_standard`; assess it with `assessDibao`).
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards from `resolveStandards` for the household's region and date
 * @returns the determination; values `phaseOutStart`, `phaseOutEnd`, `monthOfPeriod`,
 *   `monthsRemaining`, `daysRemaining`
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // 银川, urban standard 700; 3 members, wages 2400 (per capita 800 ≥ 700); 低保 amount 510;
 * // phase-out from 2021-08-01 (employment), assessed 2023-01-31:
 * const d = assessPhaseOut(h, std);
 * d.outcome                 // 'eligible'
 * d.amount?.total           // '510.00'
 * d.values.phaseOutEnd      // '2023-01-31'
 * d.values.monthsRemaining  // '1'
 */
export function assessPhaseOut(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): Determination<'phase-out'> {
  const h = programArgs('assessPhaseOut', household, standards);
  const std = standards;
  const rec = new Recorder();
  const p = std.params.phaseOut;
  const status = h.status;

  // A 低保 household.
  if (status?.dibao === undefined) rec.missingFacts(RULES.dibao, ['status.dibao']);
  else if (!status.dibao) {
    rec.finding(RULES.dibao, {
      code: 'not_dibao_household',
      effect: 'disqualifies',
      facts: { dibao: 'false' },
      message: msg.notDibao(),
    });
    rec.step(RULES.dibao, msg.notDibao(), { dibao: 'false' });
    return rec.finish('phase-out', h.id, std, null);
  } else {
    rec.step(RULES.dibao, msg.isDibao(status.dibaoSince ?? null), {
      dibao: 'true',
      ...(status.dibaoSince ? { dibaoSince: status.dibaoSince } : {}),
    });
  }

  // The trigger.
  const phaseOut = status?.phaseOut;
  const triggers = p?.triggers;
  if (phaseOut === undefined) rec.missingFacts(RULES.trigger, ['status.phaseOut']);
  if (triggers === undefined) rec.missingParameter(RULES.trigger, 'phaseOut.triggers');
  if (phaseOut !== undefined && triggers !== undefined) {
    const ok = triggers.includes(phaseOut.trigger);
    const m = msg.trigger(phaseOut.trigger, ok, triggers);
    if (!ok)
      rec.finding(RULES.trigger, {
        code: 'phase_out_trigger_not_provided',
        effect: 'disqualifies',
        facts: { trigger: phaseOut.trigger, triggers: triggers.join(',') },
        message: m,
      });
    rec.step(RULES.trigger, m, { trigger: phaseOut.trigger });
  }

  incomeTest(h, std, rec);

  // The period.
  const longest = p?.months;
  if (longest === undefined) rec.missingParameter(RULES.period, 'phaseOut.months');
  let amount: Amount | null = null;
  if (phaseOut !== undefined && longest !== undefined) {
    const months = grantedMonths(rec, phaseOut.months, longest);
    const period = phaseOutPeriod(phaseOut.start, months, std.on);
    rec.step(
      RULES.period,
      msg.period(period.start, period.end, months),
      { phaseOutStart: period.start, phaseOutEnd: period.end, months: String(months) },
      [phaseOutMonthsUse(std, longest)],
    );
    rec.value('phaseOutStart', period.start);
    rec.value('phaseOutEnd', period.end);
    rec.value('phaseOutMonths', String(months));
    rec.value('monthsRemaining', String(period.monthsRemaining));
    const facts = { phaseOutStart: period.start, phaseOutEnd: period.end, on: std.on };
    if (period.status === 'before') {
      rec.finding(RULES.period, {
        code: 'phase_out_not_started',
        effect: 'disqualifies',
        facts,
        message: msg.notStarted(period.start, std.on),
      });
    } else if (period.status === 'after') {
      const days = period.daysAfterEnd ?? 0;
      const m = msg.ended(period.end, std.on, days);
      rec.finding(RULES.period, {
        code: 'phase_out_ended',
        effect: 'disqualifies',
        facts: { ...facts, daysAfterEnd: String(days) },
        message: m,
      });
      rec.step(RULES.period, m, {
        daysAfterEnd: String(days),
      });
    } else {
      const m = msg.inPeriod(period.monthOfPeriod ?? 0, months, period.monthsRemaining, period.end);
      rec.value('monthOfPeriod', String(period.monthOfPeriod));
      rec.value('daysRemaining', String(period.daysRemaining));
      rec.finding(RULES.period, {
        code: 'phase_out_in_period',
        effect: 'qualifies',
        facts: { ...facts, monthOfPeriod: String(period.monthOfPeriod) },
        message: m,
      });
      rec.step(RULES.period, m, {
        monthOfPeriod: String(period.monthOfPeriod),
        monthsRemaining: String(period.monthsRemaining),
        daysRemaining: String(period.daysRemaining),
      });
      amount = unchangedAmount(h, rec);
    }
  }
  return rec.finish('phase-out', h.id, std, amount);
}

/** Income no longer below the standard (else the household is simply 低保). */
function incomeTest(h: Household, std: ResolvedStandards, rec: Recorder): void {
  const area = h.area;
  if (area === undefined) {
    rec.missingFacts(RULES.income, ['area']);
    return;
  }
  const income = computeHouseholdIncome(h, std, rec, { program: 'dibao', area });
  const f = evaluateFigure(std, 'dibao.standard.@area', area);
  if (isMissing(f)) {
    rec.missingParameter(RULES.income, f.missing);
    return;
  }
  if (!income.complete || income.members === 0) return;
  const s = monthly(f);
  const perCapita = income.counted.divInt(income.members);
  rec.value('standard', exact(s));
  testThreshold(rec, RULES.income, {
    subject: 'per-capita monthly income',
    test: '>=',
    actual: perCapita,
    threshold: s,
    unit: 'yuan',
    codes: ['income_not_below_standard', 'income_still_below_standard'],
    message: (notBelow) =>
      notBelow
        ? msg.incomeNotBelow(yuan(perCapita), yuan(s))
        : msg.incomeStillBelow(yuan(perCapita), yuan(s)),
    parameter: f.path,
    values: { perCapitaIncome: exact(perCapita), standard: exact(s) },
    parameters: [parameterUse(f)],
  });
  // 银川 2021 二(四) says 超过 (above). Income equal to the standard is no longer below it (低于 is
  // strict: not 低保), so reading 超过 strictly would leave such a household in neither; the
  // library reads equality as 超过 and says so where it decides.
  if (perCapita.eq(s))
    rec.step(RULES.income, msg.equalReadAsAbove(yuan(s)), {
      interpretation: 'equal-read-as-above',
    });
}

/** The months granted (`status.phaseOut.months`), at most the table's longest period. */
function grantedMonths(rec: Recorder, granted: number | undefined, longest: number): number {
  if (granted === undefined || granted === longest) return longest;
  const above = granted > longest;
  const m = msg.granted(granted, longest, above);
  rec.finding(RULES.period, {
    code: above ? 'phase_out_granted_above_maximum' : 'phase_out_granted_months',
    effect: 'notice',
    facts: { granted: String(granted), longest: String(longest) },
    message: m,
  });
  rec.step(RULES.period, m, { grantedMonths: String(granted), longestMonths: String(longest) });
  return above ? longest : granted;
}

/**
 * `phaseOut.months` as used in a step: one use per resolution, whose provenance goes to the
 * assessment's provenance table as a figure's does (the count read as a value of the table).
 */
function phaseOutMonthsUse(std: ResolvedStandards, months: number): ParameterUse {
  let use = std.memo.get('phaseOut.monthsUse') as ParameterUse | undefined;
  if (use === undefined) {
    const path = 'phaseOut.months';
    use = parameterValue(path, String(months), provenanceOf(std, path));
    std.memo.set('phaseOut.monthsUse', use);
  }
  return use;
}

function unchangedAmount(h: Household, rec: Recorder): Amount | null {
  const current = h.status?.dibaoMonthlyAmount;
  if (current === undefined) {
    rec.missingFacts(RULES.amount, ['status.dibaoMonthlyAmount']);
    return null;
  }
  const value = Rational.parse(current) ?? Rational.ZERO;
  const total = value.toFixed(2);
  rec.step(RULES.amount, msg.amount(total), { amount: total });
  rec.value('amount', total);
  return {
    total,
    currency: 'CNY',
    period: 'month',
    breakdown: [{ code: 'unchanged', label: phaseOutLines.unchanged, amount: exact(value) }],
  };
}
