import { describe, expect, it } from 'vitest';
import { assessDisabilitySubsidies, type StandardsTableInput } from '../../src/index';
import { household, inlineStandards, standards } from '../special-aid/helpers';

/** A test table: grade 1–2 care; grade 3–4 intellectual/mental from 2021-02-16; 6 months. */
const table: StandardsTableInput = {
  id: 't',
  entries: [
    {
      id: 'e',
      region: '320400',
      effective: { from: '2020-01-01' },
      illustrative: 'test table',
      params: {
        disabilitySubsidy: {
          living: {
            grants: [
              { id: 'dibao', groups: ['dibao'] },
              { id: 'low-income-2021', groups: ['low-income'], from: '2021-02-16' },
            ],
            excludeGroups: ['tekun'],
            amount: { yuan: '60.5' },
          },
          care: {
            grants: [
              { id: 'grade-1-2', grades: [1, 2] },
              {
                id: 'ext',
                grades: [3, 4],
                categories: ['intellectual', 'mental'],
                from: '2021-02-16',
              },
            ],
            minCareMonths: 6,
            amount: { yuan: '75' },
          },
          rounding: { unit: '1', mode: 'up' },
        },
      },
    },
  ],
};
const std = (on: string) => inlineStandards(table, '320402', on);
const one = (status: Record<string, unknown>, member: Record<string, unknown>) =>
  household({
    id: 'h',
    region: '320402',
    area: 'urban',
    status,
    members: [{ id: 'a', livesWithHousehold: true, ...member }],
    incomes: [],
  });

describe('assessDisabilitySubsidies (R12)', () => {
  const mental4 = {
    disability: { category: 'mental', grade: 4 },
    carePeriodMonths: 12,
    tekun: false,
  };

  it('the grade 3–4 mental extension starts on its date', () => {
    const h = one({ dibao: false, lowIncome: false }, mental4);
    expect(assessDisabilitySubsidies(h, std('2021-02-15')).outcome).toBe('ineligible');
    expect(assessDisabilitySubsidies(h, std('2021-02-16')).amount?.total).toBe('75.00');
  });

  it('grade 3 physical gets no care subsidy even after the extension', () => {
    const h = one(
      { dibao: false, lowIncome: false },
      { ...mental4, disability: { category: 'physical', grade: 3 } },
    );
    expect(assessDisabilitySubsidies(h, std('2021-03-01')).outcome).toBe('ineligible');
  });

  it.each([
    [5, 'ineligible'],
    [6, 'eligible'],
  ])('grade 2 with %i months of care is %s for the care subsidy', (months, outcome) => {
    const h = one(
      { dibao: false, lowIncome: false },
      { ...mental4, disability: { category: 'visual', grade: 2 }, carePeriodMonths: months },
    );
    expect(assessDisabilitySubsidies(h, std('2021-03-01')).outcome).toBe(outcome);
  });

  it('living 60.5 + care 75 = 135.5, rounded up once to 136 with a rounding line', () => {
    const h = one({ dibao: true }, { ...mental4, disability: { category: 'physical', grade: 1 } });
    const d = assessDisabilitySubsidies(h, std('2021-03-01'));
    expect(d.amount?.total).toBe('136.00');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['living', '60.5'],
      ['care', '75'],
      ['rounding', '0.5'],
    ]);
  });

  it('excluded groups (特困 here) get no living subsidy', () => {
    const h = one(
      { dibao: true },
      {
        ...mental4,
        tekun: true,
        carePeriodMonths: 0,
        disability: { category: 'physical', grade: 1 },
      },
    );
    expect(assessDisabilitySubsidies(h, std('2021-03-01')).outcome).toBe('ineligible');
  });

  it('unknown care months are a missing fact', () => {
    const h = one(
      { dibao: false, lowIncome: false },
      { disability: { category: 'physical', grade: 1 }, tekun: false },
    );
    const d = assessDisabilitySubsidies(h, std('2021-03-01'));
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'members[0].carePeriodMonths',
    ]);
  });

  it('bundled national entry: no amount there, so 常州 supplies it; other regions are undetermined', () => {
    const h = household({
      id: 'h',
      region: '640104',
      area: 'urban',
      status: { dibao: true },
      members: [
        {
          id: 'a',
          birthDate: '1980-01-01',
          disability: { category: 'physical', grade: 1 },
          carePeriodMonths: 12,
        },
      ],
      incomes: [],
    });
    const d = assessDisabilitySubsidies(h, standards('bundled.json', '640104', '2021-09-01'));
    expect(d.outcome).toBe('undetermined');
    expect(
      d.reasons
        .filter((r) => r.code === 'missing_parameter')
        .map((r) => (r.code === 'missing_parameter' ? r.parameter : '')),
    ).toEqual(['disabilitySubsidy.living.amount', 'disabilitySubsidy.care.amount']);
  });
});
