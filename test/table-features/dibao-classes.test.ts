import { describe, expect, it } from 'vitest';
import { checkStandards } from '../../src/check-standards/index';
import {
  assessDibao,
  type HouseholdInput,
  outlayByDibaoClass,
  parseStandardsTable,
  renderMessage,
  resolveStandards,
  stepMessage,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

// local-rules.json, 430100: standards 800 urban / 600 rural; classes A 0.75 × standard (rounded
// up to the yuan: 600 urban, 450 rural), B 300, C 150 per person.
const std = (() => {
  const r = resolveStandards(loadTable('local-rules.json'), { region: '430121', on: '2021-08-01' });
  if (!r.ok) throw r.error;
  return r.value;
})();

function household(
  dibaoClass: string | undefined,
  income = '900',
  area: 'urban' | 'rural' = 'rural',
): HouseholdInput {
  return {
    id: `h-${dibaoClass}-${income}-${area}`,
    region: '430121',
    area,
    members: ['a', 'b', 'c'].map((id) => ({ id, livesWithHousehold: true })),
    incomes: [{ memberId: 'a', type: 'wage', amount: income, period: 'month' }],
    ...(dibaoClass === undefined ? {} : { status: { dibaoClass } }),
  };
}

describe('payment by household class (分类定额)', () => {
  it('pays the class amount per person whatever the income below the standard', () => {
    expect(assessDibao(household('A'), std).amount?.total).toBe('1350.00'); // 450 × 3
    expect(assessDibao(household('B'), std).amount?.total).toBe('900.00');
    expect(assessDibao(household('C'), std).amount?.total).toBe('450.00');
    expect(assessDibao(household('C', '0'), std).amount?.total).toBe('450.00');
    expect(assessDibao(household('C', '1799.99'), std).amount?.total).toBe('450.00');
    expect(assessDibao(household('A', '900', 'urban'), std).amount?.total).toBe('1800.00'); // 600 × 3
  });

  it('keeps the income test: at the standard the class does not matter', () => {
    const d = assessDibao(household('A', '1800'), std); // 600 per capita = standard
    expect(d.outcome).toBe('ineligible');
    expect(d.amount).toBeNull();
  });

  it('an unstated class is a missing fact; a class the table lacks is a missing parameter', () => {
    const unknown = assessDibao(household(undefined), std);
    expect(unknown.outcome).toBe('undetermined');
    expect(unknown.reasons).toContainEqual(
      expect.objectContaining({ code: 'missing_fact', paths: ['status.dibaoClass'] }),
    );
    const other = assessDibao(household('D'), std);
    expect(other.outcome).toBe('undetermined');
    expect(other.reasons).toContainEqual(
      expect.objectContaining({ code: 'missing_parameter', parameter: 'dibao.payment.classes.D' }),
    );
  });

  it('traces the class with its label and the figure used', () => {
    const d = assessDibao(household('A'), std);
    const step = d.trace.find((s) => s.rule === 'dibao.amount.classes');
    expect(step?.values).toEqual({ dibaoClass: 'A', baseAmount: '1350' });
    expect(step?.parameters?.map((p) => p.parameter)).toEqual([
      'dibao.payment.classes.0.perPerson',
    ]);
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toBe(
      '分类定额：家庭为 A类（一类）（A），每人 450.00 元 × 3 人 = 1350.00 元/月',
    );
    expect(renderMessage(stepMessage(step!), 'en')).toBe(
      'payment by class: the household is in class A (A), 450.00 yuan × 3 member(s) = 1350.00 yuan/month',
    );
  });

  it('sums the monthly outlay by class over a batch', () => {
    const ds = [
      assessDibao(household('A'), std),
      assessDibao(household('B'), std),
      assessDibao(household('A', '0'), std),
      assessDibao(household(undefined), std), // undetermined: left out
      assessDibao(household('B', '1800'), std), // ineligible: left out
    ];
    expect(outlayByDibaoClass(ds)).toEqual({
      A: { households: 2, total: '2700.00' },
      B: { households: 1, total: '900.00' },
    });
  });

  it('checkStandards finds a repeated class and classes out of order', () => {
    const src = { document: 'd', clause: '一', published: '2021-01-01' };
    const cls = (id: string, yuan: string) => ({
      id,
      label: { 'zh-CN': id, en: id },
      perPerson: { yuan },
    });
    const t = parseStandardsTable({
      id: 't',
      entries: [
        {
          id: 'c',
          region: '430100',
          effective: { from: '2021-01-01' },
          source: src,
          params: {
            dibao: {
              standard: { rural: { yuan: '600' } },
              payment: {
                method: 'classes',
                classes: [cls('A', '300'), cls('B', '450'), cls('A', '100')],
              },
            },
          },
        },
      ],
    });
    if (!t.ok) throw t.error;
    expect(checkStandards(t.value).map((f) => [f.code, f.severity, f.path])).toEqual([
      ['classes_overlap', 'error', 'dibao.payment.classes.2'],
      ['classes_unordered', 'warning', 'dibao.payment.classes.1'],
    ]);
  });
});
