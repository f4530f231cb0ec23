import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  evaluateFigure,
  InputError,
  parseStandardsTable,
  provenanceOf,
  RESOLVE_CACHE_SIZE,
  regionChain,
  resolveStandards,
  StandardsError,
  type StandardsTable,
  type StandardsTableInput,
} from '../../src/index';
import { cachedResolutions } from '../../src/standards/resolveStandards';
import { loadTable } from '../fixtures/load';

const source = { document: 'Doc', clause: '一', published: '2021-01-01' };

function table(entries: StandardsTableInput['entries']) {
  const r = parseStandardsTable({ id: 't', entries });
  if (!r.ok) throw r.error;
  return r.value;
}

describe('regionChain', () => {
  it('layers nation, province, city, county', () => {
    expect(regionChain('320412')).toEqual(['100000', '320000', '320400', '320412']);
    expect(regionChain('640100')).toEqual(['100000', '640000', '640100']);
    expect(regionChain('320000')).toEqual(['100000', '320000']);
    expect(regionChain('100000')).toEqual(['100000']);
  });
});

describe('resolveStandards', () => {
  const t = loadTable('bundled.json');

  it('layers the national defaults under 常州 for a county of 常州', () => {
    const r = resolveStandards(t, { region: '320412', on: '2021-07-01' });
    if (!r.ok) throw r.error;
    expect(r.value.entries.map((e) => e.id)).toEqual(['national-2021-07', 'changzhou-2021-07']);
    expect(r.value.params.dibao?.payment).toEqual({ method: 'gap' });
    expect(r.value.params.dibao?.standard?.urban).toEqual({ yuan: '940' });
    const p = provenanceOf(r.value, 'dibao.standard.urban');
    expect(p?.kind).toBe('published');
    expect(p?.entryId).toBe('changzhou-2021-07');
    expect(provenanceOf(r.value, 'dibao.rounding')?.kind).toBe('illustrative');
    expect(provenanceOf(r.value, 'nothing.here')).toBeUndefined();
  });

  it('reports no entry in force before 常州 2021-07-01 and after 2022-06-30', () => {
    for (const on of ['2021-06-30', '2022-07-01']) {
      const r = resolveStandards(t, { region: '320400', on });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toBeInstanceOf(StandardsError);
        expect(r.error.code).toBe('no_entry_in_force');
        expect(r.error.messages['zh-CN']).toContain('320400');
      }
    }
  });

  it('rejects a request that is not a region and date', () => {
    const r = resolveStandards(t, { region: '32', on: '2021-02-30' });
    expect(!r.ok && r.error.code).toBe('invalid_request');
  });

  it('reports two entries in force for one region on one date', () => {
    const tt = table([
      { id: 'a', region: '320400', effective: { from: '2021-01-01' }, source, params: {} },
      {
        id: 'b',
        region: '320400',
        effective: { from: '2021-06-01', to: '2021-12-31' },
        source,
        params: {},
      },
    ]);
    expect(resolveStandards(tt, { region: '320400', on: '2021-05-31' }).ok).toBe(true);
    const r = resolveStandards(tt, { region: '320400', on: '2021-06-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('overlapping_entries');
      expect(r.error.entryIds).toEqual(['a', 'b']);
      expect(JSON.parse(JSON.stringify(r.error)).code).toBe('overlapping_entries');
    }
  });

  it('lets a county override one figure and inherit the rest, with provenance per figure', () => {
    const tt = table([
      {
        id: 'city',
        region: '320400',
        effective: { from: '2021-01-01' },
        source,
        params: { dibao: { standard: { urban: { yuan: '900' }, rural: { yuan: '800' } } } },
      },
      {
        id: 'county',
        region: '320412',
        effective: { from: '2021-01-01' },
        illustrative: 'example',
        params: { dibao: { standard: { rural: { yuan: '850' } } } },
      },
    ]);
    const r = resolveStandards(tt, { region: '320412', on: '2021-03-01' });
    if (!r.ok) throw r.error;
    expect(r.value.params.dibao?.standard).toEqual({
      urban: { yuan: '900' },
      rural: { yuan: '850' },
    });
    expect(provenanceOf(r.value, 'dibao.standard.urban')?.entryId).toBe('city');
    expect(provenanceOf(r.value, 'dibao.standard.rural')).toMatchObject({
      kind: 'illustrative',
      entryId: 'county',
    });
  });

  it('caches per table and request', () => {
    const a = resolveStandards(t, { region: '320412', on: '2021-08-01' });
    const b = resolveStandards(t, { region: '320412', on: '2021-08-01' });
    expect(a).toBe(b);
  });
});

describe('evaluateFigure', () => {
  const tt = table([
    {
      id: 'x',
      region: '320400',
      effective: { from: '2021-07-01' },
      source,
      params: {
        dibao: {
          standard: {
            urban: { yuan: '940' },
            rural: { multiple: '1', of: 'dibao.standard.urban', round: { unit: '1', mode: 'up' } },
          },
          assets: {
            financialPerCapita: {
              multiple: '2',
              of: 'dibao.standard.@area',
              per: 'year',
              round: { unit: '0.01', mode: 'half-up' },
            },
          },
          floor: {
            perPerson: {
              multiple: '0.13',
              of: 'dibao.standard.rural',
              round: { unit: '10', mode: 'up' },
              illustrative: 'example',
            },
          },
        },
        lowIncome: {},
      },
    },
  ]);
  const r = resolveStandards(tt, { region: '320400', on: '2021-07-01' });
  if (!r.ok) throw r.error;
  const std = r.value;

  it('derives a figure from another, through a chain', () => {
    const f = evaluateFigure(std, 'dibao.standard.rural');
    expect('value' in f && f.value.toString()).toBe('940');
  });

  it('converts a monthly base to a yearly figure', () => {
    const f = evaluateFigure(std, 'dibao.assets.financialPerCapita', 'urban');
    expect('value' in f && f.value.toString()).toBe('22560');
    expect('value' in f && f.per).toBe('year');
  });

  it('rounds a derived figure by its own rule and keeps the unrounded value', () => {
    const f = evaluateFigure(std, 'dibao.floor.perPerson');
    if (!('value' in f)) throw new Error('missing');
    expect(f.value.toString()).toBe('130');
    expect(f.derivation?.unrounded.toString()).toBe('122.2');
    expect(f.provenance?.kind).toBe('illustrative');
  });

  it('reports a missing figure, a missing base and an unknown area', () => {
    expect(evaluateFigure(std, 'tekun.basic.urban')).toEqual({ missing: 'tekun.basic.urban' });
    expect(evaluateFigure(std, 'dibao.assets.financialPerCapita')).toEqual({
      missing: 'dibao.standard.@area',
    });
  });
});

describe('resolveStandards: bounded cache and region index', () => {
  const entry = (id: string, region: string, from: string, to?: string) => ({
    id,
    region,
    effective: to ? { from, to } : { from },
    source,
    params: { dibao: { standard: { urban: { yuan: '900' } } } },
  });

  it(`keeps at most RESOLVE_CACHE_SIZE (${RESOLVE_CACHE_SIZE}) resolutions per table`, () => {
    const tt = table([entry('n', '100000', '2000-01-01'), entry('p', '320000', '2000-01-01')]);
    // 3,000 distinct counties and dates that resolve.
    for (let i = 0; i < 3000; i++) {
      const region = String(320000 + 101 + (i % 99) + 100 * Math.floor(i / 99));
      const r = resolveStandards(tt, { region, on: addCalendarMonths('2001-01-15', i % 100) });
      expect(r.ok).toBe(true);
    }
    expect(cachedResolutions(tt)).toBe(RESOLVE_CACHE_SIZE);
  });

  it('keeps no failed resolution', () => {
    const tt = table([entry('p', '320000', '2021-01-01')]);
    for (let i = 0; i < 5000; i++) {
      const r = resolveStandards(tt, { region: String(110101 + i), on: '2021-06-01' });
      expect(!r.ok && r.error.code).toBe('no_entry_in_force');
    }
    expect(resolveStandards(tt, { region: '32', on: '2021-06-01' }).ok).toBe(false);
    expect(cachedResolutions(tt)).toBe(0);
  });

  it('drops the least recently used resolution first', () => {
    const tt = table([entry('p', '320000', '2000-01-01')]);
    const on = (i: number) => addCalendarMonths('2001-01-01', i);
    const first = resolveStandards(tt, { region: '320000', on: on(0) });
    const second = resolveStandards(tt, { region: '320000', on: on(1) });
    for (let i = 2; i < RESOLVE_CACHE_SIZE; i++)
      resolveStandards(tt, { region: '320000', on: on(i) });
    // The first is used again: the second is now the oldest, and goes when one more comes.
    expect(resolveStandards(tt, { region: '320000', on: on(0) })).toBe(first);
    resolveStandards(tt, { region: '320000', on: on(RESOLVE_CACHE_SIZE) });
    expect(cachedResolutions(tt)).toBe(RESOLVE_CACHE_SIZE);
    expect(resolveStandards(tt, { region: '320000', on: on(0) })).toBe(first);
    const again = resolveStandards(tt, { region: '320000', on: on(1) });
    expect(again).not.toBe(second);
    expect(again).toEqual(second);
  });

  it('finds the entry in force among many of a region, in any table order (as a scan would)', () => {
    // 300 yearly entries of one region (1900–2199, the years a table may name) in shuffled order,
    // then resolutions on many dates.
    const years = Array.from({ length: 300 }, (_, i) => 1900 + i);
    const shuffled = years.map((_, i) => years[(i * 7919) % years.length] as number);
    const entries = shuffled.map((y) =>
      entry(`y${y}`, '640100', `${y}-01-01`, y % 10 === 9 ? `${y}-06-30` : `${y}-12-31`),
    );
    const tt = table(entries);
    for (let y = 1899; y <= 2200; y += 1)
      for (const md of ['-01-01', '-06-30', '-07-01', '-12-31']) {
        const on = `${y}${md}`;
        const expected = entries.filter(
          (e) => e.effective.from <= on && (e.effective.to === undefined || on <= e.effective.to),
        );
        const r = resolveStandards(tt, { region: '640100', on });
        if (expected.length === 0) expect(!r.ok && r.error.code).toBe('no_entry_in_force');
        else expect(r.ok && r.value.entries.map((e) => e.id)).toEqual([expected[0]?.id]);
      }
  });

  it('lists overlapping entries in table order, whatever their dates', () => {
    const tt = table([
      entry('late', '320400', '2021-06-01'),
      entry('early', '320400', '2021-01-01'),
      entry('other', '320400', '2020-01-01', '2020-12-31'),
    ]);
    const r = resolveStandards(tt, { region: '320400', on: '2021-07-01' });
    expect(!r.ok && r.error.entryIds).toEqual(['late', 'early']);
    expect(resolveStandards(tt, { region: '320400', on: '2020-07-01' }).ok).toBe(true);
  });

  it('layers a county on its city the same way when the city’s layering is shared', () => {
    const tt = table([
      {
        ...entry('city', '320400', '2021-01-01'),
        params: { dibao: { standard: { urban: { yuan: '900' }, rural: { yuan: '800' } } } },
      },
      {
        ...entry('a', '320412', '2021-01-01'),
        params: { dibao: { standard: { rural: { yuan: '850' } } } },
      },
      { ...entry('b', '320411', '2021-01-01'), params: { dibao: { payment: { method: 'gap' } } } },
    ]);
    const city = resolveStandards(tt, { region: '320400', on: '2021-03-01' });
    const a = resolveStandards(tt, { region: '320412', on: '2021-03-01' });
    const b = resolveStandards(tt, { region: '320411', on: '2021-03-01' });
    if (!city.ok || !a.ok || !b.ok) throw new Error('unresolved');
    expect(city.value.params.dibao?.standard).toEqual({
      urban: { yuan: '900' },
      rural: { yuan: '800' },
    });
    expect(a.value.params.dibao?.standard).toEqual({
      urban: { yuan: '900' },
      rural: { yuan: '850' },
    });
    expect(b.value.params.dibao).toEqual({
      standard: { urban: { yuan: '900' }, rural: { yuan: '800' } },
      payment: { method: 'gap' },
    });
    expect(provenanceOf(a.value, 'dibao.standard.rural')?.entryId).toBe('a');
    expect(provenanceOf(city.value, 'dibao.standard.rural')?.entryId).toBe('city');
    expect(provenanceOf(b.value, 'dibao.payment')?.entryId).toBe('b');
    expect(city.value.provenance.has('dibao.payment')).toBe(false);
  });
});

describe('tables that contain themselves', () => {
  const raw = () => ({
    id: 't',
    entries: [
      { id: 'n', region: '100000', effective: { from: '2021-01-01' }, source, params: {} },
      {
        id: 'c',
        region: '320400',
        effective: { from: '2021-01-01' },
        source,
        params: { dibao: { standard: { urban: { yuan: '900' } } } } as Record<string, unknown>,
      },
    ],
  });

  it('parseStandardsTable gives a typed error at the path where the cycle closes', () => {
    const t = raw();
    const params = t.entries[1]?.params as Record<string, unknown>;
    params.loop = params;
    const r = parseStandardsTable(t);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(InputError);
      expect(r.error.issues).toEqual([
        expect.objectContaining({
          code: 'cycle',
          path: ['entries', 1, 'params', 'loop'],
          pathText: 'entries[1].params.loop',
        }),
      ]);
    }
  });

  it('resolveStandards on an unparsed cyclic table throws the InputError', () => {
    const t = raw();
    (t as Record<string, unknown>).self = [t];
    let error: unknown;
    try {
      resolveStandards(t as unknown as StandardsTable, { region: '320400', on: '2021-02-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]?.pathText).toBe('self[0]');
  });

  it('an object shared by two entries (not a cycle) is fine', () => {
    const t = raw();
    const shared = { document: 'Shared', clause: '二', published: '2021-01-01' };
    (t.entries[0] as Record<string, unknown>).source = shared;
    (t.entries[1] as Record<string, unknown>).source = shared;
    expect(parseStandardsTable(t).ok).toBe(true);
  });
});
