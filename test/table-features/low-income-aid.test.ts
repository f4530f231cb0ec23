import { describe, expect, it } from 'vitest';
import {
  assessLowIncome,
  type HouseholdInput,
  renderMessage,
  resolveStandards,
  type StandardsTable,
  stepMessage,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

// local-rules.json, 330200: 低保 800; low-income line 1.5 × 800 = 1200; aid 0.25 × 800 = 200 per household.
function standards(aid?: unknown) {
  const base = loadTable('local-rules.json');
  const table: StandardsTable =
    aid === undefined
      ? base
      : ({
          ...base,
          entries: base.entries.map((e) =>
            e.id === 'example-low-income-aid'
              ? {
                  ...e,
                  params: { ...e.params, lowIncome: { ...e.params.lowIncome, aid } },
                }
              : e,
          ),
        } as StandardsTable);
  const r = resolveStandards(table, { region: '330203', on: '2021-08-01' });
  if (!r.ok) throw r.error;
  return r.value;
}

function household(income: string): HouseholdInput {
  return {
    id: 'h',
    region: '330203',
    area: 'urban',
    members: ['a', 'b', 'c'].map((id) => ({ id, livesWithHousehold: true, tekun: false })),
    incomes: [{ memberId: 'a', type: 'wage', amount: income, period: 'month' }],
    status: { dibao: false },
  };
}

describe('low-income aid per household (lowIncome.aid)', () => {
  const std = standards();
  // Three members: 低保 below 2400 in all, low-income line below 3600 in all.
  const cases: [string, string, string | null][] = [
    ['2399.99', 'ineligible', null], // 799.997 per capita < 800: belongs in 低保, no aid
    ['2400', 'eligible', '200.00'], // 800: not below the 低保 standard
    ['3599.99', 'eligible', '200.00'],
    ['3600', 'ineligible', null], // 1200 is not below the line
  ];
  for (const [income, outcome, amount] of cases) {
    it(`counted ${income} for 3 → ${outcome} ${amount ?? ''}`, () => {
      const d = assessLowIncome(household(income), std);
      expect(d.outcome).toBe(outcome);
      expect(d.amount?.total ?? null).toBe(amount);
      // No aid step unless recognised.
      expect(d.trace.some((s) => s.rule === 'low-income.amount.aid')).toBe(amount !== null);
    });
  }

  it('traces the derived figure and its base, in both locales', () => {
    const d = assessLowIncome(household('3000'), std);
    const step = d.trace.find((s) => s.rule === 'low-income.amount.aid');
    expect(step?.values).toEqual({ aidBasis: 'household', aidPer: '200', aid: '200' });
    expect(step?.parameters?.map((p) => p.parameter)).toEqual([
      'lowIncome.aid.amount',
      'dibao.standard.urban',
    ]);
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toBe(
      '低收入家庭救助金：每户 200.00 元/月（0.25 × 低保标准 800.00）',
    );
    expect(renderMessage(stepMessage(step!), 'en')).toBe(
      'low-income aid: 200.00 yuan per household per month (0.25 × 低保 standard 800.00)',
    );
  });

  it('pays a per-person aid × counted members, rounded by the figure (0.15 × 800 = 120 × 3)', () => {
    const d = assessLowIncome(
      household('3000'),
      standards({
        basis: 'person',
        amount: { multiple: '0.15', of: 'dibao.standard.@area', round: { unit: '10', mode: 'up' } },
      }),
    );
    expect(d.amount?.total).toBe('360.00');
  });

  it('rounds a yearly figure by the aid rounding, and is undetermined without one', () => {
    const yearly = { yuan: '1000', per: 'year' };
    const without = assessLowIncome(
      household('3000'),
      standards({ basis: 'household', amount: yearly }),
    );
    expect(without.outcome).toBe('undetermined');
    expect(without.reasons).toContainEqual(
      expect.objectContaining({ code: 'missing_parameter', parameter: 'lowIncome.aid.rounding' }),
    );
    const d = assessLowIncome(
      household('3000'),
      standards({
        basis: 'household',
        amount: yearly,
        rounding: { unit: '0.01', mode: 'half-up' },
      }),
    );
    expect(d.amount?.total).toBe('83.33');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['aid', '250/3'],
      ['rounding', '-1/300'],
    ]);
  });

  it('a missing base of the aid leaves the recognised household undetermined', () => {
    const d = assessLowIncome(
      household('3000'),
      standards({
        basis: 'household',
        amount: { multiple: '0.25', of: 'lowIncome.nowhere', round: { unit: '1', mode: 'up' } },
      }),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
  });
});
