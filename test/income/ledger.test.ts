import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeHouseholdIncome } from '../../src/income/computeHouseholdIncome';
import { withSharedIncome } from '../../src/income/scope';
import { parseHousehold } from '../../src/index';
import { Rational } from '../../src/money/rational';
import { Recorder } from '../../src/trace/recorder';
import { oneEntryStandards } from '../support/standards';

// Issue 14 (assess speed): in one assessment a household's income items are converted to monthly
// amounts once, and each 特困 member's own income (第六条) is read from a per-member ledger summed
// once, instead of every member's test going over every item again. What each test records is
// unchanged (test/income/shared.test.ts compares assess with every program run alone).
const std = oneEntryStandards({
  dibao: {
    standard: { urban: { yuan: '500' } },
    payment: { method: 'gap' },
    rounding: { unit: '0.01', mode: 'half-up' },
    assets: 'not-tested',
  },
});
const parsed = parseHousehold({
  id: 'h',
  region: '320400',
  area: 'urban',
  members: [
    { id: 'a', livesWithHousehold: true },
    { id: 'b', livesWithHousehold: true },
    { id: 'c', livesWithHousehold: true },
  ],
  incomes: [
    { memberId: 'a', type: 'wage', amount: '600', period: 'month' },
    { memberId: 'a', type: 'pension', amount: '1200', period: 'year' },
    { memberId: 'b', type: 'wage', amount: '300.50', period: 'month' },
    { memberId: 'c', type: 'other', amount: '120', period: 'year' },
    { type: 'property', amount: '240', period: 'year' },
  ],
});
if (!parsed.ok) throw parsed.error;
const h = parsed.value;

/** 低保's household income and each member's 特困 income, in one shared scope. */
function incomesOfOneAssessment() {
  return withSharedIncome(h, std, () => ({
    household: computeHouseholdIncome(h, std, new Recorder(), { program: 'dibao', area: 'urban' }),
    members: h.members.map((m) =>
      computeHouseholdIncome(h, std, new Recorder(m.id), {
        program: 'tekun',
        memberIds: [m.id],
        area: 'urban',
      }),
    ),
  }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('income ledger: each item converted once per assessment', () => {
  it('5 items, the household and 3 members computed: 5 conversions (each item read once), not 9', () => {
    incomesOfOneAssessment(); // the table's configuration, read once per resolution
    const parse = vi.spyOn(Rational, 'parse');
    const { household, members } = incomesOfOneAssessment();
    expect(parse).toHaveBeenCalledTimes(5);
    // The figures are those of each computation on its own: 600 + 100 + 300.5 + 10 + 20.
    expect(household.gross.toString()).toBe('1030.5');
    expect(members.map((m) => m.gross.toString())).toEqual(['700', '300.5', '10']);
    expect(members.map((m) => m.counted.toString())).toEqual(['700', '300.5', '10']);
  });

  it('a member with no item of their own counts nothing (the household’s own item is not theirs)', () => {
    const one = withSharedIncome(h, std, () =>
      computeHouseholdIncome(h, std, new Recorder('z'), {
        program: 'tekun',
        memberIds: ['c'],
        area: 'urban',
      }),
    );
    expect(one.memberIds).toEqual(['c']);
    expect(one.counted.toString()).toBe('10');
  });
});
