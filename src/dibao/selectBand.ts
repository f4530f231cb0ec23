import type { Rational } from '../money/rational';
import type { Area } from '../schema/primitives';
import {
  evaluateFigureObject,
  exactMonthly,
  type FigureValue,
  isMissing,
} from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { DibaoBand } from './params';

/** The band a household falls in: its upper edge, whether the edge belongs to it, its amount. */
export interface ChosenBand {
  /** The upper edge (`below` or `atMost`). */
  edge: FigureValue;
  /** True for `atMost` (the edge belongs to the band), false for `below`. */
  inclusive: boolean;
  perPerson: FigureValue;
}

/**
 * The 分档 band of a household (审核确认办法 第二十三条): of the bands whose upper edge the
 * per-capita income is under — strictly below a `below` edge, at most an `atMost` edge (a band
 * printed "100 元(含)以下") — the one with the lowest edge; at equal edges a `below` band comes
 * before an `atMost` band (it holds fewer incomes). The comparison is made on household totals
 * (`counted < edge × n`, `counted ≤ edge × n`), never on a rounded per-capita figure, so 200.01
 * for 2 persons (100.005 each) is above an edge of 100 (含). The order the bands are written in
 * does not matter. A derived edge (`1 × the standard`) is compared at its exact value, before its
 * rounding.
 *
 * @returns the band, `undefined` when the income is above every band, or the first missing figure
 * @example
 * // bands: atMost 100 → 300, atMost 250 → 200, below the standard (600) → 100; 2 persons
 * selectBand(std, bands, 'rural', Rational.parse('200')!, 2)    // the atMost 100 band (100 ≤ 100)
 * selectBand(std, bands, 'rural', Rational.parse('200.01')!, 2) // the atMost 250 band
 */
export function selectBand(
  std: ResolvedStandards,
  bands: readonly DibaoBand[],
  area: Area,
  counted: Rational,
  n: number,
): ChosenBand | undefined | { missing: string } {
  let chosen: ChosenBand | undefined;
  for (const [i, band] of bands.entries()) {
    const inclusive = 'atMost' in band;
    const key = inclusive ? 'atMost' : 'below';
    const edgeFigure = 'atMost' in band ? band.atMost : band.below;
    const edge = evaluateFigureObject(std, edgeFigure, `dibao.payment.bands.${i}.${key}`, area);
    if (isMissing(edge)) return edge;
    const perPerson = evaluateFigureObject(
      std,
      band.perPerson,
      `dibao.payment.bands.${i}.perPerson`,
      area,
    );
    if (isMissing(perPerson)) return perPerson;
    // A derived edge is compared at its exact multiple; its rounding is for display only.
    const total = exactMonthly(edge).times(n);
    const inside = inclusive ? counted.lte(total) : counted.lt(total);
    if (!inside) continue;
    if (chosen === undefined || before(exactMonthly(edge), inclusive, chosen)) {
      chosen = { edge, inclusive, perPerson };
    }
  }
  return chosen;
}

/** True when an edge (value, inclusive) is below the chosen band's edge. */
function before(edge: Rational, inclusive: boolean, chosen: ChosenBand): boolean {
  const other = exactMonthly(chosen.edge);
  if (edge.lt(other)) return true;
  return edge.eq(other) && !inclusive && chosen.inclusive;
}
