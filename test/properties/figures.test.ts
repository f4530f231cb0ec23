import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateFigure,
  type FigureValue,
  parseStandardsTable,
  Rational,
  type RoundingMode,
  type RoundingUnit,
  resolveStandards,
} from '../../src/index';
import { fenText, multipleTextArb } from '../arbitraries/money';
import { RUNS } from '../arbitraries/runs';
import {
  CITY,
  multipleParts,
  roundingArb,
  TABLE_FROM,
  tableArb,
  UNIT_FEN,
} from '../arbitraries/table';

const ON = '2021-07-01';
const round = (unit: RoundingUnit, mode: RoundingMode) => ({ unit, mode });

function resolvedOf(input: unknown) {
  const t = parseStandardsTable(input);
  if (!t.ok) throw t.error;
  const r = resolveStandards(t.value, { region: CITY, on: ON });
  if (!r.ok) throw r.error;
  return r.value;
}

/** A table whose city entry derives `dibao.standard.rural` from `urban`. */
function derivedTable(
  urbanYuan: string,
  multiple: string,
  round: { unit: RoundingUnit; mode: RoundingMode },
  per?: 'year',
) {
  return {
    id: 't',
    entries: [
      {
        id: 'city',
        region: CITY,
        effective: { from: TABLE_FROM },
        illustrative: 'generated',
        params: {
          dibao: {
            standard: {
              urban: { yuan: urbanYuan },
              rural: { multiple, of: 'dibao.standard.urban', round, ...(per ? { per } : {}) },
            },
          },
        },
      },
    ],
  };
}

describe('derived figures', () => {
  it('are multiple × base rounded by their own rule: up never below, down never above, half-up within half a unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        multipleTextArb,
        roundingArb,
        fc.boolean(),
        (fen, multiple, round, yearly) => {
          const std = resolvedOf(
            derivedTable(fenText(fen), multiple, round, yearly ? 'year' : undefined),
          );
          const f = evaluateFigure(std, 'dibao.standard.rural') as FigureValue;
          expect('missing' in f).toBe(false);
          const { n, d } = multipleParts(multiple);
          const base = Rational.of(BigInt(fen), 100n).times(yearly ? 12 : 1);
          const exact = base.mul(Rational.of(n, d));
          expect(f.derivation?.unrounded.eq(exact)).toBe(true);
          const unit = Rational.of(UNIT_FEN[round.unit], 100n);
          const diff = f.value.sub(exact);
          if (round.mode === 'up') expect(diff.isNegative() === false && diff.lt(unit)).toBe(true);
          if (round.mode === 'down')
            expect(diff.lte(Rational.ZERO) && diff.neg().lt(unit)).toBe(true);
          if (round.mode === 'half-up')
            expect(diff.lte(unit.divInt(2)) && diff.neg().lt(unit.divInt(2))).toBe(true);
          const q = f.value.div(unit);
          expect(q.n % q.d).toBe(0n);
          expect(f.per).toBe(yearly ? 'year' : 'month');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('agree with the generated tables’ oracle', () => {
    fc.assert(
      fc.property(tableArb(), ({ table, model }) => {
        const r = resolveStandards(table, { region: CITY, on: ON });
        if (!r.ok) throw r.error;
        const f = evaluateFigure(r.value, 'dibao.standard.@area', 'rural') as FigureValue;
        expect(f.value.eq(Rational.of(model.standardFen.rural, 100n))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('hand-worked: 1.3 × 940 = 1222; 0.7 × 1001 = 700.7 → 710 up to 10, 700 down; cycles and dangling bases are missing', () => {
    const one = (m: string, unit: RoundingUnit, mode: RoundingMode) =>
      (
        evaluateFigure(
          resolvedOf(derivedTable(m === '1.3' ? '940' : '1001', m, { unit, mode })),
          'dibao.standard.rural',
        ) as FigureValue
      ).value.toString();
    expect(one('1.3', '1', 'up')).toBe('1222');
    expect(one('0.7', '10', 'up')).toBe('710');
    expect(one('0.7', '10', 'down')).toBe('700');
    expect(one('0.7', '1', 'half-up')).toBe('701');
    expect(one('0.7', '0.1', 'half-up')).toBe('700.7');
    // A cycle (urban from rural, rural from urban) stops at the depth limit as a missing figure.
    const r = round('1', 'up');
    const cyclic = derivedTable('1', '1', r);
    (cyclic.entries[0]!.params.dibao.standard as Record<string, unknown>).urban = {
      multiple: '1',
      of: 'dibao.standard.rural',
      round: r,
    };
    const m = evaluateFigure(resolvedOf(cyclic), 'dibao.standard.urban');
    expect('missing' in m && m.missing).toMatch(/deeper than/);
    // A base that does not exist is reported by its path.
    const dangling = derivedTable('1', '1', r);
    (dangling.entries[0]!.params.dibao.standard.rural as { of: string }).of = 'dibao.nothing.here';
    expect(evaluateFigure(resolvedOf(dangling), 'dibao.standard.rural')).toEqual({
      missing: 'dibao.nothing.here',
    });
    expect(evaluateFigure(resolvedOf(dangling), 'dibao.standard.@area')).toEqual({
      missing: 'dibao.standard.@area',
    });
  });
});
