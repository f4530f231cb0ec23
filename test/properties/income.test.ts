import { describe, expect, it } from 'vitest';
import {
  assessDibao,
  type Determination,
  parseStandardsTable,
  resolveStandards,
  type StandardsTableInput,
} from '../../src/index';

/**
 * Employment-cost and expenditure deductions (R1) worked by hand. 常州-like table: standard 940,
 * gap method, rounding to the fen. Household: 3 co-resident members; m0 earns 1894 yuan a month
 * in wages; without deductions the gap is 940 × 3 − 1894 = 926.
 */
const ON = '2021-07-01';
function std(income: Record<string, unknown>) {
  const t = parseStandardsTable({
    id: 't',
    entries: [
      {
        id: 'e',
        region: '320400',
        effective: { from: '2021-01-01' },
        illustrative: 'test',
        params: {
          income,
          dibao: {
            standard: { urban: { yuan: '940' } },
            payment: { method: 'gap' },
            rounding: { unit: '0.01', mode: 'half-up' },
            assets: 'not-tested',
          },
        },
      },
    ],
  } as StandardsTableInput);
  if (!t.ok) throw t.error;
  const r = resolveStandards(t.value, { region: '320400', on: ON });
  if (!r.ok) throw r.error;
  return r.value;
}
const household = (employment: string | undefined, extra: Record<string, unknown> = {}) => ({
  id: 'h',
  region: '320400',
  area: 'urban' as const,
  members: [
    { id: 'm0', livesWithHousehold: true, ...(employment ? { employment } : {}) },
    { id: 'm1', livesWithHousehold: true, employment: 'employed' },
    { id: 'm2', livesWithHousehold: true },
  ],
  incomes: [{ memberId: 'm0', type: 'wage', amount: 1894, period: 'month' }],
  ...extra,
});
const employment = (rule: Record<string, unknown>) => ({
  deductions: {
    employment: { incomeTypes: ['wage'], employment: ['employed', 'flexible'], ...rule },
  },
});
const run = (income: Record<string, unknown>, emp: string | null = 'employed', extra = {}) =>
  assessDibao(household(emp ?? undefined, extra) as never, std(income));
const missingParams = (d: Determination) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('employment-cost deduction (hand-worked)', () => {
  it('fixed 100 per working member: counted 1894 − 100 = 1794; gap 2820 − 1794 = 1026', () => {
    const d = run(employment({ basis: 'fixed', amount: { yuan: '100' } }));
    expect(d.values.deductions).toBe('100');
    expect(d.amount?.total).toBe('1026.00');
  });
  it('share of the standard 0.2 × 940 = 188: counted 1706; gap 1114', () => {
    expect(run(employment({ basis: 'share-of-standard', share: '0.2' })).amount?.total).toBe(
      '1114.00',
    );
  });
  it('share of income 0.5 × 1894 = 947, capped at 300: counted 1594; gap 1226', () => {
    const d = run(employment({ basis: 'share-of-income', share: '0.5', cap: { yuan: '300' } }));
    expect(d.values.deductions).toBe('300');
    expect(d.amount?.total).toBe('1226.00');
    // uncapped: counted 947; gap 2820 − 947 = 1873
    expect(run(employment({ basis: 'share-of-income', share: '0.5' })).amount?.total).toBe(
      '1873.00',
    );
  });
  it('never more than the work income: fixed 5000 on 1894 deducts 1894; gap 2820', () => {
    const d = run(employment({ basis: 'fixed', amount: { yuan: '5000' } }));
    expect(d.values.deductions).toBe('1894');
    expect(d.amount?.total).toBe('2820.00');
  });
  it('a member not working is not deducted; an unknown employment is a missing fact', () => {
    expect(
      run(employment({ basis: 'fixed', amount: { yuan: '100' } }), 'unemployed').amount?.total,
    ).toBe('926.00');
    const d = run(employment({ basis: 'fixed', amount: { yuan: '100' } }), null);
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'members[0].employment',
    ]);
  });
  it('a rule without its amount, share, cap figure or standard is a missing parameter', () => {
    const nope = { multiple: '1', of: 'dibao.none', round: { unit: '1', mode: 'up' } };
    const cases: [Record<string, unknown>, string][] = [
      [{ basis: 'fixed' }, 'income.deductions.employment.amount'],
      [{ basis: 'fixed', amount: nope }, 'dibao.none'],
      [{ basis: 'share-of-income' }, 'income.deductions.employment.share'],
      [{ basis: 'share-of-standard' }, 'income.deductions.employment.share'],
      [{ basis: 'share-of-income', share: '0.5', cap: nope }, 'dibao.none'],
    ];
    for (const [rule, parameter] of cases) {
      const d = run(employment(rule));
      expect(d.outcome, parameter).toBe('undetermined');
      expect(missingParams(d)).toContain(parameter);
    }
  });
});

describe('expenditure deductions (hand-worked)', () => {
  const med = (cap?: Record<string, unknown>) => ({
    deductions: { medical: { share: '1', ...(cap ? { cap } : {}) } },
  });
  const spent = {
    expenditures: [
      { memberId: 'm2', kind: 'medical', amount: 1200, period: 'year' },
      { kind: 'medical', amount: 50, period: 'month' },
    ],
  };
  it('medical 1200 a year = 100 a month, plus 50 for the household: counted 1744; gap 1076', () => {
    const d = run(med(), 'employed', spent);
    expect(d.values.deductions).toBe('150');
    expect(d.amount?.total).toBe('1076.00');
  });
  it('capped at 120 a month: counted 1774; gap 1046; a cap figure that is missing leaves it undetermined', () => {
    expect(run(med({ yuan: '120' }), 'employed', spent).amount?.total).toBe('1046.00');
    const d = run(
      med({ multiple: '1', of: 'dibao.none', round: { unit: '1', mode: 'up' } }),
      'employed',
      spent,
    );
    expect(d.outcome).toBe('undetermined');
    expect(missingParams(d)).toContain('dibao.none');
  });
  it('deductions larger than income floor counted income at 0: gap 2820', () => {
    const d = run(med(), 'employed', {
      expenditures: [{ kind: 'medical', amount: 5000, period: 'month' }],
    });
    expect(d.values.countedIncome).toBe('0');
    expect(d.amount?.total).toBe('2820.00');
  });
});
