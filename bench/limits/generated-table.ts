// Generated standards tables for the table-check benchmarks (issues 16.2 and 19.5).
// layered: the bundled national entry, then provinces, cities (常州's parameters) and counties,
// one entry a year 2016–2025 (the last open-ended); lean: the same with small entries;
// overlap: N open-ended entries of one region, one a day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StandardsTable } from '../../src/index';
import { markParsed } from '../../src/schema/brand';

export type TableShape = 'layered' | 'lean' | 'overlap';

/** A generated table of about `n` entries (built without the schema: its entries are valid). */
export function generatedTable(
  n: number,
  mode: TableShape,
): { table: StandardsTable; entries: number } {
  const file = join(import.meta.dirname, '..', '..', 'fixtures', 'standards', 'bundled.json');
  const bundled = JSON.parse(readFileSync(file, 'utf8'));
  const source = { document: 'generated', clause: '一', published: '2016-01-01' };
  const derived = (area: string) => ({
    multiple: '1.3',
    of: `dibao.standard.${area}`,
    round: { unit: '1', mode: 'up' },
  });
  const national =
    mode === 'lean'
      ? {
          id: 'national',
          region: '100000',
          effective: { from: '2016-01-01' },
          source,
          params: {
            dibao: { payment: { method: 'gap' } },
            tekun: {
              basicFloorMultiple: '1.3',
              basic: { urban: derived('urban'), rural: derived('rural') },
            },
          },
        }
      : { ...bundled.entries[0], effective: { from: '2016-01-01' } };
  const {
    statistics: _s,
    standardSetting: _b,
    ...cityParams
  } = mode === 'lean' ? { lowIncome: {} } : bundled.entries[1].params;
  const entries: unknown[] = [national];
  const push = (region: string, params: (y: number) => unknown) => {
    for (let y = 2016; y <= 2025 && entries.length < n; y++)
      entries.push({
        id: `${region}-${y}`,
        region,
        effective: y === 2025 ? { from: `${y}-01-01` } : { from: `${y}-01-01`, to: `${y}-12-31` },
        source,
        params: params(y),
      });
  };
  const standard = (urban: number, rural: number) => ({
    dibao: { standard: { urban: { yuan: String(urban) }, rural: { yuan: String(rural) } } },
  });
  if (mode === 'overlap') {
    for (let i = 1; i < n; i++)
      entries.push({
        id: `o${i}`,
        region: '640100',
        effective: {
          from: new Date(Date.UTC(2016, 0, 1) + i * 86400000).toISOString().slice(0, 10),
        },
        source,
        params: {},
      });
  } else {
    const provinces = Array.from({ length: 31 }, (_, i) => 11 + i);
    const cities = provinces.flatMap((p) =>
      Array.from({ length: 10 }, (_, i) => `${p}${String(i + 1).padStart(2, '0')}`),
    );
    for (const p of provinces) push(`${p}0000`, (y) => standard(600 + y - 2016, 500 + y - 2016));
    for (const c of cities) push(`${c}00`, () => cityParams);
    for (let x = 1; x < 100 && entries.length < n; x++)
      for (const c of cities)
        push(`${c}${String(x).padStart(2, '0')}`, (y) => standard(900 + (y % 7), 900 + (y % 5)));
  }
  return {
    table: markParsed({ id: 'generated', entries }) as unknown as StandardsTable,
    entries: entries.length,
  };
}
