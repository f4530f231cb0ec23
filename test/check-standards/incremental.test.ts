import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/generate';
import {
  checkCounts,
  checkStandards,
  checkStandardsByResolution,
} from '../../src/check-standards/checkStandards';
import { parseStandardsTable, type StandardsTable } from '../../src/index';
import { layeringCounts } from '../../src/standards/resolveStandards';
import { FIXTURES, loadTable } from '../fixtures/load';

// Issue 16.2: checkStandards layers each region's own entry on the shared layering of the entries
// above it, instead of resolving every region and date afresh. The findings must be the same, in
// the same order, as those of the resolution of every region and date (`checkStandardsByResolution`).

/** A small deterministic generator, the benchmark's (mulberry32). */
const random = mulberry32;

const source = { document: 'generated', clause: '一', published: '2016-01-01' };
const tables = ['bundled.json', 'examples.json', 'local-rules.json'].map(
  (f) => JSON.parse(readFileSync(join(FIXTURES, 'standards', f), 'utf8')) as { entries: Entry[] },
);
interface Entry {
  id: string;
  region: string;
  effective: { from: string; to?: string };
  params: Record<string, unknown>;
  [k: string]: unknown;
}
const nationals = tables.flatMap((t) => t.entries.filter((e) => e.region === '100000'));
const locals = tables.flatMap((t) => t.entries.filter((e) => e.region !== '100000'));

/**
 * Parameters for a generated entry: a fixture entry's (bands, classes, supplements, asset rules,
 * statistics, …), a 低保 standard alone, a 特困 basic standard that may fall below its floor, a
 * derived figure far above the amount limit, an asset rule of the other alternative, or nothing.
 */
function params(next: () => number): Record<string, unknown> {
  const pick = Math.floor(next() * 8);
  const yuan = (lo: number, span: number) => ({ yuan: String(lo + Math.floor(next() * span)) });
  switch (pick) {
    case 0:
    case 1:
      return (locals[Math.floor(next() * locals.length)] as Entry).params;
    case 2:
      return { dibao: { standard: { urban: yuan(600, 400), rural: yuan(500, 400) } } };
    case 3:
      return {
        tekun: {
          basic: { urban: yuan(700, 800), rural: yuan(700, 800) },
          basicFloorMultiple: '1.3',
        },
      };
    case 4:
      return {
        lowIncome: {
          line: {
            urban: { multiple: '99', of: 'dibao.standard.urban', round: { unit: '1', mode: 'up' } },
          },
        },
        dibao: { standard: { urban: { yuan: '20000000' } } },
      };
    case 5:
      return { lowIncome: { assets: { sameAsDibao: true } }, tekun: { assets: 'not-tested' } };
    case 6:
      return {};
    default:
      return { dibao: { standard: { urban: yuan(800, 300) } } };
  }
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

type Shape = 'deep' | 'wide' | 'overlapping';

/**
 * A generated table:
 * - `deep`: provinces, cities and counties, each with entries a year apart (some gaps, the last
 *   open-ended), under one of the fixtures' national entries;
 * - `wide`: one city with an entry a year and many counties, each with one or two entries
 *   starting on any day;
 * - `overlapping`: regions of all levels whose entries start and end on random days, overlapping
 *   each other or leaving gaps.
 */
function generated(shape: Shape, seed: number, size: number): StandardsTable {
  const next = random(seed);
  const national = nationals[seed % nationals.length] as Entry;
  const entries: unknown[] = [{ ...national, id: 'national', effective: { from: '2016-01-01' } }];
  let n = 0;
  const add = (region: string, from: string, to: string | undefined) =>
    entries.push({
      id: `${region}-${n++}`,
      region,
      effective: to === undefined ? { from } : { from, to },
      source,
      params: params(next),
    });
  const yearly = (region: string, years: number) => {
    for (let y = 2016; y < 2016 + years; y++) {
      if (next() < 0.1) continue; // a gap year
      add(region, iso(y, 1, 1), y === 2016 + years - 1 ? undefined : iso(y, 12, 31));
    }
  };
  const day = () =>
    iso(2016 + Math.floor(next() * 8), 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28));
  if (shape === 'deep') {
    for (let p = 0; p < 3; p++) {
      const province = `${32 + p}0000`;
      yearly(province, 4);
      for (let c = 1; c <= 3; c++) {
        const city = `${32 + p}${String(c).padStart(2, '0')}00`;
        yearly(city, 6);
        for (let k = 1; k <= Math.ceil(size / 60); k++)
          yearly(`${city.slice(0, 4)}${String(k).padStart(2, '0')}`, 1 + Math.floor(next() * 6));
      }
    }
  } else if (shape === 'wide') {
    yearly('320000', 3);
    yearly('320400', 8);
    for (let k = 1; k <= Math.min(99, size); k++) {
      const county = `3204${String(k).padStart(2, '0')}`;
      add(county, day(), undefined);
      if (next() < 0.5) add(county, day(), next() < 0.5 ? undefined : iso(2024, 6, 30));
    }
  } else {
    const regions = [
      '320000',
      '320400',
      '320402',
      '320411',
      '330000',
      '330100',
      '330102',
      '110000',
      '110101',
    ];
    for (let i = 0; i < size; i++) {
      const from = day();
      const region = regions[Math.floor(next() * regions.length)] as string;
      const to =
        next() < 0.3 ? undefined : iso(Number(from.slice(0, 4)) + Math.floor(next() * 3), 12, 31);
      add(region, from, to !== undefined && to < from ? undefined : to);
    }
  }
  const r = parseStandardsTable({ id: `generated-${shape}-${seed}`, entries });
  if (!r.ok) throw r.error;
  return r.value;
}

describe('checkStandards with shared layerings', () => {
  /** The findings of the generated tables by code. */
  const codes = new Map<string, number>();

  it.each([
    ['deep', 1, 200],
    ['deep', 2, 400],
    ['wide', 3, 99],
    ['wide', 4, 60],
    ['overlapping', 5, 120],
    ['overlapping', 6, 300],
  ] as [Shape, number, number][])(
    'a %s table (seed %i): the same findings as resolving every region and date',
    (shape, seed, size) => {
      const t = generated(shape, seed, size);
      const fast = checkStandards(t);
      const reference = checkStandardsByResolution(t);
      expect(fast.length).toBe(reference.length);
      expect(fast).toEqual(reference);
      for (const f of fast) codes.set(f.code, (codes.get(f.code) ?? 0) + 1);
    },
  );

  it('the generated tables hold faults of many kinds, each compared above', () => {
    expect([...codes.keys()]).toEqual(
      expect.arrayContaining([
        'asset_rule_mixed',
        'dibao_standard_outside_band',
        'figure_out_of_range',
        'full_standard_needs_gap',
        'gap_between_entries',
        'missing_base',
        'overlapping_entries',
        'tekun_basic_below_floor',
      ]),
    );
  });

  it.each(['bundled.json', 'examples.json', 'local-rules.json'])(
    'the fixture table %s: the same findings',
    (file) => {
      const t = loadTable(file);
      expect(checkStandards(t)).toEqual(checkStandardsByResolution(t));
    },
  );
});

/** A table of `counties` counties with an entry a year (2016–2025) under their cities. */
function layeredTable(counties: number): { table: StandardsTable; entries: number } {
  const entries: unknown[] = [
    { ...(nationals[0] as Entry), id: 'national', effective: { from: '2016-01-01' } },
  ];
  const push = (region: string, p: (y: number) => unknown) => {
    for (let y = 2016; y <= 2025; y++)
      entries.push({
        id: `${region}-${y}`,
        region,
        effective: y === 2025 ? { from: `${y}-01-01` } : { from: `${y}-01-01`, to: `${y}-12-31` },
        source,
        params: p(y),
      });
  };
  const city = (locals[0] as Entry).params;
  const cities = Math.ceil(counties / 20);
  for (let c = 1; c <= cities; c++) {
    const code = `32${String(c).padStart(2, '0')}00`;
    push(code, () => city);
    for (let k = 1; k <= 20 && (c - 1) * 20 + k <= counties; k++)
      push(`${code.slice(0, 4)}${String(k).padStart(2, '0')}`, (y) => ({
        dibao: { standard: { urban: { yuan: String(900 + y + k) } } },
      }));
  }
  const r = parseStandardsTable({ id: `layered-${counties}`, entries });
  if (!r.ok) throw r.error;
  return { table: r.value, entries: entries.length };
}

/** The work of one check: resolutions, merges and parameter paths set. */
function work(t: StandardsTable) {
  const before = { ...checkCounts, ...layeringCounts };
  checkStandards(t);
  return {
    resolutions: checkCounts.resolutions - before.resolutions,
    merges: layeringCounts.merges - before.merges,
    paths: layeringCounts.paths - before.paths,
  };
}

describe('checkStandards does work linear in the entries', () => {
  it('one resolution per region and date, one merge per entry applied, its own paths only', () => {
    const small = layeredTable(100);
    const large = layeredTable(400);
    const a = work(small.table);
    const b = work(large.table);
    // One resolution per (non-national) entry: every region has one entry in force a year.
    expect(a.resolutions).toBe(small.entries - 1);
    expect(b.resolutions).toBe(large.entries - 1);
    // Each county entry is layered once on its city's layering, made once per city and year.
    expect(a.merges).toBeLessThanOrEqual(small.entries + 10 * Math.ceil(100 / 20) + 10);
    expect(b.merges).toBeLessThanOrEqual(large.entries + 10 * Math.ceil(400 / 20) + 10);
    // A merge sets the entry's own paths (2 for a county's standard), never a copy of the
    // ~100 paths inherited from the national and city entries.
    expect(b.paths / b.merges).toBeLessThan(12);
    expect(b.paths).toBeLessThan(a.paths * 4.5);
  });
});
