import { describe, expect, it } from 'vitest';
import {
  evaluateFigure,
  parseStandardsTable,
  provenanceOf,
  regionChain,
  resolveStandards,
  StandardsError,
  type StandardsTableInput,
} from '../../src/index';
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
