import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  assess,
  type HouseholdInput,
  InputError,
  parseHousehold,
  parseStandardsTable,
  phaseOutPeriod,
} from '../../src/index';
import { daysIn, type Ymd, ymdArb, ymdText } from '../arbitraries/dates';
import { RUNS } from '../arbitraries/runs';
import { loadTable } from '../fixtures/load';

// Issue 16.3: dates at the calendar's ends. Accepted dates are 1900-01-01 … 2199-12-31 (an input
// error with the path otherwise); month arithmetic is exact for every year 0000–9999.

const table = loadTable('bundled.json');

const phaseOutHousehold = (start: string): HouseholdInput => ({
  id: 'h',
  region: '320400',
  area: 'urban',
  members: [{ id: 'a', livesWithHousehold: true, birthDate: '1980-01-01' }],
  incomes: [{ memberId: 'a', type: 'wage', amount: 1894, period: 'month' }],
  status: { dibao: true, phaseOut: { start, trigger: 'employment' } },
});

function addMonthsOracle(a: Ymd, k: number): Ymd {
  const index = a.y * 12 + (a.m - 1) + k;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(a.d, daysIn(y, m)) };
}

describe('a 渐退期 starting at the end of the calendar', () => {
  for (const start of ['9999-12-01', '0000-01-31']) {
    it(`${start}: an input error at status.phaseOut.start, never a RangeError`, () => {
      const r = parseHousehold(phaseOutHousehold(start));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.issues.map((i) => i.pathText)).toEqual(['status.phaseOut.start']);
      expect(r.error.issues[0]?.message.en).toBe(
        'expected a date between 1900-01-01 and 2199-12-31',
      );
      expect(r.error.issues[0]?.message['zh-CN']).toContain(
        '日期须在 1900-01-01 至 2199-12-31 之间',
      );
      let thrown: unknown;
      try {
        assess(phaseOutHousehold(start), table, { on: '2021-08-01' });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(InputError);
    });
  }

  it('the last accepted start, with the longest period a table may set, stays in four-digit years', () => {
    expect(phaseOutPeriod('2199-12-31', 120, '2199-12-31')).toMatchObject({
      end: '2209-12-30',
      status: 'in',
      monthOfPeriod: 1,
    });
    expect(phaseOutPeriod('1900-01-01', 120, '9999-12-31')).toMatchObject({
      end: '1909-12-31',
      status: 'after',
    });
  });
});

describe('the accepted years', () => {
  const birth = (birthDate: string) =>
    parseHousehold({
      id: 'h',
      region: '320400',
      members: [{ id: 'a', birthDate }],
      incomes: [],
    });
  it('1900-01-01 and 2199-12-31 are accepted; 1899-12-31 and 2200-01-01 are not', () => {
    expect(birth('1900-01-01').ok).toBe(true);
    expect(birth('2199-12-31').ok).toBe(true);
    expect(birth('1899-12-31').ok).toBe(false);
    expect(birth('2200-01-01').ok).toBe(false);
  });

  it('text that is no date gets one issue (the format), not two', () => {
    for (const text of ['garbage', '2021-02-30', '21-01-01']) {
      const r = birth(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues).toHaveLength(1);
    }
  });

  it('a table dated 9999 is refused with its path', () => {
    const raw = {
      id: 't',
      entries: [
        {
          id: 'e',
          region: '100000',
          effective: { from: '9999-01-01' },
          illustrative: 'test',
          params: {},
        },
      ],
    };
    const r = parseStandardsTable(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toContain('entries[0].effective.from');
  });
});

describe('addCalendarMonths across the whole of 0000–9999', () => {
  it('hand-worked: year 0 is a leap year and is written 0000', () => {
    expect(addCalendarMonths('0000-06-15', 1)).toBe('0000-07-15');
    expect(addCalendarMonths('0000-01-31', 1)).toBe('0000-02-29');
    expect(addCalendarMonths('0001-01-15', -1)).toBe('0000-12-15');
    expect(addCalendarMonths('9999-06-30', 6)).toBe('9999-12-30');
  });

  it('a result outside 0000–9999 is a RangeError naming the cause, before any Date is made', () => {
    expect(() => addCalendarMonths('9999-12-01', 1)).toThrow(/after 9999 or before 0000/);
    expect(() => addCalendarMonths('0000-01-31', -1)).toThrow(/after 9999 or before 0000/);
    expect(() => addCalendarMonths('2021-02-30', 1)).toThrow(RangeError);
  });

  it('agrees with a y/m/d oracle', () => {
    fc.assert(
      fc.property(ymdArb(0, 9999), fc.integer({ min: -1200, max: 1200 }), (a, k) => {
        const want = addMonthsOracle(a, k);
        if (want.y < 0 || want.y > 9999) return;
        expect(addCalendarMonths(ymdText(a), k)).toBe(ymdText(want));
      }),
      { numRuns: RUNS },
    );
  });
});
