import { describe, expect, it } from 'vitest';
import {
  checkStandards,
  checkStandardsByResolution,
} from '../../src/check-standards/checkStandards';
import { RESOLVED_READER, valueReader } from '../../src/check-standards/figureReader';
import { parseStandardsTable, resolveStandards, type StandardsTable } from '../../src/index';
import type { Area } from '../../src/schema/primitives';
import { loadTable } from '../fixtures/load';

// Issue 16.2: checkStandards reads figures by value (`valueReader`: no provenance, no memo on the
// resolution) where the rules evaluate them with `evaluateFigure` (RESOLVED_READER). The two must
// give the same values and the same missing paths, and a derivation too deep for the value
// reader must give the findings of the rules' evaluation.

const source = { document: 'generated', clause: '一', published: '2016-01-01' };
const derived = (of: string) => ({ multiple: '1', of, round: { unit: '1', mode: 'up' } });

/** A city whose 特困 and 低收入 lines derive from each other (a cycle), and one of its counties. */
function cyclicTable(): StandardsTable {
  const r = parseStandardsTable({
    id: 'cyclic',
    entries: [
      {
        ...loadTable('bundled.json').entries[0],
        id: 'national',
        effective: { from: '2016-01-01' },
      },
      {
        id: 'city',
        region: '320400',
        effective: { from: '2016-01-01' },
        source,
        params: {
          dibao: { standard: { urban: { yuan: '1000' }, rural: { yuan: '900' } } },
          tekun: { basic: { urban: derived('lowIncome.line.urban') } },
          lowIncome: { line: { urban: derived('tekun.basic.urban') } },
        },
      },
      {
        id: 'county',
        region: '320402',
        effective: { from: '2017-01-01' },
        source,
        params: { dibao: { standard: { urban: { yuan: '900' }, rural: { yuan: '800' } } } },
      },
    ],
  });
  if (!r.ok) throw r.error;
  return r.value;
}

describe('the value reader of the table checks', () => {
  it('gives the values and missing paths of evaluateFigure on every fixture resolution', () => {
    let compared = 0;
    const read = valueReader();
    for (const file of ['bundled.json', 'examples.json', 'local-rules.json']) {
      const table = loadTable(file);
      for (const e of table.entries) {
        const r = resolveStandards(table, { region: e.region, on: e.effective.from });
        if (!r.ok) continue;
        for (const area of ['urban', 'rural'] as Area[])
          for (const path of [
            'dibao.standard.@area',
            'lowIncome.line.@area',
            'tekun.basic.@area',
            'tekun.basic.concentrated.@area',
            'singlePerson.householdIncome.below',
          ]) {
            const a = read.path(r.value, path, area);
            const b = RESOLVED_READER.path(r.value, path, area);
            expect(
              'missing' in a ? { missing: a.missing } : { ...a, value: a.value.toString() },
            ).toEqual(
              'missing' in b
                ? { missing: b.missing }
                : {
                    path: b.path,
                    value: b.value.toString(),
                    per: b.per,
                  },
            );
            compared++;
          }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('a cycle of derived figures: the findings of evaluateFigure, deeper-than-8 path and all', () => {
    const t = cyclicTable();
    const fast = checkStandards(t);
    expect(fast).toEqual(checkStandardsByResolution(t));
    const missing = fast.filter((f) => f.code === 'missing_base');
    // Both figures of the cycle miss the base found first (evaluateFigure's memo, in the order
    // of the parameters): a value read from each figure alone would name each figure itself.
    expect(missing.map((f) => [f.path, f.entryId, f.values.missing, f.values.regions])).toEqual([
      ['lowIncome.line.urban', 'city', 'lowIncome.line.urban (derivation deeper than 8)', '2'],
      ['tekun.basic.urban', 'city', 'lowIncome.line.urban (derivation deeper than 8)', '2'],
    ]);
  });

  it('a derived figure kept by its base: counties that change only its base get their own value', () => {
    // The city's 低收入 line is 99 × the 低保 standard: within the amount limit for the city and
    // the first county, beyond it for the second; the first county's value must not be reused
    // for the second, nor the second's for the third (the first's base again).
    const line = { multiple: '99', of: 'dibao.standard.urban', round: { unit: '1', mode: 'up' } };
    const standard = (urban: string) => ({ dibao: { standard: { urban: { yuan: urban } } } });
    const entry = (id: string, region: string, params: unknown) => ({
      id,
      region,
      effective: { from: '2016-01-01' },
      source,
      params,
    });
    const r = parseStandardsTable({
      id: 'derived-by-base',
      entries: [
        entry('national', '100000', loadTable('bundled.json').entries[0]?.params),
        entry('city', '320400', { ...standard('1000'), lowIncome: { line: { urban: line } } }),
        entry('county-a', '320402', standard('2000')),
        entry('county-b', '320404', standard('20000000')),
        entry('county-c', '320411', standard('2000')),
      ],
    });
    if (!r.ok) throw r.error;
    const fast = checkStandards(r.value);
    expect(fast).toEqual(checkStandardsByResolution(r.value));
    const out = fast.filter((f) => f.code === 'figure_out_of_range');
    expect(out.map((f) => [f.path, f.entryId, f.values.value, f.values.regions])).toEqual([
      ['lowIncome.line.urban', 'city', '1980000000', '1'],
    ]);
    const read = valueReader();
    const values = ['320400', '320402', '320404', '320411', '320402'].map((region) => {
      const std = resolveStandards(r.value, { region, on: '2016-06-01' });
      if (!std.ok) throw std.error;
      const v = read.path(std.value, 'lowIncome.line.urban', 'urban');
      return 'missing' in v ? v.missing : v.value.toString();
    });
    expect(values).toEqual(['99000', '198000', '1980000000', '198000', '198000']);
  });
});
