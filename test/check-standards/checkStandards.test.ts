import { describe, expect, it } from 'vitest';
import { checkStandards } from '../../src/check-standards/index';
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
