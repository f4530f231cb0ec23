import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { householdGenerator } from '../../bench/generate';
import { isIsoDate } from '../../src/dates/calendar';
import { Rational } from '../../src/money/rational';
import { compileReader, NOT_READ, type Reader } from '../../src/schema/fastReader';
import { householdObject, householdSchema } from '../../src/schema/household';
import { parseHousehold } from '../../src/schema/parseHousehold';
import { MAX_AMOUNT_YUAN, moneySchema, readMoney } from '../../src/schema/primitives';
import { RUNS } from '../arbitraries/runs';

// biome-ignore lint/suspicious/noExplicitAny: walking zod definitions
type Def = any;
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Values next to every bound and beside every accepted form, valid and not: a field gets a wrong
 * value with probability about `bad`, an optional field is absent or explicitly undefined now and
 * then, and an object has an unknown key now and then.
 */
function near(schema: z.ZodType, bad: number): fc.Arbitrary<unknown> {
  const no = Math.max(1, Math.round(bad * 1000));
  /** Mostly `good`, sometimes `wrong`. */
  const mix = (good: fc.Arbitrary<unknown>, wrong: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 1000 - no, arbitrary: good }, { weight: no, arbitrary: wrong });
  if (schema === (moneySchema as unknown as z.ZodType))
    return mix(
      fc.oneof(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 99_999_999 }).map((fen) => fen / 100),
        fc.integer({ min: 0, max: 99_999_999 }).map((fen) => (fen / 100).toFixed(2)),
        fc.constantFrom('0', '00', '007.50', '1894.50', '1894.5', ' 12 ', `${MAX_AMOUNT_YUAN}.00`),
      ),
      fc.constantFrom(
        -1,
        0.001,
        1.005,
        MAX_AMOUNT_YUAN + 0.01,
        1e21,
        Number.NaN,
        '1894.',
        '.5',
        '12.345',
        '-1',
        '1e3',
        `${MAX_AMOUNT_YUAN}.01`,
        '9'.repeat(13),
        '',
        'abc',
        null,
      ),
    );
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return near(def.innerType, bad);
    case 'nullable':
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 4, arbitrary: near(def.innerType, bad) },
      );
    case 'boolean':
      return mix(fc.boolean(), fc.constantFrom(0, 'true', null));
    case 'enum': {
      const values = Object.values(def.entries) as string[];
      return mix(fc.constantFrom(...values), fc.constantFrom('', 'unknown', 1));
    }
    case 'number': {
      const bounds = (def.checks ?? []).map((c: Def) => c._zod.def.value as number);
      const [lo, hi] = [Math.min(...bounds), Math.max(...bounds)];
      return mix(
        fc.integer({ min: lo, max: hi }),
        fc.constantFrom(lo - 1, hi + 1, 1.5, Number.NaN, '1', 2 ** 53),
      );
    }
    case 'string': {
      if (def.format === 'date')
        return mix(
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          fc.constantFrom('2021-02-29', '2021-04-31', '2021-13-01', '2021-7-1', '20210701', ''),
        );
      const checks = (def.checks ?? []).map((c: Def) => c._zod.def);
      const regex = checks.find((c: Def) => c.format === 'regex');
      if (regex)
        return mix(fc.stringMatching(regex.pattern), fc.constantFrom('', '12345', 'abcdef'));
      const min = checks.find((c: Def) => c.check === 'min_length')?.minimum ?? 0;
      const max = checks.find((c: Def) => c.check === 'max_length')?.maximum ?? 20;
      return mix(
        fc.oneof(
          fc.string({ minLength: min, maxLength: Math.min(max, 12) }),
          fc.constant('x'.repeat(max)),
        ),
        fc.constantFrom('', 'x'.repeat(max + 1), 7),
      );
    }
    case 'array': {
      const max = (def.checks ?? []).find((c: Def) => c._zod.def.check === 'max_length')?._zod.def
        .maximum;
      return mix(
        fc.array(near(def.element, bad), { maxLength: Math.min(max ?? 4, 4) }),
        fc.constantFrom('x', {}, null),
      );
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const entries = Object.entries(shape).map(([key, field]) => {
        const optional = defOf(field).type === 'optional';
        return fc
          .tuple(fc.nat(999), near(field, bad))
          .map(
            ([roll, value]) =>
              [key, optional && roll < 400 ? ABSENT : roll < no / 4 ? undefined : value] as const,
          );
      });
      return fc
        .tuple(fc.tuple(...entries), fc.nat(999), fc.boolean())
        .map(([pairs, extra, reverse]) => {
          const o: Record<string, unknown> = {};
          for (const [k, v] of reverse ? [...pairs].reverse() : pairs) if (v !== ABSENT) o[k] = v;
          if (extra < no / 4) o.unexpected = 1;
          return o;
        });
    }
  }
  throw new Error(`no arbitrary for ${def.type}`);
}
const ABSENT = Symbol('absent');

/** The household shapes, with members that refer to each other about half of the time. */
const householdArb = (bad: number) =>
  near(householdObject, bad).map((h) => {
    const x = h as Record<string, Record<string, unknown>[] | unknown>;
    if (Array.isArray(x.members))
      x.members.forEach((m, i) => {
        if (typeof m === 'object' && m !== null && i % 2 === 0) (m as { id: string }).id = `m${i}`;
      });
    return x;
  });

/** The reader's answer agrees with zod: what it reads, zod accepts and gives back the same. */
function agrees(read: Reader, input: unknown): 'read' | 'zod' {
  const fast = read(input);
  const slow = householdObject.safeParse(input);
  if (fast === NOT_READ) return 'zod';
  expect(slow.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
  return 'read';
}

describe('the fast household reader', () => {
  for (const generateCode of [true, false]) {
    const read = compileReader(householdObject, { generateCode });
    const kind = generateCode ? 'generated' : 'interpreted';

    for (const bad of [0.0005, 0.01, 0.1]) {
      it(`${kind}: never reads what zod refuses, and reads exactly what zod gives (${bad * 100} % of fields wrong)`, () => {
        let readCount = 0;
        let runs = 0;
        fc.assert(
          fc.property(householdArb(bad), (h) => {
            runs++;
            if (agrees(read, h) === 'read') readCount++;
          }),
          { numRuns: RUNS * 3 },
        );
        // With few wrong fields most households are valid, and the reader reads them.
        if (bad < 0.001) expect(readCount).toBeGreaterThan(runs / 2);
      });
    }

    it(`${kind}: reads every valid generated household, as zod parses it`, () => {
      const gen = householdGenerator(7);
      for (let i = 0; i < 2000; i++) expect(agrees(read, gen(i))).toBe('read');
    });
  }

  it('leaves to zod an explicit undefined, an unknown key, another prototype and a polluted Object.prototype', () => {
    const read = compileReader(householdObject);
    const base = householdGenerator(3)(0) as Record<string, unknown>;
    expect(read(base)).not.toBe(NOT_READ);
    expect(read({ ...base, area: undefined })).toBe(NOT_READ);
    expect(read({ ...base, extra: 1 })).toBe(NOT_READ);
    expect(read(Object.assign(Object.create({ inherited: 1 }), base))).toBe(NOT_READ);
    expect(read(JSON.parse('{"__proto__": {"x": 1}}'))).toBe(NOT_READ);
    const proto = Object.prototype as Record<string, unknown>;
    proto.area = 'urban';
    try {
      const noArea = { ...base };
      delete noArea.area;
      // zod would read the polluted `area`; parseHousehold does not use the reader then.
      const r = parseHousehold(noArea);
      const z = householdSchema.safeParse(noArea);
      expect(r.ok).toBe(z.success);
    } finally {
      delete proto.area;
    }
  });

  it('refuses to compile a schema feature it does not know', () => {
    expect(() => compileReader(z.object({ a: z.string() }))).toThrow(/non-strict object/);
    expect(() => compileReader(z.strictObject({ a: z.string().email() }))).toThrow(/not supported/);
    expect(() => compileReader(z.strictObject({ a: z.number() }))).toThrow(/number format/);
    expect(() => compileReader(z.strictObject({ a: z.date() }))).toThrow(/schema type date/);
  });
});

describe('readMoney fast forms', () => {
  /** The reading without the fast paths: exact decimal, sign, places, bound. */
  const oracle = (input: string | number): string => {
    const text = typeof input === 'number' ? String(input) : input.trim();
    const v = /e/i.test(text) ? undefined : Rational.parse(text);
    if (v === undefined) return 'format';
    if (v.isNegative()) return 'negative';
    if (!v.hasAtMostPlaces(2)) return 'places';
    if (v.gt(Rational.int(MAX_AMOUNT_YUAN))) return 'too-large';
    return v.toString();
  };

  it('agree with the exact reading on numbers and decimal text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -10, max: 2 * MAX_AMOUNT_YUAN }),
          fc.double({ noNaN: false }),
          fc.stringMatching(/^\s?-?\d{0,13}(\.\d{0,3})?\s?$/),
          fc.string(),
        ),
        (x) => {
          expect(readMoney(x)).toBe(oracle(x));
        },
      ),
      { numRuns: RUNS * 10 },
    );
  });
});

describe('isIsoDate', () => {
  const zodDate = z.iso.date();
  it('agrees with z.iso.date() on every day from 1600 to 2400 and on near misses', () => {
    for (let y = 1600; y <= 2400; y += 1)
      for (const md of [
        '01-31',
        '02-28',
        '02-29',
        '02-30',
        '04-30',
        '04-31',
        '06-31',
        '12-31',
        '13-01',
        '00-10',
        '01-00',
      ])
        expect(isIsoDate(`${y}-${md}`)).toBe(zodDate.safeParse(`${y}-${md}`).success);
    fc.assert(
      fc.property(
        fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fc.string({ maxLength: 12 })),
        (s) => {
          expect(isIsoDate(s)).toBe(zodDate.safeParse(s).success);
        },
      ),
      { numRuns: RUNS * 10 },
    );
  });
});
