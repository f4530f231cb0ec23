import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benefitCurve, Rational } from '../../src/index';
import { FIXTURES, loadTable } from '../fixtures/load';

const TABLE = loadTable('bundled.json');
const household = (file: string) =>
  JSON.parse(readFileSync(join(FIXTURES, 'households', file), 'utf8')).household;

describe('benefitCurve', () => {
  // 常州 2021-08, 3 members, standard 940: the 低保 line is 940 × 3 = 2820 of household income,
  // the low-income line 1.5 × 940 × 3 = 4230 (member a's wage is the household's counted income:
  // b's basic pension is excluded).
  const c = benefitCurve(household('dibao-02-plain-gap.json'), TABLE, {
    on: '2021-08-01',
    from: '0',
    to: '5000',
    step: '250',
  });

  it('assesses every step: the gap payment falls yuan for yuan, the total is Σ of the programs', () => {
    expect(c.points).toHaveLength(21);
    expect(c.memberId).toBe('a');
    expect(c.points[0]?.programs.dibao).toEqual({ outcome: 'eligible', amount: '2820.00' });
    expect(c.points[4]?.income).toBe('1000.00');
    expect(c.points[4]?.programs.dibao?.amount).toBe('1820.00');
    for (const p of c.points) {
      const sum = Object.values(p.programs).reduce(
        (s, cell) => s.add(Rational.parse(cell.amount) as Rational),
        Rational.ZERO,
      );
      expect(sum.toFixed(2)).toBe(p.total);
    }
  });

  it('finds the 低保 line and the low-income line to the fen between steps', () => {
    const dibao = c.edges.find((e) => e.program === 'dibao');
    // 低于 is strict: 2819.99 is below the line (0.01 paid), 2820.00 is not.
    expect(dibao).toEqual({
      program: 'dibao',
      before: 'eligible',
      after: 'ineligible',
      at: '2820.00',
      amountBefore: '0.01',
      amountAfter: '0.00',
    });
    const low = c.edges.filter((e) => e.program === 'lowIncome').map((e) => [e.after, e.at]);
    // Between the lines 低收入 is undetermined (the hukou is not stated); above 4230 ineligible.
    expect(low).toEqual([
      ['undetermined', '2820.00'],
      ['ineligible', '4230.00'],
    ]);
  });

  it('refuses a bad range, step or member', () => {
    const h = household('dibao-02-plain-gap.json');
    const base = { on: '2021-08-01', from: '0', to: '100', step: '10' };
    expect(() => benefitCurve(h, TABLE, { ...base, step: '0' })).toThrow(RangeError);
    expect(() => benefitCurve(h, TABLE, { ...base, to: '-1' })).toThrow(RangeError);
    expect(() => benefitCurve(h, TABLE, { ...base, from: '200' })).toThrow(RangeError);
    expect(() => benefitCurve(h, TABLE, { ...base, step: '0.001' })).toThrow(RangeError);
    expect(() => benefitCurve(h, TABLE, { ...base, memberId: 'zz' })).toThrow(/no member zz/);
    expect(() => benefitCurve(h, TABLE, { ...base, to: '1000000', step: '1' })).toThrow(
      /at most 100000 steps/,
    );
  });
});
