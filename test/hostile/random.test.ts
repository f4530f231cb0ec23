import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, parseHousehold, parseStandardsTable } from '../../src/index';
import { PROGRAMS } from '../arbitraries/programs';
import { scaled } from '../arbitraries/runs';
import { loadTable } from '../fixtures/load';
import { classify, expectNoPollution, expectParseResult } from './classify';

const table = loadTable('bundled.json');
const ON = '2021-07-01';

/** Counts of random values per entry point; 100,000 in all in the ordinary suite. */
const COUNTS = {
  parseHousehold: scaled(35_000),
  parseStandardsTable: scaled(25_000),
  assessDibao: scaled(15_000),
  assess: scaled(15_000),
  anything: scaled(10_000),
};

/** Random JSON with a bias toward object keys the schemas know. */
const keyish = fc.constantFrom(
  'id',
  'region',
  'area',
  'members',
  'incomes',
  'amount',
  'period',
  'type',
  'memberId',
  'entries',
  'params',
  'dibao',
  'standard',
  'urban',
  'yuan',
  'effective',
  'from',
  '__proto__',
  'constructor',
  'prototype',
);
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.oneof(keyish, fc.string()), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
);

describe('random JSON values never escape as anything but a typed error', () => {
  it(`parseHousehold: ${COUNTS.parseHousehold} values`, () => {
    fc.assert(
      fc.property(junk, (v) => expectParseResult(parseHousehold(v))),
      {
        numRuns: COUNTS.parseHousehold,
      },
    );
    expectNoPollution();
  });

  it(`parseStandardsTable: ${COUNTS.parseStandardsTable} values`, () => {
    fc.assert(
      fc.property(junk, (v) => expectParseResult(parseStandardsTable(v))),
      {
        numRuns: COUNTS.parseStandardsTable,
      },
    );
    expectNoPollution();
  });

  it(`assessDibao and assess: ${COUNTS.assessDibao + COUNTS.assess} values`, () => {
    expect(PROGRAMS[0]!.program).toBe('dibao');
    fc.assert(
      fc.property(junk, (v) => {
        const o = classify('assessDibao', () => PROGRAMS[0]!.run(v, table, ON));
        // The region is read from the value, so a junk value fails to resolve or to parse.
        expect(o.kind).not.toBe('value');
      }),
      { numRuns: COUNTS.assessDibao },
    );
    fc.assert(
      fc.property(junk, (v) => {
        expect(classify('assess', () => assess(v as never, table, { on: ON })).kind).toBe('input');
      }),
      { numRuns: COUNTS.assess },
    );
    expectNoPollution();
  });

  it(`fc.anything (null prototypes, boxed values, sparse arrays): ${COUNTS.anything} values`, () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBoxedValues: true,
          withSparseArray: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          maxDepth: 3,
        }),
        (v) => {
          expectParseResult(parseHousehold(v));
          expectParseResult(parseStandardsTable(v));
        },
      ),
      { numRuns: COUNTS.anything },
    );
    expectNoPollution();
  });
});
