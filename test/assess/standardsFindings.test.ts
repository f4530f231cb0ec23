import { describe, expect, it } from 'vitest';
import { assess, assessmentSchema, parseStandardsTable } from '../../src/index';
import { loadTable } from '../fixtures/load';

// Issue 20 item 10: assess carries the table checks (R8) for the standards it used. 特困 basic
// (rural) 1200 < 1.3 × 940 = 1222 (常州 2021 二): paid as the table says, and flagged.
const source = { document: 'Doc', clause: '一', published: '2021-01-01' };

function table(basic: string) {
  const r = parseStandardsTable({
    id: 't',
    entries: [
      {
        id: 'c',
        region: '320400',
        effective: { from: '2021-07-01' },
        source,
        params: {
          dibao: { standard: { rural: { yuan: '940' } }, assets: 'not-tested' },
          tekun: { basic: { rural: { yuan: basic } }, basicFloorMultiple: '1.3' },
        },
      },
    ],
  });
  if (!r.ok) throw r.error;
  return r.value;
}

const household = {
  id: 'h',
  region: '320412',
  area: 'rural' as const,
  members: [{ id: 'a', livesWithHousehold: true }],
  incomes: [],
};

describe('assess carries the table checks of the resolved standards', () => {
  it('a 特困 basic standard of 1200 below 1.3 × 940 = 1222 is flagged (gap 22)', () => {
    const a = assess(household, table('1200'), { on: '2021-08-01' });
    expect(a.standardsFindings).toEqual([
      {
        severity: 'error',
        code: 'tekun_basic_below_floor',
        entryId: 'c',
        region: '320412',
        on: '2021-08-01',
        path: 'tekun.basic.rural',
        values: {
          basic: '1200',
          dibaoStandard: '940',
          multiple: '1.3',
          floor: '1222',
          gap: '22',
        },
      },
    ]);
    expect(assessmentSchema.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
  });

  it('exactly at the floor (1222): no finding', () => {
    expect(assess(household, table('1222'), { on: '2021-08-01' }).standardsFindings).toEqual([]);
  });

  it('the bundled 常州 standards pass: no finding', () => {
    const a = assess(household, loadTable('bundled.json'), { on: '2021-08-01' });
    expect(a.standardsFindings).toEqual([]);
  });
});
