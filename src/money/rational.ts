/**
 * Exact rational numbers over `bigint`, used for every amount of money, threshold and multiple.
 *
 * Money enters as decimal yuan (at most two places) and multiples as decimal strings, so every
 * value the rules touch is a ratio of integers. Keeping it a ratio means an annual income divided
 * by 12, or a 30 % deduction of it, stays exact until the single rounding step at the end.
 *
 * @module
 */

const ZERO_N = 0n;
const ONE_N = 1n;
/** Denominators above this are reduced by their greatest common divisor. */
const REDUCE_ABOVE = 1n << 48n;

/** Powers of ten up to 10^22, the denominators decimal text produces. */
const POW10: readonly bigint[] = Array.from({ length: 23 }, (_, i) => 10n ** BigInt(i));
const POW10_INDEX = new Map<bigint, number>(POW10.map((p, i) => [p, i]));

function pow10(k: number): bigint {
  return POW10[k] ?? 10n ** BigInt(k);
}

/** Exact text of `n / 10^k` with trailing zeros dropped (`1234n, 2` → `"12.34"`, `1200n, 2` → `"12"`). */
function decimalText(n: bigint, k: number): string {
  const neg = n < ZERO_N;
  let digits = (neg ? -n : n).toString();
  if (k > 0) {
    if (digits.length <= k) digits = digits.padStart(k + 1, '0');
    const cut = digits.length - k;
    let end = digits.length;
    while (end > cut && digits.charCodeAt(end - 1) === 48) end--;
    digits = end > cut ? `${digits.slice(0, cut)}.${digits.slice(cut, end)}` : digits.slice(0, cut);
  }
  return neg ? `-${digits}` : digits;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO_N ? -a : a;
  let y = b < ZERO_N ? -b : b;
  while (y !== ZERO_N) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** An exact fraction `n / d` with `d > 0`. Immutable. */
export class Rational {
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    this.n = n;
    this.d = d;
  }

  /** Builds `n / d`, normalising the sign and reducing large denominators. */
  static of(n: bigint, d: bigint = ONE_N): Rational {
    if (d === ZERO_N) throw new RangeError('Rational: division by zero');
    let nn = n;
    let dd = d;
    if (dd < ZERO_N) {
      nn = -nn;
      dd = -dd;
    }
    if (dd > REDUCE_ABOVE) {
      const g = gcd(nn, dd);
      if (g > ONE_N) {
        nn /= g;
        dd /= g;
      }
    }
    return new Rational(nn, dd);
  }

  /** An integer. */
  static int(value: number | bigint): Rational {
    return new Rational(BigInt(value), ONE_N);
  }

  static readonly ZERO = new Rational(ZERO_N, ONE_N);
  static readonly ONE = new Rational(ONE_N, ONE_N);

  /**
   * Parses a plain decimal string such as `"940"`, `"-12.5"` or `"1.3"` exactly.
   * Returns `undefined` for anything else (exponents, spaces, empty strings).
   */
  static parse(text: string): Rational | undefined {
    const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) return undefined;
    const frac = m[3] ?? '';
    const n = BigInt((m[2] ?? '0') + frac);
    const d = pow10(frac.length);
    return Rational.of(m[1] ? -n : n, d);
  }

  /**
   * Parses the text {@link Rational.toString} writes: a plain decimal (`"926.5"`) or a fraction
   * (`"1894/3"`). Returns `undefined` for anything else.
   *
   * @example
   * Rational.fromText('1894/3')?.toFixed(2) // '631.33'
   */
  static fromText(text: string): Rational | undefined {
    const m = /^(-?\d+)\/(\d+)$/.exec(text);
    if (m) {
      const d = BigInt(m[2] ?? '0');
      return d === ZERO_N ? undefined : Rational.of(BigInt(m[1] ?? '0'), d);
    }
    return Rational.parse(text);
  }

  add(o: Rational): Rational {
    if (this.d === o.d) return new Rational(this.n + o.n, this.d);
    return Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  sub(o: Rational): Rational {
    if (this.d === o.d) return new Rational(this.n - o.n, this.d);
    return Rational.of(this.n * o.d - o.n * this.d, this.d * o.d);
  }

  mul(o: Rational): Rational {
    return Rational.of(this.n * o.n, this.d * o.d);
  }

  /** Multiplies by a whole number (e.g. a head count). */
  times(k: number | bigint): Rational {
    return new Rational(this.n * BigInt(k), this.d);
  }

  /** Divides by a whole number (e.g. 12 months, a head count). */
  divInt(k: number | bigint): Rational {
    return Rational.of(this.n, this.d * BigInt(k));
  }

  div(o: Rational): Rational {
    return Rational.of(this.n * o.d, this.d * o.n);
  }

  /** -1, 0 or 1 as `this` is below, equal to or above `o`. */
  cmp(o: Rational): -1 | 0 | 1 {
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
    return this.n === ZERO_N;
  }

  isNegative(): boolean {
    return this.n < ZERO_N;
  }

  max(o: Rational): Rational {
    return this.cmp(o) >= 0 ? this : o;
  }

  min(o: Rational): Rational {
    return this.cmp(o) <= 0 ? this : o;
  }

  neg(): Rational {
    return new Rational(-this.n, this.d);
  }

  /** True when the value has no more than `places` decimal places. */
  hasAtMostPlaces(places: number): boolean {
    return (this.n * 10n ** BigInt(places)) % this.d === ZERO_N;
  }

  /**
   * Decimal text with exactly `places` places. Exact when the value has at most that many
   * places; otherwise rounded half away from zero (for display of intermediate values only —
   * money is rounded by {@link roundMoney} with the table's rule).
   */
  toFixed(places = 2): string {
    // Fast path: a decimal denominator with no more places than asked is exact as it stands.
    const k = POW10_INDEX.get(this.d);
    if (k !== undefined && k <= places) {
      const digits = decimalText(this.n * pow10(places - k), 0);
      if (places === 0) return digits;
      const neg = this.n < ZERO_N;
      const abs = (neg ? digits.slice(1) : digits).padStart(places + 1, '0');
      const cut = abs.length - places;
      return `${neg ? '-' : ''}${abs.slice(0, cut)}.${abs.slice(cut)}`;
    }
    const scale = pow10(places);
    const neg = this.n < ZERO_N;
    const abs = neg ? -this.n : this.n;
    const scaled = abs * scale;
    let q = scaled / this.d;
    const r = scaled % this.d;
    if (r * 2n >= this.d) q += ONE_N;
    const digits = q.toString().padStart(places + 1, '0');
    const head = digits.slice(0, digits.length - places);
    const tail = digits.slice(digits.length - places);
    const sign = neg && q !== ZERO_N ? '-' : '';
    return places > 0 ? `${sign}${head}.${tail}` : `${sign}${head}`;
  }

  /** Shortest exact decimal text when one exists (`"1.3"`, `"940"`), else a fraction `"1894/3"`. */
  toString(): string {
    // Fast path: a decimal denominator (1, 10, 100, …) is written as it is.
    const k = POW10_INDEX.get(this.d);
    if (k !== undefined) return decimalText(this.n, k);
    const g = gcd(this.n, this.d);
    const n = g > ONE_N ? this.n / g : this.n;
    let d = g > ONE_N ? this.d / g : this.d;
    const reduced = new Rational(n, d);
    let twos = 0;
    let fives = 0;
    while (d % 2n === ZERO_N) {
      d /= 2n;
      twos++;
    }
    while (d % 5n === ZERO_N) {
      d /= 5n;
      fives++;
    }
    if (d !== ONE_N) return `${n}/${reduced.d}`;
    const text = reduced.toFixed(Math.max(twos, fives));
    return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  }
}
