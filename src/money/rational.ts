/**
 * Exact rational numbers, used for every amount of money, threshold and multiple.
 *
 * Money enters as decimal yuan (at most two places) and multiples as decimal strings, so every
 * value the rules touch is a ratio of integers. Keeping it a ratio means an annual income divided
 * by 12, or a 30 % deduction of it, stays exact until the single rounding step at the end.
 *
 * A value is held as a reduced fraction of two **integers**. While both fit in the safe-integer
 * range (|x| ≤ 2^53 − 1) they are held as JS numbers, whose integer arithmetic is exact in that
 * range; every operation checks that its integer results are still safe and otherwise redoes the
 * operation in `bigint`, where a value too large for numbers stays. No fraction is ever rounded to
 * a binary float: the number form is integer arithmetic, checked, not floating point.
 *
 * @module
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_N = BigInt(MAX_SAFE);
const MIN_SAFE_N = -MAX_SAFE_N;

/** Powers of ten that are safe integers: 10^0 … 10^15. */
const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);
const POW10_N: readonly bigint[] = Array.from({ length: 23 }, (_, i) => 10n ** BigInt(i));

function pow10n(k: number): bigint {
  return POW10_N[k] ?? 10n ** BigInt(k);
}

/** True when `x` is an integer in the safe range. */
const safe = Number.isSafeInteger;

/** Greatest common divisor of two safe integers (≥ 0). */
function gcd(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b < 0 ? -b : b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function gcdN(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * Text of the integer `digits` (no sign) divided by 10^k, with exactly k places.
 * `("123", 2)` → `"1.23"`, `("5", 2)` → `"0.05"`.
 */
function withPoint(digits: string, k: number): string {
  if (k === 0) return digits;
  const padded = digits.length <= k ? digits.padStart(k + 1, '0') : digits;
  const cut = padded.length - k;
  return `${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

/** `text` with trailing fractional zeros (and a bare point) dropped. */
function trimZeros(text: string): string {
  if (text.indexOf('.') < 0) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  return text.slice(0, end);
}

/**
 * For a positive denominator made only of the factors 2 and 5, the k with d | 10^k and the
 * factor 10^k / d; undefined for any other denominator.
 */
function decimalScale(d: number): { k: number; factor: number } | undefined {
  let twos = 0;
  let fives = 0;
  let rest = d;
  while (rest % 2 === 0) {
    rest /= 2;
    twos++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives++;
  }
  if (rest !== 1) return undefined;
  const k = twos > fives ? twos : fives;
  if (k > 15) return undefined;
  return { k, factor: (POW10[k] as number) / d };
}

/** Decimal scales of small denominators, computed once. */
const SCALES = new Map<number, { k: number; factor: number } | null>();
function scaleOf(d: number): { k: number; factor: number } | undefined {
  let s = SCALES.get(d);
  if (s === undefined) {
    s = decimalScale(d) ?? null;
    if (SCALES.size < 4096) SCALES.set(d, s);
  }
  return s ?? undefined;
}

/**
 * Denominators above this are reduced by their greatest common divisor. Below it a fraction is
 * left as it is: most values are fen (denominator 100) or fen per month of a yearly amount
 * (1200), and skipping the reduction saves a division loop on almost every operation.
 */
const REDUCE_ABOVE = 1 << 20;

/** An exact fraction `n / d` with `d > 0`. Immutable. */
export class Rational {
  /** Numerator and denominator when both are safe integers; NaN in the bigint form. */
  private readonly sn: number;
  private readonly sd: number;
  /** Numerator and denominator in the bigint form; undefined in the number form. */
  private readonly bn: bigint | undefined;
  private readonly bd: bigint | undefined;
  /** The text {@link toString} wrote, kept: values are immutable, and thresholds are shared. */
  #text: string | undefined;

  private constructor(sn: number, sd: number, bn: bigint | undefined, bd: bigint | undefined) {
    this.sn = sn;
    this.sd = sd;
    this.bn = bn;
    this.bd = bd;
    this.#text = undefined;
  }

  /** `n / d` of safe integers, d > 0, reduced when the denominator is large. */
  private static small(n: number, d: number): Rational {
    if (n === 0) return Rational.ZERO;
    if (d > REDUCE_ABOVE) {
      const g = gcd(n, d);
      if (g > 1) return new Rational(n / g, d / g, undefined, undefined);
    }
    return new Rational(n, d, undefined, undefined);
  }

  /** Reduces a bigint fraction (d > 0) and keeps it in the number form when it fits. */
  private static big(n: bigint, d: bigint): Rational {
    const g = gcdN(n, d);
    const rn = g > 1n ? n / g : n;
    const rd = g > 1n ? d / g : d;
    if (rn >= MIN_SAFE_N && rn <= MAX_SAFE_N && rd <= MAX_SAFE_N)
      return Rational.small(Number(rn), Number(rd));
    return new Rational(Number.NaN, Number.NaN, rn, rd);
  }

  /** The numerator (the fraction is not necessarily reduced). */
  get n(): bigint {
    return this.bn ?? BigInt(this.sn);
  }

  /** The denominator, positive (the fraction is not necessarily reduced). */
  get d(): bigint {
    return this.bd ?? BigInt(this.sd);
  }

  /** Builds `n / d`, normalising the sign and reducing. */
  static of(n: bigint, d = 1n): Rational {
    if (d === 0n) throw new RangeError('Rational: division by zero');
    return d < 0n ? Rational.big(-n, -d) : Rational.big(n, d);
  }

  /** An integer. */
  static int(value: number | bigint): Rational {
    if (typeof value === 'number' && safe(value)) return Rational.small(value, 1);
    return Rational.big(BigInt(value), 1n);
  }

  static readonly ZERO = new Rational(0, 1, undefined, undefined);
  static readonly ONE = new Rational(1, 1, undefined, undefined);

  /**
   * Parses a plain decimal string such as `"940"`, `"-12.5"` or `"1.3"` exactly.
   * Returns `undefined` for anything else (exponents, spaces, empty strings).
   */
  static parse(text: string): Rational | undefined {
    const len = text.length;
    let i = 0;
    const neg = len > 0 && text.charCodeAt(0) === 45;
    if (neg) i = 1;
    let n = 0;
    let digits = 0;
    let places = -1;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        n = n * 10 + (c - 48);
        digits++;
        if (places >= 0) places++;
      } else if (c === 46 && places < 0 && digits > 0) places = 0;
      else return undefined;
    }
    if (digits === 0 || places === 0) return undefined;
    const k = places < 0 ? 0 : places;
    if (digits <= 15 && k <= 15) return Rational.small(neg ? -n : n, POW10[k] as number);
    const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) return undefined;
    const frac = m[3] ?? '';
    const big = BigInt((m[2] ?? '0') + frac);
    return Rational.big(m[1] ? -big : big, pow10n(frac.length));
  }

  /**
   * Parses the text {@link Rational.toString} writes: a plain decimal (`"926.5"`) or a fraction
   * (`"1894/3"`). Returns `undefined` for anything else.
   *
   * @example
   * Rational.fromText('1894/3')?.toFixed(2) // '631.33'
   */
  static fromText(text: string): Rational | undefined {
    const slash = text.indexOf('/');
    if (slash < 0) return Rational.parse(text);
    const m = /^(-?\d+)\/(\d+)$/.exec(text);
    if (!m) return undefined;
    const d = BigInt(m[2] ?? '0');
    return d === 0n ? undefined : Rational.of(BigInt(m[1] ?? '0'), d);
  }

  add(o: Rational): Rational {
    if (this.bn === undefined && o.bn === undefined) {
      const a = this.sd;
      const b = o.sd;
      if (a === b) {
        const s = this.sn + o.sn;
        if (safe(s)) return Rational.small(s, a);
      } else if (b % a === 0) {
        // One denominator divides the other (fen and fen per month: 100 and 1200).
        const x = this.sn * (b / a);
        const s = x + o.sn;
        if (safe(x) && safe(s)) return Rational.small(s, b);
      } else if (a % b === 0) {
        const y = o.sn * (a / b);
        const s = this.sn + y;
        if (safe(y) && safe(s)) return Rational.small(s, a);
      } else {
        const d = a * b;
        const x = this.sn * b;
        const y = o.sn * a;
        if (safe(d) && safe(x) && safe(y)) {
          const s = x + y;
          if (safe(s)) return Rational.small(s, d);
        }
      }
    }
    return Rational.big(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  sub(o: Rational): Rational {
    return this.add(o.neg());
  }

  mul(o: Rational): Rational {
    if (this.bn === undefined && o.bn === undefined) {
      const n = this.sn * o.sn;
      const d = this.sd * o.sd;
      if (safe(n) && safe(d)) return Rational.small(n, d);
      // Cross-reduce, then try again in numbers.
      const g1 = gcd(this.sn, o.sd);
      const g2 = gcd(o.sn, this.sd);
      const rn = (this.sn / g1) * (o.sn / g2);
      const rd = (this.sd / g2) * (o.sd / g1);
      if (safe(rn) && safe(rd)) return Rational.small(rn, rd);
    }
    return Rational.big(this.n * o.n, this.d * o.d);
  }

  /** Multiplies by a whole number (e.g. a head count). */
  times(k: number | bigint): Rational {
    if (typeof k === 'number' && safe(k)) return this.mul(Rational.small(k, 1));
    return this.mul(Rational.int(k));
  }

  /** Divides by a whole number (e.g. 12 months, a head count). */
  divInt(k: number | bigint): Rational {
    if (k === 0 || k === 0n) throw new RangeError('Rational: division by zero');
    if (typeof k === 'number' && safe(k)) {
      return k < 0
        ? this.mul(new Rational(-1, -k, undefined, undefined))
        : this.mul(new Rational(1, k, undefined, undefined));
    }
    return Rational.of(this.n, this.d * BigInt(k));
  }

  div(o: Rational): Rational {
    if (o.isZero()) throw new RangeError('Rational: division by zero');
    if (o.bn === undefined) {
      const inv =
        o.sn < 0
          ? new Rational(-o.sd, -o.sn, undefined, undefined)
          : new Rational(o.sd, o.sn, undefined, undefined);
      return this.mul(inv);
    }
    return Rational.of(this.n * o.d, this.d * o.n);
  }

  /** -1, 0 or 1 as `this` is below, equal to or above `o`. */
  cmp(o: Rational): -1 | 0 | 1 {
    if (this.bn === undefined && o.bn === undefined) {
      if (this.sd === o.sd) return this.sn < o.sn ? -1 : this.sn > o.sn ? 1 : 0;
      const l = this.sn * o.sd;
      const r = o.sn * this.sd;
      if (safe(l) && safe(r)) return l < r ? -1 : l > r ? 1 : 0;
    }
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }

  lte(o: Rational): boolean {
    return this.cmp(o) <= 0;
  }

  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }

  gte(o: Rational): boolean {
    return this.cmp(o) >= 0;
  }

  eq(o: Rational): boolean {
    return this.cmp(o) === 0;
  }

  isZero(): boolean {
    return this.bn === undefined ? this.sn === 0 : this.bn === 0n;
  }

  isNegative(): boolean {
    return this.bn === undefined ? this.sn < 0 : this.bn < 0n;
  }

  max(o: Rational): Rational {
    return this.cmp(o) >= 0 ? this : o;
  }

  min(o: Rational): Rational {
    return this.cmp(o) <= 0 ? this : o;
  }

  neg(): Rational {
    if (this.bn === undefined) return Rational.small(-this.sn, this.sd);
    return new Rational(Number.NaN, Number.NaN, -this.bn, this.bd);
  }

  /** True when the value has no more than `places` decimal places. */
  hasAtMostPlaces(places: number): boolean {
    if (this.bn === undefined && places <= 15) {
      const scaled = this.sn * (POW10[places] as number);
      if (safe(scaled)) return scaled % this.sd === 0;
    }
    return (this.n * pow10n(places)) % this.d === 0n;
  }

  /**
   * The integer this value rounds to: `floor` (toward −∞), `ceil` (toward +∞) or `half-up`
   * (a tie away from zero). Exact.
   *
   * @example
   * Rational.parse('-2.5')?.toInteger('half-up').toString() // '-3'
   */
  toInteger(mode: 'floor' | 'ceil' | 'half-up'): Rational {
    if (this.bn === undefined) {
      const n = this.sn;
      const d = this.sd;
      if (d === 1) return this;
      const r = n % d;
      let q = (n - r) / d;
      if (r === 0) return Rational.small(q, 1);
      if (mode === 'floor') {
        if (n < 0) q -= 1;
      } else if (mode === 'ceil') {
        if (n > 0) q += 1;
      } else if ((r < 0 ? -r : r) * 2 >= d) q += n < 0 ? -1 : 1;
      return Rational.small(q, 1);
    }
    return Rational.big(this.scaledInteger(0, mode), 1n);
  }

  /**
   * The integer part of `this × 10^places` rounded as `mode` says (`floor` toward −∞, `ceil`
   * toward +∞, `half-up` half away from zero), as a bigint. Exact.
   */
  scaledInteger(places: number, mode: 'floor' | 'ceil' | 'half-up'): bigint {
    const num = this.n * pow10n(places);
    const den = this.d;
    let q = num / den;
    const r = num % den;
    if (r === 0n) return q;
    const negative = num < 0n;
    if (mode === 'floor') return negative ? q - 1n : q;
    if (mode === 'ceil') return negative ? q : q + 1n;
    const twice = (r < 0n ? -r : r) * 2n;
    if (twice >= den) q += negative ? -1n : 1n;
    return q;
  }

  /**
   * Decimal text with exactly `places` places. Exact when the value has at most that many
   * places; otherwise rounded half away from zero (for display of intermediate values only —
   * money is rounded by {@link roundMoney} with the table's rule).
   */
  toFixed(places = 2): string {
    if (this.bn === undefined && places <= 15) {
      const n = this.sn;
      const abs = n < 0 ? -n : n;
      const p = POW10[places] as number;
      let q: number | undefined;
      if (this.sd === 1) {
        const v = abs * p;
        if (safe(v)) q = v;
      } else {
        const scaled = abs * p;
        if (safe(scaled)) {
          const d = this.sd;
          const r = scaled % d;
          q = (scaled - r) / d;
          if (r * 2 >= d) q += 1;
        }
      }
      if (q !== undefined) {
        const text = withPoint(String(q), places);
        return n < 0 && q !== 0 ? `-${text}` : text;
      }
    }
    const q = this.scaledInteger(places, 'half-up');
    const negative = q < 0n;
    const text = withPoint((negative ? -q : q).toString(), places);
    return negative ? `-${text}` : text;
  }

  /** Shortest exact decimal text when one exists (`"1.3"`, `"940"`), else a fraction `"1894/3"`. */
  toString(): string {
    let text = this.#text;
    if (text === undefined) {
      text = this.write();
      this.#text = text;
    }
    return text;
  }

  private write(): string {
    if (this.bn === undefined) {
      let n = this.sn;
      let d = this.sd;
      if (d === 1) return String(n);
      let s = scaleOf(d);
      if (s === undefined) {
        // Not a decimal denominator as it stands: reduce, then look again.
        const g = gcd(n, d);
        n /= g;
        d /= g;
        if (d === 1) return String(n);
        s = scaleOf(d);
        if (s === undefined) return `${n}/${d}`;
      }
      const abs = (n < 0 ? -n : n) * s.factor;
      if (safe(abs)) {
        const text = trimZeros(withPoint(String(abs), s.k));
        return n < 0 ? `-${text}` : text;
      }
    }
    const g = gcdN(this.n, this.d);
    const n = this.n / g;
    const d = this.d / g;
    let rest = d;
    let twos = 0;
    let fives = 0;
    while (rest % 2n === 0n) {
      rest /= 2n;
      twos++;
    }
    while (rest % 5n === 0n) {
      rest /= 5n;
      fives++;
    }
    if (rest !== 1n) return `${n}/${d}`;
    const k = Math.max(twos, fives);
    const abs = ((n < 0n ? -n : n) * pow10n(k)) / d;
    const text = trimZeros(withPoint(abs.toString(), k));
    return n < 0n ? `-${text}` : text;
  }
}
