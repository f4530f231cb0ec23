import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/check-standards/checkStandards';
import { checkStandards, MAX_MULTIPLE } from '../../src/check-standards/index';
import { daysBetween } from '../../src/dates/calendar';
import type { StandardsTable } from '../../src/index';
import { addCalendarMonths, parseStandardsTable, resolveStandards } from '../../src/index';
import { loadTable } from '../fixtures/load';

const src = { document: 'test', clause: '一', published: '2021-01-01' };

function table(entries: unknown[]): StandardsTable {
  const r = parseStandardsTable({ id: 't', entries });
  if (!r.ok) throw r.error;
  return r.value;
}

const national = {
  id: 'n',
  region: '100000',
  effective: { from: '2021-01-01' },
  source: src,
  params: {},
};

describe('checkStandards', () => {
  it('finds a 特困 basic standard below 1.3 × the 低保 standard (1200 < 1222)', () => {
    const t = table([
      national,
      {
        id: 'c',
        region: '320400',
        effective: { from: '2021-07-01', to: '2022-06-30' },
        source: src,
        params: {
          dibao: { standard: { rural: { yuan: '940' } } },
          tekun: { basic: { rural: { yuan: '1200' } }, basicFloorMultiple: '1.3' },
        },
      },
    ]);
    const f = checkStandards(t);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'error',
      code: 'tekun_basic_below_floor',
      region: '320400',
      entryId: 'c',
      path: 'tekun.basic.rural',
      values: { basic: '1200', floor: '1222', gap: '22', multiple: '1.3' },
    });
  });

  it('accepts a basic standard exactly at the floor (1222 = 1.3 × 940)', () => {
    const t = table([
      national,
      {
        id: 'c',
        region: '320400',
        effective: { from: '2021-07-01' },
        source: src,
        params: {
          dibao: { standard: { rural: { yuan: '940' } } },
          tekun: { basic: { rural: { yuan: '1222' } }, basicFloorMultiple: '1.3' },
        },
      },
    ]);
    expect(checkStandards(t)).toEqual([]);
  });

  it('finds overlapping entries and a gap between entries of a region', () => {
    const e = (id: string, from: string, to?: string) => ({
      id,
      region: '640100',
      effective: to ? { from, to } : { from },
      source: src,
      params: {},
    });
    const overlap = checkStandards(
      table([national, e('a', '2021-01-01', '2021-12-31'), e('b', '2021-06-01')]),
    );
    expect(overlap.map((f) => [f.code, f.severity, f.entryId])).toContainEqual([
      'overlapping_entries',
      'error',
      'b',
    ]);
    const gap = checkStandards(
      table([national, e('a', '2021-01-01', '2021-06-30'), e('b', '2021-08-01')]),
    );
    expect(gap).toHaveLength(1);
    expect(gap[0]).toMatchObject({
      code: 'gap_between_entries',
      severity: 'warning',
      values: { after: '2021-06-30', before: '2021-08-01', days: '31' },
    });
  });

  it('finds a derived figure whose base is missing', () => {
    const t = table([
      national,
      {
        id: 'c',
        region: '320400',
        effective: { from: '2021-07-01' },
        source: src,
        params: {
          dibao: { standard: { urban: { yuan: '940' } } },
          tekun: {
            basic: {
              rural: {
                multiple: '1.3',
                of: 'dibao.standard.rural',
                round: { unit: '1', mode: 'up' },
              },
            },
          },
        },
      },
    ]);
    const f = checkStandards(t);
    expect(f.map((x) => [x.code, x.path, x.values.missing])).toEqual([
      ['missing_base', 'tekun.basic.rural', 'dibao.standard.rural'],
    ]);
  });

  it('checks the 低保 standard against the 30–40 % band of last year’s consumption', () => {
    const entry = (standard: string) =>
      ({
        id: 'n',
        region: '320400',
        effective: { from: '2021-07-01' },
        source: src,
        params: {
          dibao: { standard: { urban: { yuan: standard } } },
          statistics: { consumptionPerCapitaLastYear: '28291.90' },
          standardSetting: { dibaoShareOfConsumption: { min: '0.30', max: '0.40' } },
        },
      }) as unknown;
    // Built without the schema: standardSetting is wired into the table schema by the lead.
    const t = (standard: string) =>
      ({ id: 't', entries: [entry(standard)] }) as unknown as StandardsTable;
    // 940 × 12 / 28291.90 = 0.3987 (常州 二: 39.87 %).
    expect(checkStandards(t('940'))).toEqual([]);
    const f = checkStandards(t('950'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: 'dibao_standard_outside_band',
      values: { share: '0.4029', min: '0.30', max: '0.40' },
    });
  });

  it('finds nothing wrong in the bundled and example tables', () => {
    expect(checkStandards(loadTable('bundled.json'))).toEqual([]);
    // The one finding of the examples: the example city 330100 states its own 低收入 property
    // limits over the national sameAsDibao, replacing it whole (a warning, by design).
    expect(
      checkStandards(loadTable('examples.json')).map((f) => [
        f.severity,
        f.code,
        f.entryId,
        f.path,
      ]),
    ).toEqual([['warning', 'asset_rule_mixed', 'example-own-property-limits', 'lowIncome.assets']]);
  });
});

describe('bundled tables resolve to exactly one entry per layer', () => {
  for (const file of ['bundled.json', 'examples.json']) {
    it(`${file}: every region, every month of its entries' range`, () => {
      const t = loadTable(file);
      let checked = 0;
      for (const e of t.entries) {
        if (e.region === '100000') continue;
        const end = e.effective.to ?? addCalendarMonths(e.effective.from, 24);
        for (let on = e.effective.from; on <= end; on = addCalendarMonths(on, 1)) {
          const r = resolveStandards(t, { region: e.region, on });
          expect(r.ok, `${e.region} ${on}`).toBe(true);
          if (r.ok) expect(r.value.entries.filter((x) => x.region === e.region)).toHaveLength(1);
          checked++;
        }
        const last = resolveStandards(t, { region: e.region, on: end });
        expect(last.ok).toBe(true);
      }
      expect(checked).toBeGreaterThan(10);
    });
  }
});

describe('checkStandards at scale and beyond reason', () => {
  const e = (id: string, region: string, from: string, to?: string, params: unknown = {}) => ({
    id,
    region,
    effective: to ? { from, to } : { from },
    source: src,
    params,
  });

  it('reports 300 open-ended entries of one region as 299 overlaps, not 44,850 pairs', () => {
    const entries: unknown[] = [national];
    for (let i = 0; i < 300; i++)
      entries.push(e(`o${i}`, '640100', addCalendarMonths('2001-01-01', i)));
    const f = checkStandards(table(entries));
    const overlaps = f.filter((x) => x.code === 'overlapping_entries');
    expect(overlaps).toHaveLength(299);
    // Each later entry against the first one, which reaches furthest (it never ends).
    expect(overlaps[0]?.values).toEqual({ entryA: 'o0', entryB: 'o1' });
    expect(overlaps[298]?.values).toEqual({ entryA: 'o0', entryB: 'o299' });
    expect(f.filter((x) => x.code !== 'overlapping_entries')).toEqual([]);
  });

  it('compares an entry with the earlier entry reaching furthest: no false gap inside a long entry', () => {
    const f = checkStandards(
      table([
        national,
        e('year', '640100', '2021-01-01', '2021-12-31'),
        e('spring', '640100', '2021-03-01', '2021-04-30'),
        e('summer', '640100', '2021-06-01', '2021-07-31'),
        e('next', '640100', '2022-02-01'),
      ]),
    );
    expect(f.map((x) => [x.code, x.values.entryA ?? x.values.after, x.entryId])).toEqual([
      ['overlapping_entries', 'year', 'spring'],
      ['overlapping_entries', 'year', 'summer'],
      ['gap_between_entries', '2021-12-31', 'next'],
    ]);
    expect(f[2]?.values.days).toBe('31');
  });

  it('reports a missing base once for the entry, with the number of regions it reaches', () => {
    const derived = {
      tekun: {
        basic: {
          rural: { multiple: '1.3', of: 'dibao.standard.rural', round: { unit: '1', mode: 'up' } },
        },
      },
    };
    const entries: unknown[] = [national, e('city', '320400', '2021-01-01', undefined, derived)];
    for (let c = 1; c <= 5; c++) entries.push(e(`county${c}`, `3204${10 + c}`, '2021-01-01'));
    const f = checkStandards(table(entries));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      code: 'missing_base',
      entryId: 'city',
      region: '320400',
      path: 'tekun.basic.rural',
      values: { missing: 'dibao.standard.rural', regions: '6' },
    });
  });

  it(`flags a multiple above ${MAX_MULTIPLE} and a derived figure above the amount limit`, () => {
    const f = checkStandards(
      table([
        national,
        e('c', '320400', '2021-01-01', undefined, {
          dibao: { standard: { urban: { yuan: '940' } } },
          lowIncome: {
            line: {
              urban: {
                multiple: '1000000000',
                of: 'dibao.standard.urban',
                round: { unit: '1', mode: 'up' },
              },
            },
          },
          tekun: { basicFloorMultiple: '100.000001' },
        }),
      ]),
    );
    expect(f.map((x) => [x.code, x.path, x.values.multiple ?? x.values.value])).toEqual([
      ['multiple_out_of_range', 'lowIncome.line.urban.multiple', '1000000000'],
      ['multiple_out_of_range', 'tekun.basicFloorMultiple', '100.000001'],
      ['figure_out_of_range', 'lowIncome.line.urban', '940000000000'],
    ]);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
    expect(f[2]?.message.en).toContain('940000000000.00 yuan exceeds the amount limit');
    // 100 itself is within reason.
    const ok = checkStandards(
      table([
        national,
        e('c', '320400', '2021-01-01', undefined, { tekun: { basicFloorMultiple: '100' } }),
      ]),
    );
    expect(ok).toEqual([]);
  });

  it('counts days between entries as the calendar does (dayNumber = daysBetween)', () => {
    const dates = [
      '1900-02-28',
      '1900-03-01',
      '2000-02-28',
      '2000-02-29',
      '2000-03-01',
      '2020-12-31',
      '2021-01-01',
      '2024-02-29',
      '2100-03-01',
      '9999-12-31',
      '0001-01-01',
    ];
    for (const a of dates)
      for (const b of dates)
        expect(dayNumber(b) - dayNumber(a), `${a} → ${b}`).toBe(daysBetween(a, b));
  });
});
