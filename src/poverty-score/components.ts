import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigureObject, isMissing, monthly } from '../standards/evaluateFigure';
import { evaluateAnyOf } from '../standards/member-condition';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, type Rule } from '../trace/recorder';
import { povertyScoreMsg as msg } from './messages';
import type { PovertyScoreParams } from './params';
import { POVERTY_SCORE_RULES as RULES } from './rules';

type Band = NonNullable<PovertyScoreParams['income']>['bands'][number];

/**
 * The points of the band with the lowest `below` that `value` is strictly below (0 when none);
 * undefined when a band's figure is missing. `perMonth`: compare with the monthly figure.
 */
export function bandPoints(
  std: ResolvedStandards,
  rec: Recorder,
  rule: Rule,
  bands: readonly Band[],
  path: string,
  value: Rational,
  area: Area | undefined,
  perMonth: boolean,
): Rational | undefined {
  let best: { below: Rational; points: string; index: number } | undefined;
  const uses = [];
  for (const [i, band] of bands.entries()) {
    const f = evaluateFigureObject(std, band.below, `${path}.${i}.below`, area);
    if (isMissing(f)) {
      rec.missingParameter(rule, f.missing);
      return undefined;
    }
    uses.push(parameterUse(f));
    const below = perMonth ? monthly(f) : f.value;
    if (value.lt(below) && (best === undefined || below.lt(best.below)))
      best = { below, points: band.points, index: i };
  }
  const points = best ? (Rational.parse(best.points) ?? Rational.ZERO) : Rational.ZERO;
  const valueText = exact(value);
  rec.step(
    rule,
    best ? msg.band(valueText, exact(best.below), best.points) : msg.noBand(valueText),
    { value: valueText, points: exact(points) },
    uses,
  );
  return points;
}

/** Health points of the counted members; undefined when a needed fact is missing. */
export function healthPoints(
  h: Household,
  p: NonNullable<PovertyScoreParams['health']>,
  memberIds: readonly string[],
  on: string,
  rec: Recorder,
): Rational | undefined {
  const counted = new Set(memberIds);
  let total = Rational.ZERO;
  const missing: string[] = [];
  h.members.forEach((m, i) => {
    if (!counted.has(m.id)) return;
    let memberPoints = Rational.ZERO;
    for (const item of p.items) {
      const r = evaluateAnyOf(item.when, m, i, on);
      if (r.holds === undefined) missing.push(...r.missing);
      else if (r.holds)
        memberPoints = memberPoints.add(Rational.parse(item.points) ?? Rational.ZERO);
    }
    if (p.noLabourCapacityPoints !== undefined) {
      if (m.labourCapacity === undefined) missing.push(`members[${i}].labourCapacity`);
      else if (m.labourCapacity === 'none')
        memberPoints = memberPoints.add(Rational.parse(p.noLabourCapacityPoints) ?? Rational.ZERO);
    }
    if (!memberPoints.isZero()) {
      const pointsText = exact(memberPoints);
      rec.step(RULES.health, msg.health(m.id, pointsText), { memberId: m.id, points: pointsText });
    }
    total = total.add(memberPoints);
  });
  if (missing.length > 0) {
    rec.missingFacts(RULES.health, missing);
    return undefined;
  }
  return total;
}

/** Asset points; undefined when a needed fact is missing. */
export function assetPoints(
  h: Household,
  std: ResolvedStandards,
  p: NonNullable<PovertyScoreParams['assets']>,
  members: number,
  rec: Recorder,
): Rational | undefined {
  let total = Rational.ZERO;
  let complete = true;
  for (const item of p.items ?? []) {
    const count = h.assets?.[item.fact];
    if (count === undefined) {
      rec.missingFacts(RULES.assets, [`assets.${item.fact}`]);
      complete = false;
      continue;
    }
    const scores = count <= item.atMost;
    const points = scores ? (Rational.parse(item.points) ?? Rational.ZERO) : Rational.ZERO;
    total = total.add(points);
    const pointsText = exact(points);
    rec.step(RULES.assets, msg.asset(item.fact, count, scores, item.atMost, pointsText), {
      [item.fact]: String(count),
      points: pointsText,
    });
  }
  if (p.financialPerCapitaBands !== undefined) {
    if (h.assets?.financial === undefined) {
      rec.missingFacts(RULES.assets, ['assets.financial']);
      complete = false;
    } else if (members > 0) {
      const perCapita = (Rational.parse(h.assets.financial) ?? Rational.ZERO).divInt(members);
      const points = bandPoints(
        std,
        rec,
        RULES.assets,
        p.financialPerCapitaBands,
        'povertyScore.assets.financialPerCapitaBands',
        perCapita,
        h.area,
        false,
      );
      if (points === undefined) complete = false;
      else total = total.add(points);
    }
  }
  return complete ? total : undefined;
}
