import { computeHouseholdIncome } from '../income/computeHouseholdIncome';
import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import { itemProvenance } from '../special-aid/recipient-groups';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterValue, type Recorder, yuan } from '../trace/recorder';
import { applyAnnualCap, type UnroundedAid } from './aid-steps';
import type { MedicalBill } from './bill';
import { medicalAidMsg as msg } from './messages';
import type { MedicalAidParams } from './params';
import { MEDICAL_AID_RULES as RULES } from './rules';

/**
 * 因病致贫 (汉政办发〔2016〕57号 三(三)): for a household in no key recipient group, the part of
 * the year's compliant out-of-pocket cost beyond the household's capacity is aided. Capacity is
 * the table's share of the annual counted household income (R1, counted as for 低保, × 12); the
 * part of this bill beyond it is `max(0, ytd + bill − capacity) − max(0, ytd − capacity)`, aided at
 * the table's ratio, up to the annual cap. Internal to {@link assessMedicalAid}.
 */
export function illnessImpoverishedAid(
  h: Household,
  b: MedicalBill,
  ip: NonNullable<MedicalAidParams['illnessImpoverished']>,
  std: ResolvedStandards,
  rec: Recorder,
  oop: Rational,
): UnroundedAid | null {
  const income = computeHouseholdIncome(h, std, rec, {
    program: 'dibao',
    ...(h.area !== undefined ? { area: h.area } : {}),
  });
  if (b.yearToDateOutOfPocket === undefined)
    rec.missingFacts(RULES.illness, ['bill.yearToDateOutOfPocket']);
  if (!income.complete || b.yearToDateOutOfPocket === undefined) return null;
  const share = Rational.parse(ip.capacityShare) ?? Rational.ZERO;
  const ratio = Rational.parse(ip.ratio) ?? Rational.ZERO;
  const annual = income.counted.times(12);
  const capacity = annual.mul(share);
  const provenance = itemProvenance(std, 'medicalAid.illnessImpoverished', ip);
  const uses = [
    parameterValue('medicalAid.illnessImpoverished.capacityShare', ip.capacityShare, provenance),
    parameterValue('medicalAid.illnessImpoverished.ratio', ip.ratio, provenance),
  ];
  rec.value('annualIncome', exact(annual));
  rec.value('capacity', exact(capacity));
  rec.step(
    RULES.illness,
    msg.capacity(yuan(annual), ip.capacityShare, yuan(capacity)),
    { annualIncome: exact(annual), capacity: exact(capacity) },
    uses,
  );
  const ytd = Rational.parse(b.yearToDateOutOfPocket) ?? Rational.ZERO;
  const total = ytd.add(oop);
  const beyond = (x: Rational) => x.sub(capacity).max(Rational.ZERO);
  const excess = beyond(total).sub(beyond(ytd));
  rec.value('beyondCapacity', exact(excess));
  const above = total.gt(capacity);
  const message = above
    ? msg.beyondCapacity(yuan(total), yuan(capacity), yuan(excess))
    : msg.withinCapacity(yuan(total), yuan(capacity));
  rec.compare(RULES.illness, {
    code: above ? 'out_of_pocket_above_capacity' : 'out_of_pocket_within_capacity',
    effect: above ? 'qualifies' : 'disqualifies',
    subject: "the year's compliant out-of-pocket cost of the household",
    test: '>',
    threshold: exact(capacity),
    actual: exact(total),
    gap: exact(above ? total.sub(capacity) : capacity.sub(total)),
    unit: 'yuan',
    parameter: 'medicalAid.illnessImpoverished.capacityShare',
    message,
    memberId: b.memberId,
  });
  rec.step(RULES.illness, message, {
    yearOutOfPocket: exact(total),
    beyondCapacity: exact(excess),
  });
  if (!above) return null;
  const raw = excess.mul(ratio);
  rec.value('ratio', exact(ratio));
  rec.value('rawAid', exact(raw));
  rec.step(
    RULES.illness,
    msg.raw(yuan(excess), ip.ratio, exact(raw)),
    { rawAid: exact(raw) },
    uses,
  );
  return applyAnnualCap(
    std,
    rec,
    ip.annualCap,
    'medicalAid.illnessImpoverished.annualCap',
    h.area,
    b,
    raw,
  );
}
