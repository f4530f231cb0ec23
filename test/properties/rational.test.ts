import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational, type RoundingMode, type RoundingUnit, roundMoney } from '../../src/index';
import { denominatorArb, rationalArb } from '../arbitraries/money';
import { RUNS } from '../arbitraries/runs';

/** Cross-multiplication oracle: a/b = c/d exactly. */
const same = (r: Rational, n: bigint, d: bigint) => r.n * d === n * r.d;
const params = { numRuns: RUNS };

describe('Rational against BigInt oracles', () => {
  it('add, sub, mul and div are exact', () => {
    fc.assert(
      fc.property(rationalArb, rationalArb, (a, b) => {
        expect(same(a.r.add(b.r), a.n * b.d + b.n * a.d, a.d * b.d)).toBe(true);
        expect(same(a.r.sub(b.r), a.n * b.d - b.n * a.d, a.d * b.d)).toBe(true);
        expect(same(a.r.mul(b.r), a.n * b.n, a.d * b.d)).toBe(true);
        if (b.n !== 0n) expect(same(a.r.div(b.r), a.n * b.d, a.d * b.n)).toBe(true);
        else expect(() => a.r.div(b.r)).toThrow(RangeError);
      }),
      params,
    );
  });

  it('times and divInt agree with the fraction', () => {
    fc.assert(
      fc.property(rationalArb, fc.integer({ min: -1000, max: 1000 }), (a, k) => {
        expect(same(a.r.times(k), a.n * BigInt(k), a.d)).toBe(true);
        if (k !== 0) expect(same(a.r.divInt(k), a.n, a.d * BigInt(k))).toBe(true);
      }),
      params,
    );
  });

  it('keeps the denominator positive', () => {
    fc.assert(
      fc.property(rationalArb, rationalArb, (a, b) => {
        for (const r of [a.r.add(b.r), a.r.sub(b.r), a.r.mul(b.r), Rational.of(a.n, -a.d)]) {
          expect(r.d > 0n).toBe(true);
        }
      }),
      params,
    );
  });

  it('orders like the cross products', () => {
    fc.assert(
      fc.property(rationalArb, rationalArb, (a, b) => {
        const l = a.n * b.d;
        const r = b.n * a.d;
        expect(a.r.cmp(b.r)).toBe(l < r ? -1 : l > r ? 1 : 0);
        expect(a.r.lt(b.r)).toBe(l < r);
        expect(a.r.lte(b.r)).toBe(l <= r);
        expect(a.r.gt(b.r)).toBe(l > r);
        expect(a.r.gte(b.r)).toBe(l >= r);
        expect(a.r.eq(b.r)).toBe(l === r);
        expect(a.r.max(b.r).eq(l >= r ? a.r : b.r)).toBe(true);
        expect(a.r.min(b.r).eq(l <= r ? a.r : b.r)).toBe(true);
        expect(a.r.isNegative()).toBe(a.n < 0n);
        expect(a.r.isZero()).toBe(a.n === 0n);
        expect(a.r.neg().add(a.r).isZero()).toBe(true);
      }),
      params,
    );
  });

  it('obeys the field laws', () => {
    fc.assert(
      fc.property(rationalArb, rationalArb, rationalArb, (a, b, c) => {
        const [x, y, z] = [a.r, b.r, c.r];
        expect(x.add(y).eq(y.add(x))).toBe(true);
        expect(x.mul(y).eq(y.mul(x))).toBe(true);
        expect(
          x
            .add(y)
            .add(z)
            .eq(x.add(y.add(z))),
        ).toBe(true);
        expect(
          x
            .mul(y)
            .mul(z)
            .eq(x.mul(y.mul(z))),
        ).toBe(true);
        expect(x.mul(y.add(z)).eq(x.mul(y).add(x.mul(z)))).toBe(true);
        expect(x.add(Rational.ZERO).eq(x)).toBe(true);
        expect(x.mul(Rational.ONE).eq(x)).toBe(true);
        expect(x.sub(y).add(y).eq(x)).toBe(true);
      }),
      params,
    );
  });

  it('toString round-trips through fromText, and toFixed rounds half away from zero', () => {
    fc.assert(
      fc.property(rationalArb, fc.integer({ min: 0, max: 6 }), (a, places) => {
        const text = a.r.toString();
        expect(text).toMatch(/^-?\d+(\.\d*[1-9])?$|^-?\d+\/\d+$/);
        expect(Rational.fromText(text)?.eq(a.r)).toBe(true);
        // toFixed oracle on bigints.
        const scale = 10n ** BigInt(places);
        const abs = a.n < 0n ? -a.n : a.n;
        const q0 = (abs * scale) / a.d;
        const rem = (abs * scale) % a.d;
        const q = rem * 2n >= a.d ? q0 + 1n : q0;
        const digits = q.toString().padStart(places + 1, '0');
        const body = places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
        expect(a.r.toFixed(places)).toBe(`${a.n < 0n && q !== 0n ? '-' : ''}${body}`);
      }),
      params,
    );
  });

  it('parses plain decimal text exactly and nothing else', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.nat(12),
        fc.boolean(),
        (digits, places, neg) => {
          const s = digits.toString().padStart(places + 1, '0');
          const text = `${neg ? '-' : ''}${places ? `${s.slice(0, -places)}.${s.slice(-places)}` : s}`;
          const r = Rational.parse(text);
          expect(r && same(r, neg ? -digits : digits, 10n ** BigInt(places))).toBe(true);
          expect(r?.hasAtMostPlaces(places)).toBe(true);
        },
      ),
      params,
    );
    for (const bad of [
      '',
      ' 1',
      '1e3',
      '1.',
      '.5',
      '+1',
      '1,000',
      'NaN',
      'Infinity',
      '0x10',
      '1/0',
    ])
      expect(Rational.parse(bad)).toBeUndefined();
    expect(Rational.fromText('1/0')).toBeUndefined();
    expect(Rational.fromText('1894/3')?.toFixed(2)).toBe('631.33');
  });
});

const UNITS: Record<RoundingUnit, bigint> = {
  '0.01': 1n,
  '0.1': 10n,
  '1': 100n,
  '5': 500n,
  '10': 1000n,
};

describe('roundMoney', () => {
  it('up ≥ value > up − unit; down ≤ value < down + unit; half-up within half a unit; a multiple of the unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        denominatorArb,
        fc.constantFrom(...(Object.keys(UNITS) as RoundingUnit[])),
        (n, d, unitText) => {
          const value = Rational.of(n, d);
          const unit = Rational.of(UNITS[unitText], 100n);
          const at = (mode: RoundingMode) => roundMoney(value, { unit: unitText, mode });
          const up = at('up');
          const down = at('down');
          const half = at('half-up');
          for (const r of [up, down, half]) {
            // a whole number of units: r / unit is an integer
            const q = r.div(unit);
            expect(q.n % q.d).toBe(0n);
          }
          expect(up.gte(value)).toBe(true);
          expect(up.sub(unit).lt(value)).toBe(true);
          expect(down.lte(value)).toBe(true);
          expect(down.add(unit).gt(value)).toBe(true);
          const dist = half.sub(value);
          const halfUnit = unit.divInt(2);
          expect(dist.lte(halfUnit) && dist.neg().lte(halfUnit)).toBe(true);
          // a tie goes away from zero
          if (dist.eq(halfUnit) || dist.neg().eq(halfUnit)) {
            expect(half.isNegative() ? half.lt(value) : half.gt(value) || value.isZero()).toBe(
              true,
            );
          }
          // exact values are left alone
          if (up.eq(down)) expect(half.eq(value) && up.eq(value)).toBe(true);
        },
      ),
      params,
    );
  });

  it('is monotone', () => {
    fc.assert(
      fc.property(
        rationalArb,
        rationalArb,
        fc.constantFrom(...(Object.keys(UNITS) as RoundingUnit[])),
        fc.constantFrom<RoundingMode>('up', 'down', 'half-up'),
        (a, b, unit, mode) => {
          const [lo, hi] = a.r.lte(b.r) ? [a.r, b.r] : [b.r, a.r];
          expect(roundMoney(lo, { unit, mode }).lte(roundMoney(hi, { unit, mode }))).toBe(true);
        },
      ),
      params,
    );
  });

  it('rounds hand-worked values', () => {
    const r = (t: string, unit: RoundingUnit, mode: RoundingMode) =>
      roundMoney(Rational.fromText(t)!, { unit, mode }).toString();
    expect(r('1222.01', '10', 'up')).toBe('1230');
    expect(r('1222.01', '10', 'down')).toBe('1220');
    expect(r('1225', '10', 'half-up')).toBe('1230');
    expect(r('1224.99', '10', 'half-up')).toBe('1220');
    expect(r('-2.5', '1', 'half-up')).toBe('-3');
    expect(r('-2.5', '1', 'up')).toBe('-2');
    expect(r('-2.5', '1', 'down')).toBe('-3');
    expect(r('1894/3', '0.01', 'half-up')).toBe('631.33');
    expect(r('1895/3', '0.01', 'half-up')).toBe('631.67');
    expect(r('1/200', '0.01', 'half-up')).toBe('0.01');
    expect(r('-1/200', '0.01', 'half-up')).toBe('-0.01');
    expect(r('12.25', '0.1', 'half-up')).toBe('12.3');
    expect(r('7.5', '5', 'half-up')).toBe('10');
    expect(r('7.49', '5', 'half-up')).toBe('5');
    expect(r('0', '5', 'up')).toBe('0');
  });
});
