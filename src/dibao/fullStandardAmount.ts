import type { HouseholdIncome } from '../income/computeHouseholdIncome';
import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigure, type FigureValue, isMissing, monthly } from '../standards/evaluateFigure';
import { evaluateAnyOf } from '../standards/member-condition';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import type { AmountLine } from '../trace/types';
import { dibaoLines, dibaoMsg as msg } from './messages';
import type { DibaoFullStandard } from './params';
import { DIBAO_RULES as RULES } from './rules';

/**
 * The base amount where the table pays named groups the whole standard (`dibao.fullStandard`;
 * 社会救助暂行办法 第十二条第二款 and the region's own clause): each counted member meeting any
 * condition of a group gets the whole standard, whatever the income; each other member gets the
 * gap per person, `standard − counted income / n` (exact; rounded once at the end with the rest),
 * raised to `othersFloor` of the household's area where the table gives it. A group condition
 * that cannot be decided for a member is a missing fact.
 *
 * @returns the base amount, or null when it cannot be decided (recorded)
 * @example
 * // rural standard 600, floor 50; 3 members, one grade-1 disabled; counted 1500 (500 each)
 * // → 600 + (600 − 500) × 2 = 800
 */
export function fullStandardAmount(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  rule: DibaoFullStandard,
  area: Area,
  standardFigure: FigureValue,
  income: HouseholdIncome,
  lines: AmountLine[],
): Rational | null {
  const standard = monthly(standardFigure);
  const counted = new Set(income.memberIds);
  const full: { id: string; label: DibaoFullStandard['groups'][number]['label'] }[] = [];
  const others: string[] = [];
  const missing: string[] = [];
  h.members.forEach((m, index) => {
    if (!counted.has(m.id)) return;
    const unknown: string[] = [];
    for (const g of rule.groups) {
      const r = evaluateAnyOf(g.when, m, index, std.on);
      if (r.holds === true) {
        full.push({ id: m.id, label: g.label });
        return;
      }
      if (r.holds === undefined) unknown.push(...r.missing);
    }
    if (unknown.length > 0) missing.push(...unknown);
    else others.push(m.id);
  });
  if (missing.length > 0) {
    rec.missingFacts(RULES.fullStandard, [...new Set(missing)]);
    return null;
  }

  let floor: FigureValue | undefined;
  if (rule.othersFloor !== undefined && others.length > 0) {
    const f = evaluateFigure(std, 'dibao.fullStandard.othersFloor.@area', area);
    if (isMissing(f)) {
      rec.missingParameter(RULES.fullStandard, f.missing);
      return null;
    }
    floor = f;
  }

  let base = Rational.ZERO;
  for (const f of full) {
    rec.step(
      RULES.fullStandard,
      msg.fullStandardMember(f.id, f.label, yuan(standard)),
      { memberId: f.id, fullStandard: exact(standard) },
      [parameterUse(standardFigure)],
    );
    lines.push({
      code: 'full-standard',
      label: dibaoLines.fullStandard,
      amount: exact(standard),
      memberId: f.id,
    });
    base = base.add(standard);
  }
  if (others.length > 0) {
    const perCapita = income.counted.divInt(income.members);
    const share = standard.sub(perCapita);
    const floorValue = floor === undefined ? undefined : monthly(floor);
    const floored = floorValue !== undefined && share.lt(floorValue);
    const each = floored ? (floorValue as Rational) : share;
    const total = each.times(others.length);
    rec.step(
      RULES.fullStandard,
      msg.fullStandardOthers(
        others.length,
        yuan(standard),
        yuan(perCapita),
        yuan(share),
        floorValue === undefined ? null : yuan(floorValue),
        floored,
        yuan(total),
      ),
      {
        gapShare: exact(share),
        ...(floorValue === undefined ? {} : { othersFloor: exact(floorValue) }),
        othersAmount: exact(total),
      },
      floor === undefined ? [] : [parameterUse(floor)],
    );
    for (const id of others) {
      lines.push({
        code: 'gap-share',
        label: dibaoLines.gapShare,
        amount: exact(share),
        memberId: id,
      });
      if (floored)
        lines.push({
          code: 'others-floor',
          label: dibaoLines.othersFloor,
          amount: exact((floorValue as Rational).sub(share)),
          memberId: id,
        });
    }
    base = base.add(total);
  }
  rec.value('fullStandardMembers', String(full.length));
  rec.value('baseAmount', exact(base));
  return base;
}
