import type { HouseholdIncome } from '../income/computeHouseholdIncome';
import { Rational } from '../money/rational';
import { roundMoney } from '../money/round';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import {
  evaluateFigureObject,
  type FigureValue,
  isMissing,
  monthly,
} from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import type { Amount, AmountLine } from '../trace/types';
import { classAmount } from './classAmount';
import { dibaoSupplements } from './dibaoSupplements';
import { fullStandardAmount } from './fullStandardAmount';
import { dibaoLines, dibaoMsg as msg } from './messages';
import { DIBAO_RULES as RULES } from './rules';
import { selectBand } from './selectBand';

/**
 * The 低保 amount of an eligible household: the gap or the band amount (社会救助暂行办法 第十二条;
 * 审核确认办法 第二十三条), raised to the floor (阳府办〔2017〕8号 二(三)一), plus category supplements
 * (银川 2021 二(四); 阳府办〔2017〕8号 二(一)五), rounded once by the table's rule. Null when a
 * parameter is missing (recorded).
 */
export function dibaoAmount(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area,
  standardFigure: FigureValue,
  income: HouseholdIncome,
): Amount | null {
  const p = std.params.dibao;
  const standard = monthly(standardFigure);
  const n = income.members;
  const lines: AmountLine[] = [];
  const payment = p?.payment;
  if (payment === undefined) {
    rec.missingParameter(RULES.gap, 'dibao.payment');
    return null;
  }

  // Base payment: gap, band or class.
  let base: Rational;
  if (payment.method === 'gap' && p?.fullStandard !== undefined) {
    const r = fullStandardAmount(h, std, rec, p.fullStandard, area, standardFigure, income, lines);
    if (r === null) return null;
    base = r;
  } else if (payment.method === 'gap') {
    const gap = standard.times(n).sub(income.counted);
    base = gap;
    rec.step(RULES.gap, msg.gap(yuan(standard), n, yuan(income.counted), yuan(gap)), {
      baseAmount: exact(gap),
    });
    lines.push({ code: 'gap', label: dibaoLines.gap, amount: exact(base) });
  } else if (payment.method === 'classes') {
    const byClass = classAmount(h, std, rec, payment.classes, area, n);
    if (byClass === null) return null;
    base = byClass;
    lines.push({ code: 'class', label: dibaoLines.class, amount: exact(base) });
  } else {
    const perCapita = income.counted.divInt(n);
    const chosen = selectBand(std, payment.bands, area, income.counted, n);
    if (chosen !== undefined && 'missing' in chosen) {
      rec.missingParameter(RULES.bands, chosen.missing);
      return null;
    }
    if (chosen === undefined) {
      rec.missingParameter(RULES.bands, 'dibao.payment.bands');
      rec.step(RULES.bands, msg.noBand(yuan(perCapita)), {
        perCapitaIncome: exact(perCapita),
      });
      return null;
    }
    const banded = monthly(chosen.perPerson).times(n);
    const edge = monthly(chosen.edge);
    base = banded;
    rec.step(
      RULES.bands,
      chosen.inclusive
        ? msg.bandAtMost(yuan(edge), yuan(monthly(chosen.perPerson)), n, yuan(banded))
        : msg.band(yuan(edge), yuan(monthly(chosen.perPerson)), n, yuan(banded)),
      chosen.inclusive
        ? { baseAmount: exact(banded), bandAtMost: exact(edge) }
        : { baseAmount: exact(banded), bandBelow: exact(edge) },
      [parameterUse(chosen.edge), parameterUse(chosen.perPerson)],
    );
    lines.push({ code: 'band', label: dibaoLines.band, amount: exact(base) });
  }
  rec.value('baseAmount', exact(base));

  // Floor.
  if (p?.floor !== undefined) {
    let perPerson: Rational;
    const uses = [];
    if ('perPerson' in p.floor) {
      const f = evaluateFigureObject(std, p.floor.perPerson, 'dibao.floor.perPerson', area);
      if (isMissing(f)) {
        rec.missingParameter(RULES.floor, f.missing);
        return null;
      }
      perPerson = monthly(f);
      uses.push(parameterUse(f));
    } else {
      perPerson = standard.mul(Rational.parse(p.floor.shareOfStandard) ?? Rational.ZERO);
      uses.push(parameterUse(standardFigure));
    }
    const floor = perPerson.times(n);
    const before = base;
    const applied = before.lt(floor);
    rec.step(
      RULES.floor,
      msg.floor(yuan(floor), yuan(before), applied),
      { floor: exact(floor) },
      uses,
    );
    if (applied) {
      lines.push({ code: 'floor', label: dibaoLines.floor, amount: exact(floor.sub(base)) });
      base = floor;
    }
  }

  // Category supplements.
  const supplements = dibaoSupplements(h, std, rec, area, standard, income.memberIds, lines);

  // Round once, at the end.
  const rounding = p?.rounding;
  if (rounding === undefined) {
    rec.missingParameter(RULES.rounding, 'dibao.rounding');
    return null;
  }
  const unrounded = base.add(supplements);
  const total = roundMoney(unrounded, rounding);
  const diff = total.sub(unrounded);
  rec.step(
    RULES.rounding,
    msg.rounding(exact(unrounded), total.toFixed(2), rounding.unit, rounding.mode),
    {
      unrounded: exact(unrounded),
      total: total.toFixed(2),
    },
  );
  if (!diff.isZero())
    lines.push({ code: 'rounding', label: dibaoLines.rounding, amount: exact(diff) });
  rec.value('amount', total.toFixed(2));
  return { total: total.toFixed(2), currency: 'CNY', period: 'month', breakdown: lines };
}
