import { withinWindow } from '../dates/calendar';
import type { Rational } from '../money/rational';
import type { Household, Member } from '../schema/household';
import { itemProvenance, type Tri } from '../special-aid/recipient-groups';
import { evaluateFigure, isMissing, monthly } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, parameterValue, type Recorder, yuan } from '../trace/recorder';
import { disabilitySubsidyMsg as msg } from './messages';
import type { DisabilitySubsidyParams } from './params';
import { DISABILITY_SUBSIDY_RULES as RULES } from './rules';

/**
 * 重度残疾人护理补贴 for one member: a dated grant lists the member's grade (and category), and the
 * member needs long-term care of at least `minCareMonths` months. Internal to
 * {@link assessDisabilitySubsidies}.
 */
export function careSubsidy(
  rec: Recorder,
  std: ResolvedStandards,
  care: NonNullable<DisabilitySubsidyParams['care']>,
  h: Household,
  m: Member,
  i: number,
): { tri: Tri; grant: string; amount?: Rational } {
  if (m.disability === undefined)
    return { tri: { holds: undefined, missing: [`members[${i}].disability`] }, grant: '' };
  const d = m.disability;
  if (d === null) return { tri: { holds: false, missing: [] }, grant: '' };
  const index = care.grants.findIndex(
    (g) =>
      withinWindow(std.on, g.from, g.to) &&
      g.grades.includes(d.grade) &&
      (g.categories === undefined || g.categories.includes(d.category)),
  );
  const grant = care.grants[index];
  if (grant === undefined) {
    rec.step(RULES.care, msg.careNotCovered(m.id, d.category, d.grade), { memberId: m.id });
    return { tri: { holds: false, missing: [] }, grant: '' };
  }
  if (m.carePeriodMonths === undefined) {
    rec.missingFacts(RULES.care, [`members[${i}].carePeriodMonths`]);
    return {
      tri: { holds: undefined, missing: [`members[${i}].carePeriodMonths`] },
      grant: grant.id,
    };
  }
  const months = m.carePeriodMonths;
  const enough = months >= care.minCareMonths;
  const message = msg.careMonths(m.id, months, enough, care.minCareMonths);
  rec.compare(RULES.care, {
    code: enough ? 'care_months_at_least_minimum' : 'care_months_below_minimum',
    effect: 'notice',
    subject: 'months of long-term care needed',
    test: '>=',
    threshold: String(care.minCareMonths),
    actual: String(months),
    gap: String(enough ? months - care.minCareMonths : care.minCareMonths - months),
    unit: 'months',
    parameter: 'disabilitySubsidy.care.minCareMonths',
    memberId: m.id,
    message,
  });
  rec.step(RULES.care, message, { memberId: m.id, careMonths: String(months) });
  if (!enough) return { tri: { holds: false, missing: [] }, grant: grant.id };
  const f = evaluateFigure(std, 'disabilitySubsidy.care.amount', h.area);
  if (isMissing(f)) {
    rec.missingParameter(RULES.care, f.missing);
    return { tri: { holds: undefined, missing: [] }, grant: grant.id };
  }
  const amount = monthly(f);
  const granted = msg.care(m.id, grant.id, yuan(amount));
  const provenance = itemProvenance(std, `disabilitySubsidy.care.grants.${index}`, grant);
  rec.finding(RULES.care, {
    code: 'care_subsidy_granted',
    effect: 'qualifies',
    facts: { grant: grant.id },
    memberId: m.id,
    message: granted,
  });
  rec.step(RULES.care, granted, { memberId: m.id, care: exact(amount) }, [
    parameterUse(f),
    parameterValue(`disabilitySubsidy.care.grants.${index}`, grant.id, provenance),
  ]);
  return { tri: { holds: true, missing: [] }, grant: grant.id, amount };
}
