import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { Recorder, type Rule } from '../trace/recorder';
import type { Determination } from '../trace/types';
import { anyOf } from './member-outcomes';
import { type HousingMeasure, specialAidMsg as msg } from './messages';
import { allOf, type DatedGroups, grantApplies, type Tri } from './recipient-groups';
import { SPECIAL_AID_RULES as RULES } from './rules';

/** Housing aid with the measures the household qualifies for. */
export type HousingAidDetermination = Determination<'housing-aid'> & {
  /** `rental`: public rental housing or rent subsidy; `renovation`: unsafe-house renovation. */
  measures: ('rental' | 'renovation')[];
};

function withMeasures(
  d: Determination<'housing-aid'>,
  measures: HousingAidDetermination['measures'],
): HousingAidDetermination {
  const out = d as HousingAidDetermination;
  out.measures = measures;
  return out;
}

/**
 * Decides housing aid (住房救助) for a household (rule R10).
 *
 * - Public rental housing or rent subsidy (配租公共租赁住房、发放住房租赁补贴) for households the
 *   table's rental grants cover (urban 低保 households; 分散供养 特困 members) that are recognised
 *   as having housing difficulty — 汉政办发〔2016〕57号 三(六).
 * - Renovation (危房改造) for households the renovation grants cover (rural 低保, 分散供养 特困)
 *   whose house is unsafe and has not benefited from renovation before — 阳府办〔2017〕8号 二(一)七.
 *
 * The two measures are independent rules; the household is eligible when either applies.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards resolved for the household's region and the date
 * @returns the determination with `measures`
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // rural 低保 household, housing { unsafe: true, renovatedBefore: false }:
 * assessHousingAid(h, std).measures // ['renovation']
 */
export function assessHousingAid(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): HousingAidDetermination {
  const h = programArgs('assessHousingAid', household, standards);
  const rec = new Recorder();
  const p = standards.params.specialAid?.housing;
  const measures: ('rental' | 'renovation')[] = [];
  const results: Tri[] = [];
  if (p?.rental === undefined && p?.renovation === undefined) {
    rec.missingParameter(RULES.rental, 'specialAid.housing');
    return withMeasures(rec.finish('housing-aid', h.id, standards, null), measures);
  }
  if (p.rental !== undefined) {
    const need: Tri =
      h.housing?.difficulty === undefined
        ? { holds: undefined, missing: ['housing.difficulty'] }
        : { holds: h.housing.difficulty, missing: [] };
    const t = measure(
      rec,
      RULES.rental,
      h,
      p.rental,
      need,
      standards.on,
      'public_rental_or_rent_subsidy',
    );
    if (t.holds === true) measures.push('rental');
    results.push(t);
  }
  if (p.renovation !== undefined) {
    const unsafe: Tri =
      h.housing?.unsafe === undefined
        ? { holds: undefined, missing: ['housing.unsafe'] }
        : { holds: h.housing.unsafe, missing: [] };
    const notBefore: Tri =
      unsafe.holds === false
        ? { holds: true, missing: [] }
        : h.housing?.renovatedBefore === undefined
          ? { holds: undefined, missing: ['housing.renovatedBefore'] }
          : { holds: !h.housing.renovatedBefore, missing: [] };
    const t = measure(
      rec,
      RULES.renovation,
      h,
      p.renovation,
      allOf(unsafe, notBefore),
      standards.on,
      'unsafe_house_renovation',
    );
    if (t.holds === true) measures.push('renovation');
    results.push(t);
  }
  const any = anyOf(...results);
  if (any.holds === false) {
    rec.finding(RULES.rental, {
      code: 'no_housing_aid',
      effect: 'disqualifies',
      facts: { measures: '0' },
      message: msg.noHousingAid(),
    });
  }
  rec.value('measures', measures.join(','));
  return withMeasures(rec.finish('housing-aid', h.id, standards, null), measures);
}

/** One measure: some member is covered by a grant, and the housing condition holds. */
function measure(
  rec: Recorder,
  rule: Rule,
  h: Household,
  grants: readonly DatedGroups[],
  condition: Tri,
  on: string,
  code: HousingMeasure,
): Tri {
  const covered: { grant: DatedGroups; tri: Tri }[] = grants.map((grant) => ({
    grant,
    tri: anyOf(...h.members.map((m, i) => grantApplies(grant, h, m, i, on))),
  }));
  const hit = covered.find((c) => c.tri.holds === true);
  const coverage = hit ? hit.tri : anyOf(...covered.map((c) => c.tri));
  const t = allOf(coverage, condition);
  if (t.holds === undefined) {
    rec.missingFacts(rule, t.missing);
    return t;
  }
  const message = t.holds
    ? msg.measureMet(code, hit ? hit.grant.groups : null)
    : msg.measureNotMet(code, coverage.holds === true, condition.holds === true);
  if (t.holds)
    rec.finding(rule, {
      code,
      effect: 'qualifies',
      facts: { grant: hit?.grant.id ?? '' },
      message,
    });
  rec.step(rule, message, { [code]: String(t.holds) });
  return t;
}
