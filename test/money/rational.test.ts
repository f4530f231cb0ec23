import { describe, expect, it } from 'vitest';
import { Rational, roundMoney } from '../../src/index';

const r = (t: string) => Rational.fromText(t)!;

describe('Rational', () => {
  it('parses plain decimals exactly and rejects anything else', () => {
    expect(Rational.parse('940')?.toString()).toBe('940');
    expect(Rational.parse('1894.50')?.toString()).toBe('1894.5');
    expect(Rational.parse('-0.01')?.toString()).toBe('-0.01');
    for (const bad of ['', '1e3', ' 1', '1.', '.5', '1,000', 'NaN', '0x10']) {
      expect(Rational.parse(bad)).toBeUndefined();
    }
  });

  it('keeps thirds exact and writes them as fractions', () => {
    const third = r('1894').divInt(3);
    expect(third.toString()).toBe('1894/3');
    expect(third.times(3).toString()).toBe('1894');
    expect(third.toFixed(2)).toBe('631.33');
  });

  it('reads back what it writes', () => {
    for (const t of ['0', '926', '1046.67', '3140/3', '-1/300', '1/12']) {
      expect(r(t).toString()).toBe(t);
    }
    expect(Rational.fromText('1/0')).toBeUndefined();
    expect(Rational.fromText('abc')).toBeUndefined();
  });

  it('adds a twelfth twelve times to exactly one', () => {
    let sum = Rational.ZERO;
    for (let i = 0; i < 12; i++) sum = sum.add(Rational.ONE.divInt(12));
    expect(sum.eq(Rational.ONE)).toBe(true);
  });

  it('compares across denominators', () => {
    expect(r('1894/3').lt(r('632'))).toBe(true);
    expect(r('1896/3').eq(r('632'))).toBe(true);
    expect(r('632').lte(r('1896/3'))).toBe(true);
    expect(r('0.1').add(r('0.2')).eq(r('0.3'))).toBe(true);
    expect(r('2').max(r('3')).toString()).toBe('3');
    expect(r('2').min(r('3')).toString()).toBe('2');
    expect(r('5').sub(r('7')).isNegative()).toBe(true);
    expect(r('5').neg().toString()).toBe('-5');
    expect(r('1.5').mul(r('940')).toString()).toBe('1410');
    expect(r('1').div(r('3')).toString()).toBe('1/3');
    expect(r('-1/3').toFixed(2)).toBe('-0.33');
    expect(r('-1/300').toFixed(2)).toBe('0.00');
    expect(r('7').toFixed(0)).toBe('7');
  });

  it('stays exact across the safe-integer limit 2^53, in both directions', () => {
    const max = Rational.int(Number.MAX_SAFE_INTEGER);
    expect(max.add(Rational.ONE).toString()).toBe('9007199254740992');
    expect(max.add(Rational.ONE).sub(Rational.ONE).eq(max)).toBe(true);
    expect(max.times(3).toString()).toBe('27021597764222973');
    expect(max.times(3).divInt(3).eq(max)).toBe(true);
    // (2^53 + 1) / 2^53 cannot be held in numbers; it still compares and prints exactly.
    const big = Rational.of((1n << 53n) + 1n, 1n << 53n);
    expect(big.gt(Rational.ONE)).toBe(true);
    expect(big.sub(Rational.ONE).eq(Rational.of(1n, 1n << 53n))).toBe(true);
    expect(Rational.parse('9007199254740993.01')?.toString()).toBe('9007199254740993.01');
    expect(Rational.parse('90071992547409.93')?.times(100).toString()).toBe('9007199254740993');
    expect(
      r('1/3')
        .mul(Rational.int(2 ** 52))
        .cmp(r('1/3').mul(Rational.int(2 ** 52 + 1))),
    ).toBe(-1);
  });

  it('refuses division by zero', () => {
    expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
  });

  it('knows how many places a value has', () => {
    expect(r('12.34').hasAtMostPlaces(2)).toBe(true);
    expect(r('12.345').hasAtMostPlaces(2)).toBe(false);
    expect(r('1/3').hasAtMostPlaces(6)).toBe(false);
  });
});

describe('roundMoney', () => {
  it('rounds 1.3 × 940 = 1222 (exact) to itself under every rule', () => {
    const v = r('1.3').mul(r('940'));
    for (const mode of ['up', 'half-up', 'down'] as const) {
      expect(roundMoney(v, { unit: '1', mode }).toString()).toBe('1222');
    }
  });

  it('rounds up, down and half up to 0.01, 0.1, 1, 5 and 10 yuan', () => {
    const v = r('1222.01');
    expect(roundMoney(v, { unit: '10', mode: 'up' }).toString()).toBe('1230');
    expect(roundMoney(v, { unit: '10', mode: 'down' }).toString()).toBe('1220');
    expect(roundMoney(v, { unit: '10', mode: 'half-up' }).toString()).toBe('1220');
    expect(roundMoney(v, { unit: '5', mode: 'up' }).toString()).toBe('1225');
    expect(roundMoney(r('1222.5'), { unit: '5', mode: 'half-up' }).toString()).toBe('1225');
    expect(roundMoney(r('1222.49'), { unit: '5', mode: 'half-up' }).toString()).toBe('1220');
    expect(roundMoney(r('1222.5'), { unit: '1', mode: 'half-up' }).toString()).toBe('1223');
    expect(roundMoney(r('1222.5'), { unit: '1', mode: 'down' }).toString()).toBe('1222');
    expect(roundMoney(r('0.05'), { unit: '0.1', mode: 'half-up' }).toString()).toBe('0.1');
    expect(roundMoney(r('3140/3'), { unit: '0.01', mode: 'half-up' }).toString()).toBe('1046.67');
    expect(roundMoney(r('3140/3'), { unit: '0.01', mode: 'down' }).toString()).toBe('1046.66');
  });

  it('rounds negative values toward the right side', () => {
    expect(roundMoney(r('-2.5'), { unit: '1', mode: 'half-up' }).toString()).toBe('-3');
    expect(roundMoney(r('-2.5'), { unit: '1', mode: 'up' }).toString()).toBe('-2');
    expect(roundMoney(r('-2.5'), { unit: '1', mode: 'down' }).toString()).toBe('-3');
  });
});
