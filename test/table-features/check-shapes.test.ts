import { describe, expect, it } from 'vitest';
import { checkStandards } from '../../src/check-standards/index';
import { parseStandardsTable, type StandardsTable } from '../../src/index';
import { loadTable } from '../fixtures/load';

const src = { document: 'test', clause: '一', published: '2021-01-01' };

function table(params: unknown): StandardsTable {
  const r = parseStandardsTable({
    id: 't',
    entries: [
      { id: 'n', region: '100000', effective: { from: '2021-01-01' }, source: src, params: {} },
      { id: 'c', region: '320400', effective: { from: '2021-07-01' }, source: src, params },
    ],
  });
  if (!r.ok) throw r.error;
  return r.value;
}

const standard = { urban: { yuan: '600' }, rural: { yuan: '500' } };
const band = (edge: 'below' | 'atMost', yuan: string, perPerson = '100') => ({
  [edge]: { yuan },
  perPerson: { yuan: perPerson },
});

describe('checkStandards: the shapes of the new table features', () => {
  it('finds nothing wrong in the local-rules example table', () => {
    expect(checkStandards(loadTable('local-rules.json'))).toEqual([]);
  });

  it('accepts ascending bands, and `below` before `atMost` at one edge', () => {
    const t = table({
      dibao: {
        standard,
        payment: {
          method: 'bands',
          bands: [band('below', '100'), band('atMost', '100'), band('atMost', '250')],
        },
      },
    });
    expect(checkStandards(t)).toEqual([]);
  });

  it('finds two bands with one edge (the second never applies) and bands out of order', () => {
    const t = table({
      dibao: {
        standard,
        payment: {
          method: 'bands',
          bands: [band('atMost', '250'), band('atMost', '100'), band('atMost', '100')],
        },
      },
    });
    const f = checkStandards(t);
    expect(f.map((x) => [x.code, x.severity, x.path])).toEqual([
      ['bands_unordered', 'warning', 'dibao.payment.bands.1'],
      ['bands_overlap', 'error', 'dibao.payment.bands.2'],
    ]);
    expect(f[1]?.values).toMatchObject({ edge: '100', previousEdge: '100', band: '2' });
    expect(f[1]?.message['zh-CN']).toContain('第 2 档永不适用');
  });

  it('finds an atMost band written before a below band of the same edge', () => {
    const t = table({
      dibao: {
        standard,
        payment: { method: 'bands', bands: [band('atMost', '100'), band('below', '100')] },
      },
    });
    expect(checkStandards(t).map((x) => x.code)).toEqual(['bands_unordered']);
  });

  it('rejects a band with both edges or neither', () => {
    for (const b of [
      { below: { yuan: '1' }, atMost: { yuan: '1' }, perPerson: { yuan: '1' } },
      { perPerson: { yuan: '1' } },
    ]) {
      const r = parseStandardsTable({
        id: 't',
        entries: [
          {
            id: 'c',
            region: '320400',
            effective: { from: '2021-07-01' },
            source: src,
            params: { dibao: { payment: { method: 'bands', bands: [b] } } },
          },
        ],
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues[0]?.pathText).toContain('bands[0]');
    }
  });
});
