import { withinWindow } from '../dates/calendar';
import { Rational } from '../money/rational';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput, Member } from '../schema/household';
import { allOf, inAnyGroup, itemProvenance, type Tri } from '../special-aid/recipient-groups';
import { convertPeriod, evaluateFigureObject, isMissing } from '../standards/evaluateFigure';
import { evaluateAnyOf } from '../standards/member-condition';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, parameterValue, Recorder, yuan } from '../trace/recorder';
import type { AmountLine, Determination } from '../trace/types';
import { roundAid } from './aid-steps';
import { medicalAidLines as lines, medicalAidMsg as msg } from './messages';
import type { PremiumGrant } from './params';
import { MEDICAL_AID_RULES as RULES } from './rules';

/**
 * Decides the premium subsidies (参保资助) of a household's members for residents' basic medical
 * insurance (rule R9): the table's share of the individual contribution for each member a grant
 * covers — 特困 in full, qualifying 低保 members (lost labour capacity through illness, disability
 * or age, minors, severely disabled, seriously ill) at the table's share (汉政办发〔2016〕57号
 * 三(三)); the registered poor where the table says so (阳府办〔2017〕8号 二(一)四). When several
 * grants cover a member the largest share applies. The total is rounded once.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards resolved for the household's region and the contribution year
 * @returns the determination; the amount (period `once`) is the year's subsidy, a line per member
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // contribution 180 yuan/year; a 特困 member (share 1) and a 低保 minor (share 0.5):
 * assessPremiumSubsidy(h, std).amount?.total // '270.00'
 */
export function assessPremiumSubsidy(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): Determination<'medical-aid'> {
  const h = programArgs('assessPremiumSubsidy', household, standards);
  const rec = new Recorder();
  const ps = standards.params.medicalAid?.premiumSubsidy;
  if (ps === undefined) {
    rec.missingParameter(RULES.premium, 'medicalAid.premiumSubsidy');
    return rec.finish('medical-aid', h.id, standards, null);
  }
  const f = evaluateFigureObject(
    standards,
    ps.contribution,
    'medicalAid.premiumSubsidy.contribution',
    h.area,
  );
  if (isMissing(f)) {
    rec.missingParameter(RULES.premium, f.missing);
    return rec.finish('medical-aid', h.id, standards, null);
  }
  const contribution = convertPeriod(f.value, f.per, 'year');
  rec.value('contribution', exact(contribution));
  const out: AmountLine[] = [];
  let total = Rational.ZERO;
  let undetermined = false;
  h.members.forEach((m, i) => {
    let best: { grant: PremiumGrant; index: number; share: Rational } | undefined;
    const undecided: { share: Rational; missing: string[] }[] = [];
    ps.grants.forEach((grant, gi) => {
      if (!withinWindow(standards.on, grant.from, grant.to)) return;
      const t = grantCovers(grant, h, m, i, standards.on);
      const share = Rational.parse(grant.share) ?? Rational.ZERO;
      if (t.holds === undefined) undecided.push({ share, missing: t.missing });
      if (t.holds !== true) return;
      if (best === undefined || share.gt(best.share)) best = { grant, index: gi, share };
    });
    // The highest share is paid: an undecided grant matters only if it could pay more.
    const granted = best as { share: Rational } | undefined;
    const missing = undecided
      .filter((u) => granted === undefined || u.share.gt(granted.share))
      .flatMap((u) => u.missing);
    if (missing.length > 0) {
      rec.missingFacts(RULES.premium, missing);
      undetermined = true;
    }
    if (best === undefined) return;
    const amount = contribution.mul(best.share);
    total = total.add(amount);
    const { grant } = best;
    const message = msg.premium(m.id, grant.id, grant.share, yuan(amount));
    out.push({ code: 'premium', label: lines.premium, amount: exact(amount), memberId: m.id });
    rec.finding(RULES.premium, {
      code: 'premium_subsidy_granted',
      effect: 'qualifies',
      facts: { grant: best.grant.id, share: best.grant.share },
      memberId: m.id,
      message,
    });
    const provenance = itemProvenance(
      standards,
      `medicalAid.premiumSubsidy.grants.${best.index}`,
      best.grant,
    );
    rec.step(RULES.premium, message, { memberId: m.id, subsidy: exact(amount) }, [
      parameterUse(f),
      parameterValue(
        `medicalAid.premiumSubsidy.grants.${best.index}.share`,
        best.grant.share,
        provenance,
      ),
    ]);
  });
  if (out.length === 0 && !undetermined) {
    rec.finding(RULES.premium, {
      code: 'no_premium_subsidy',
      effect: 'disqualifies',
      facts: { members: String(h.members.length) },
      message: msg.noPremium(),
    });
    return rec.finish('medical-aid', h.id, standards, null);
  }
  rec.value('premiumSubsidy', exact(total));
  const amount = roundAid(rec, standards.params.medicalAid?.rounding, { aid: total, lines: out });
  return rec.finish('medical-aid', h.id, standards, amount);
}

function grantCovers(grant: PremiumGrant, h: Household, m: Member, i: number, on: string): Tri {
  const group = inAnyGroup(grant.groups, h, m, i);
  if (grant.when === undefined && grant.orNoLabourCapacity !== true) return group;
  const tests: Tri[] = [];
  if (grant.when !== undefined) tests.push(evaluateAnyOf(grant.when, m, i, on));
  if (grant.orNoLabourCapacity === true)
    tests.push(
      m.labourCapacity === undefined
        ? { holds: undefined, missing: [`members[${i}].labourCapacity`] }
        : { holds: m.labourCapacity === 'none', missing: [] },
    );
  const any: Tri = tests.some((t) => t.holds === true)
    ? { holds: true, missing: [] }
    : tests.some((t) => t.holds === undefined)
      ? { holds: undefined, missing: tests.flatMap((t) => t.missing) }
      : { holds: false, missing: [] };
  return allOf(group, any);
}
