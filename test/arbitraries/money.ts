import fc from 'fast-check';
import { Rational } from '../../src/index';

/** Whole fen (0.01 yuan) up to `max`, biased toward small and boundary values. */
export function fenArb(max = 2_000_000): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: Math.min(max, 200_000) }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 99, 100, 94_000, Math.min(max, 63_200)) },
  );
}

/** Yuan text of a fen count: 189450 → "1894.50". */
export function fenText(fen: number | bigint): string {
  const f = BigInt(fen);
  const neg = f < 0n;
  const a = neg ? -f : f;
  return `${neg ? '-' : ''}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
}

/** An amount as a household would send it: a JSON number or a decimal string. */
export function moneyInput(fen: number, asNumber: boolean): number | string {
  return asNumber ? fen / 100 : fenText(fen);
}

/**
 * A bigint of magnitude about 2^k for k from 20 to 56: products and sums of two such values cross
 * the safe-integer limit 2^53, where `Rational` moves from number to bigint arithmetic.
 */
const nearSafeArb: fc.Arbitrary<bigint> = fc
  .tuple(fc.integer({ min: 20, max: 56 }), fc.bigInt({ min: -(1n << 20n), max: 1n << 20n }))
  .map(([k, jitter]) => (1n << BigInt(k)) + jitter);

/** A bigint, biased toward small magnitudes but reaching far beyond 2^64 and across 2^53. */
export const bigintArb: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }),
  nearSafeArb,
  nearSafeArb.map((x) => -x),
  fc.constantFrom(
    BigInt(Number.MAX_SAFE_INTEGER),
    -BigInt(Number.MAX_SAFE_INTEGER),
    BigInt(Number.MAX_SAFE_INTEGER) + 1n,
  ),
);

/** A non-zero positive bigint denominator. */
export const denominatorArb: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: 1n, max: 1000n }),
  fc.constantFrom(1n, 2n, 3n, 12n, 100n, 7n),
  fc.bigInt({ min: 1n, max: 1n << 60n }),
  nearSafeArb.filter((x) => x > 0n),
);

/** An exact rational with its numerator and denominator, for comparison with BigInt oracles. */
export const rationalArb: fc.Arbitrary<{ n: bigint; d: bigint; r: Rational }> = fc
  .tuple(bigintArb, denominatorArb)
  .map(([n, d]) => ({ n, d, r: Rational.of(n, d) }));

/** A decimal multiple as a table writes it: "1.3", "0.85", "2". */
export const multipleTextArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 999_999 }), fc.nat(6))
  .map(([whole, frac, places]) => {
    if (places === 0) return String(whole);
    const digits = String(frac).padStart(6, '0').slice(0, places);
    return `${whole}.${digits}`;
  });
