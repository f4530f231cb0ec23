import { describe, expect, it } from 'vitest';
import { type HouseholdInput, rankHouseholds, scorePoverty } from '../../src/index';
import { household, yangjiang } from '../special-aid/helpers';

/** One member aged 40, no conditions, able to work; wage per month; assets given. */
const simple = (id: string, wage: number, vehicles = 0): HouseholdInput => ({
  id,
  region: '441702',
  area: 'rural',
  members: [
    {
      id: 'a',
      livesWithHousehold: true,
      birthDate: '1977-01-01',
      seriousIllness: false,
      disability: null,
      labourCapacity: 'full',
    },
  ],
  incomes: [{ memberId: 'a', type: 'wage', amount: wage, period: 'month' }],
  assets: { financial: 10000, vehicles, housingUnits: 2 },
});

describe('scorePoverty (R13, 阳府办〔2017〕8号 二(二)四)', () => {
  it.each([
    [399.99, '30'],
    [400, '20'],
    [599.99, '20'],
    [600, '0'],
  ])('per-capita income %s scores %s (below is strict)', (wage, points) => {
    const s = scorePoverty(household(simple('h', wage)), yangjiang(), { democraticScore: 0 });
    expect(s.components.income).toBe(points);
  });

  it('weights the democratic score exactly: 0.7 × 20 + 0.3 × 33.33 = 23.999', () => {
    // income 500 → 20 points; vehicles 1 → 0; houses 2 → 0; financial 10 000 → 0; health 0.
    const s = scorePoverty(household(simple('h', 500, 1)), yangjiang(), {
      democraticScore: '33.33',
    });
    expect(s.components.quantified).toBe('20');
    expect(s.score).toBe('23.999');
  });

  it('a democratic score above the scale is not used', () => {
    const s = scorePoverty(household(simple('h', 500)), yangjiang(), { democraticScore: 101 });
    expect(s.outcome).toBe('undetermined');
    expect(s.reasons.map((r) => r.code)).toContain('democratic_score_out_of_range');
  });
});

describe('rankHouseholds', () => {
  const std = yangjiang();
  const batch = [
    { household: simple('b', 500), standards: std, democraticScore: '50' },
    { household: simple('a', 500), standards: std, democraticScore: '50' },
    { household: simple('c', 100), standards: std, democraticScore: '50' },
    { household: simple('d', 500), standards: std },
  ];

  it('ranks poorest first, ties by household id, unscored apart', () => {
    const r = rankHouseholds(batch);
    // c: income 100 → 40 + no vehicle 10 = 50 → 0.7 × 50 + 15 = 50; a, b: 30 × 0.7 + 15 = 36.
    expect(r.ranked).toEqual([
      { rank: 1, householdId: 'c', score: '50' },
      { rank: 2, householdId: 'a', score: '36' },
      { rank: 3, householdId: 'b', score: '36' },
    ]);
    expect(r.unscored).toEqual([{ householdId: 'd' }]);
  });

  it('does not depend on the input order', () => {
    expect(rankHouseholds([...batch].reverse()).ranked).toEqual(rankHouseholds(batch).ranked);
  });
});
