import { describe, expect, it } from 'vitest';
import {
  assessDibao,
  type HouseholdInput,
  renderMessage,
  resolveStandards,
  stepMessage,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

// local-rules.json, 410100: standard 600; bands "100 元(含)以下 → 300/人, 100–250 元(含) → 200/人,
// 250 元以上至标准 (below 600) → 100/人"; rounding 0.01 half-up.
const std = (() => {
  const r = resolveStandards(loadTable('local-rules.json'), { region: '410102', on: '2021-08-01' });
  if (!r.ok) throw r.error;
  return r.value;
})();

function household(income: string): HouseholdInput {
  return {
    id: 'h',
    region: '410102',
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true },
      { id: 'b', livesWithHousehold: true },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: income, period: 'month' }],
  };
}

describe('bands with inclusive upper edges (atMost)', () => {
  // Two persons; each edge on both sides. Per-capita income = counted / 2.
  const cases: [string, string | null, string | null][] = [
    ['0', '600.00', 'bandAtMost'], // 0 ≤ 100
    ['199.99', '600.00', 'bandAtMost'], // 99.995 ≤ 100
    ['200', '600.00', 'bandAtMost'], // 100 ≤ 100: the edge belongs to the first band
    ['200.01', '400.00', 'bandAtMost'], // 100.005 > 100 → second band
    ['500', '400.00', 'bandAtMost'], // 250 ≤ 250
    ['500.01', '200.00', 'band'], // 250.005 > 250 → third band (below 600)
    ['1199.99', '200.00', 'band'], // 599.995 < 600
    ['1200', null, null], // 600 is not below the standard: ineligible
  ];
  for (const [income, amount, message] of cases) {
    it(`counted ${income} for 2 → ${amount ?? 'ineligible'}`, () => {
      const d = assessDibao(household(income), std);
      expect(d.amount?.total ?? null).toBe(amount);
      if (message === null) {
        expect(d.outcome).toBe('ineligible');
        return;
      }
      const step = d.trace.find((s) => s.rule === 'dibao.amount.bands');
      expect(step?.code).toBe(`dibao.${message}`);
    });
  }

  it('records the inclusive edge and renders it in both locales', () => {
    const d = assessDibao(household('200'), std);
    const step = d.trace.find((s) => s.rule === 'dibao.amount.bands');
    expect(step?.values).toMatchObject({ bandAtMost: '100', baseAmount: '600' });
    expect(step?.parameters?.map((p) => p.parameter)).toEqual([
      'dibao.payment.bands.0.atMost',
      'dibao.payment.bands.0.perPerson',
    ]);
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toBe(
      '分档发放：人均收入不高于 100.00 元（含）档，每人 300.00 元 × 2 人 = 600.00 元/月',
    );
    expect(renderMessage(stepMessage(step!), 'en')).toContain(
      'at most 100.00 yuan (edge included)',
    );
  });

  it('puts an income equal to a `below` edge above an `atMost` band of the same edge', () => {
    // below 100 and atMost 100 share the edge: 100 exactly is not below 100 → the atMost band.
    const r = resolveStandards(
      {
        ...loadTable('local-rules.json'),
        entries: loadTable('local-rules.json').entries.map((e) =>
          e.id !== 'example-bands-inclusive'
            ? e
            : {
                ...e,
                params: {
                  dibao: {
                    ...e.params.dibao,
                    payment: {
                      method: 'bands' as const,
                      bands: [
                        { atMost: { yuan: '100' }, perPerson: { yuan: '250' } },
                        { below: { yuan: '100' }, perPerson: { yuan: '300' } },
                        { below: { yuan: '600' }, perPerson: { yuan: '100' } },
                      ],
                    },
                  },
                },
              },
        ),
      },
      { region: '410102', on: '2021-08-01' },
    );
    if (!r.ok) throw r.error;
    expect(assessDibao(household('199.98'), r.value).amount?.total).toBe('600.00'); // 99.99 < 100
    expect(assessDibao(household('200'), r.value).amount?.total).toBe('500.00'); // 100 ≤ 100
    expect(assessDibao(household('200.02'), r.value).amount?.total).toBe('200.00');
  });
});
