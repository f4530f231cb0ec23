import { Rational } from '../money/rational';
import { type RoundingRule, roundMoney } from '../money/round';
import type { Area } from '../schema/primitives';
import { convertPeriod, evaluateFigureObject, isMissing } from '../standards/evaluateFigure';
import type { Figure } from '../standards/figure-schema';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import type { Amount, AmountLine } from '../trace/types';
import type { MedicalBill } from './bill';
import { medicalAidLines as lines, medicalAidMsg as msg } from './messages';
import { MEDICAL_AID_RULES as RULES } from './rules';

/** Aid before rounding, with its breakdown lines. */
export interface UnroundedAid {
  aid: Rational;
  lines: AmountLine[];
}

/**
 * Applies an annual cap to `raw`: the cap less the aid already paid this year. A cap already
 * reached disqualifies; an unknown year-to-date aid is a missing fact.
 */
export function applyAnnualCap(
  std: ResolvedStandards,
  rec: Recorder,
  cap: 'none' | Figure,
  path: string,
  area: Area | undefined,
  bill: MedicalBill,
  raw: Rational,
): UnroundedAid | null {
  const aidLine: AmountLine = {
    code: 'aid',
    label: lines.aid,
    amount: exact(raw),
    memberId: bill.memberId,
  };
  if (cap === 'none') {
    rec.step(RULES.cap, msg.noCap(), { rawAid: exact(raw) });
    return { aid: raw, lines: [aidLine] };
  }
  const f = evaluateFigureObject(std, cap, path, area);
  if (isMissing(f)) {
    rec.missingParameter(RULES.cap, f.missing);
    return null;
  }
  if (bill.yearToDateAid === undefined) {
    rec.missingFacts(RULES.cap, ['bill.yearToDateAid']);
    return null;
  }
  const capYear = convertPeriod(f.value, f.per, 'year');
  const ytd = Rational.parse(bill.yearToDateAid) ?? Rational.ZERO;
  const remaining = capYear.sub(ytd).max(Rational.ZERO);
  rec.value('annualCap', exact(capYear));
  rec.value('remainingCap', exact(remaining));
  if (remaining.isZero()) {
    const message = msg.capReached(yuan(capYear), yuan(ytd));
    rec.compare(RULES.cap, {
      code: 'annual_cap_reached',
      effect: 'disqualifies',
      subject: 'medical aid paid this year',
      test: '<',
      threshold: exact(capYear),
      actual: exact(ytd),
      gap: exact(ytd.sub(capYear)),
      unit: 'yuan',
      parameter: f.path,
      message,
      memberId: bill.memberId,
    });
    rec.step(RULES.cap, message, { annualCap: exact(capYear), yearToDateAid: exact(ytd) }, [
      parameterUse(f),
    ]);
    return null;
  }
  const aid = raw.min(remaining);
  const message = msg.cap(yuan(capYear), yuan(ytd), yuan(remaining), yuan(raw), yuan(aid));
  rec.compare(RULES.cap, {
    code: 'annual_cap_remaining',
    effect: 'qualifies',
    subject: 'medical aid paid this year',
    test: '<',
    threshold: exact(capYear),
    actual: exact(ytd),
    gap: exact(remaining),
    unit: 'yuan',
    parameter: f.path,
    message,
    memberId: bill.memberId,
  });
  rec.step(RULES.cap, message, { remainingCap: exact(remaining), cappedAid: exact(aid) }, [
    parameterUse(f),
  ]);
  const out = [aidLine];
  if (aid.lt(raw))
    out.push({
      code: 'cap',
      label: lines.cap,
      amount: exact(aid.sub(raw)),
      memberId: bill.memberId,
    });
  return { aid, lines: out };
}

/** Rounds once by the table's rule, adding a rounding line when the total moved. */
export function roundAid(
  rec: Recorder,
  rounding: RoundingRule | undefined,
  unrounded: UnroundedAid,
): Amount | null {
  if (rounding === undefined) {
    rec.missingParameter(RULES.rounding, 'medicalAid.rounding');
    return null;
  }
  const total = roundMoney(unrounded.aid, rounding);
  const diff = total.sub(unrounded.aid);
  const shown = total.toFixed(2);
  rec.step(
    RULES.rounding,
    msg.rounding(exact(unrounded.aid), shown, rounding.unit, rounding.mode),
    { unrounded: exact(unrounded.aid), total: shown },
  );
  const breakdown = [...unrounded.lines];
  if (!diff.isZero())
    breakdown.push({ code: 'rounding', label: lines.rounding, amount: exact(diff) });
  rec.value('aid', shown);
  return { total: shown, currency: 'CNY', period: 'once', breakdown };
}
