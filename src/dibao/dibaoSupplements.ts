import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigureObject, isMissing, monthly } from '../standards/evaluateFigure';
import { evaluateAnyOf } from '../standards/member-condition';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, type Recorder, yuan } from '../trace/recorder';
import type { AmountLine, Messages } from '../trace/types';
import { dibaoMsg as msg } from './messages';
import type { DibaoParams } from './params';
import { DIBAO_RULES as RULES } from './rules';

type Supplement = NonNullable<DibaoParams['supplements']>['items'][number];

interface Grant {
  id: string;
  label: Messages;
  value: Rational;
}

/**
 * Category supplements (分类施保 / 增发: 银川 2021 二(四); 阳府办〔2017〕8号 二(一)五) for each counted
 * member: fixed amounts or shares of the standard, the largest only (`highest`) or all of them
 * (`stack`). A supplement whose condition cannot be decided is a missing fact only when it could
 * change the amount: under `highest`, not when a larger supplement is already granted.
 * Adds one breakdown line per supplement paid and returns their sum.
 */
export function dibaoSupplements(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area,
  standard: Rational,
  memberIds: readonly string[],
  lines: AmountLine[],
): Rational {
  const sup = std.params.dibao?.supplements;
  if (sup === undefined) return Rational.ZERO;
  const counted = new Set(memberIds);
  const missing: string[] = [];
  let total = Rational.ZERO;
  h.members.forEach((m, index) => {
    if (!counted.has(m.id)) return;
    const granted: Grant[] = [];
    const undecided: { value: Rational; missing: string[] }[] = [];
    for (const item of sup.items) {
      const value = supplementValue(item, std, rec, area, standard);
      if (value === undefined) continue;
      const r = evaluateAnyOf(item.when, m, index, std.on);
      if (r.holds === undefined) undecided.push({ value, missing: r.missing });
      else if (r.holds) granted.push({ id: item.id, label: item.label, value });
    }
    const best = granted.reduce<Grant | undefined>(
      (a, b) => (a?.value.gte(b.value) ? a : b),
      undefined,
    );
    for (const u of undecided) {
      if (sup.combine === 'stack' || best === undefined || u.value.gt(best.value))
        missing.push(...u.missing);
    }
    const paid = sup.combine === 'stack' ? granted : best ? [best] : [];
    for (const g of paid) {
      total = total.add(g.value);
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
  rec.value('supplements', exact(total));
  return total;
}

function supplementValue(
  item: Supplement,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area,
  standard: Rational,
): Rational | undefined {
  if ('shareOfStandard' in item.amount) {
    return standard.mul(Rational.parse(item.amount.shareOfStandard) ?? Rational.ZERO);
  }
  const f = evaluateFigureObject(std, item.amount.fixed, `dibao.supplements.${item.id}`, area);
  if (isMissing(f)) {
    rec.missingParameter(RULES.supplement, f.missing);
    return undefined;
  }
  return monthly(f);
}
