import { describe, expect, it } from 'vitest';
import { checkStandards } from '../../src/check-standards/index';
import {
  assessDibao,
  type HouseholdInput,
  parseStandardsTable,
  renderMessage,
  resolveStandards,
  stepMessage,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

// local-rules.json, 210100: standards 700 urban / 600 rural; whole standard for grade 1–2
// disability or no labour capacity; others the gap per person, at least 80 urban / 50 rural.
const std = (() => {
  const r = resolveStandards(loadTable('local-rules.json'), { region: '210112', on: '2021-08-01' });
  if (!r.ok) throw r.error;
  return r.value;
})();

type Member = HouseholdInput['members'][number];
const plain = (id: string, over: Partial<Member> = {}): Member => ({
  id,
  livesWithHousehold: true,
  disability: null,
  labourCapacity: 'full',
  ...over,
});
const disabled = plain('a', { disability: { category: 'physical', grade: 1 } });

function household(
  income: string,
  members: Member[],
  area: 'urban' | 'rural' = 'rural',
): HouseholdInput {
  return {
    id: 'h',
    region: '210112',
    area,
    members,
    incomes: [{ memberId: members[0]!.id, type: 'wage', amount: income, period: 'month' }],
  };
}

describe('whole standard for named groups, the gap for the others (dibao.fullStandard)', () => {
  const three = [disabled, plain('b'), plain('c')];
  // Rural 600, floor 50, 3 members with one in a group: 600 + 2 × max(600 − I/3, 50).
  const cases: [string, string][] = [
    ['1500', '800.00'], // 500 each: share 100
    ['1000', '1133.33'], // 333.33…: 600 + 2 × 266.666… = 1133.333…
    ['1649.97', '700.02'], // 549.99: share 50.01 (above the floor)
    ['1650', '700.00'], // 550: share 50 = floor (not below)
    ['1650.03', '700.00'], // 550.01: share 49.99 → floor 50
    ['1799.99', '700.00'], // 599.996…: share 0.003… → floor 50
  ];
  for (const [income, amount] of cases) {
    it(`counted ${income} → ${amount}`, () => {
      expect(assessDibao(household(income, three), std).amount?.total).toBe(amount);
    });
  }

  it('the income test still applies (1800 = 600 × 3 is not below)', () => {
    expect(assessDibao(household('1800', three), std).outcome).toBe('ineligible');
  });

  it('pays every member in a group the whole standard; urban uses the urban floor', () => {
    const all = [disabled, plain('b', { labourCapacity: 'none' })];
    expect(assessDibao(household('1000', all), std).amount?.total).toBe('1200.00');
    // urban 700, floor 80: 700 + max(700 − 2090/3, 80) × 2 = 700 + 80 × 2 = 860
    expect(assessDibao(household('2090', three, 'urban'), std).amount?.total).toBe('860.00');
  });

  it('an undecidable group condition is a missing fact', () => {
    const d = assessDibao(
      household('1500', [disabled, plain('b', { disability: undefined }), plain('c')]),
      std,
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons).toContainEqual(
      expect.objectContaining({ code: 'missing_fact', paths: ['members[1].disability'] }),
    );
  });

  it('traces each member in a group and the others, with breakdown lines per member', () => {
    const d = assessDibao(household('1650.03', three), std);
    const steps = d.trace.filter((s) => s.rule === 'dibao.amount.full-standard');
    expect(steps.map((s) => renderMessage(stepMessage(s), 'zh-CN'))).toEqual([
      '成员 a 属于重度残疾人，按低保标准全额 600.00 元/月保障',
      '其余 2 人按差额保障：600.00 − 人均收入 550.01 = 49.99 元/人，低于每人最低 50.00 元，按 50.00 元，合计 100.00 元/月',
    ]);
    expect(renderMessage(stepMessage(steps[1]!), 'en')).toContain(
      'below the floor of 50.00 yuan per person',
    );
    expect(d.amount?.breakdown.map((l) => [l.code, l.memberId, l.amount])).toEqual([
      ['full-standard', 'a', '600'],
      ['gap-share', 'b', '49.99'],
      ['others-floor', 'b', '0.01'],
      ['gap-share', 'c', '49.99'],
      ['others-floor', 'c', '0.01'],
    ]);
  });

  it('checkStandards: a whole-standard rule needs the gap payment', () => {
    const src = { document: 'd', clause: '一', published: '2021-01-01' };
    const t = parseStandardsTable({
      id: 't',
      entries: [
        {
          id: 'c',
          region: '210100',
          effective: { from: '2021-01-01' },
          source: src,
          params: {
            dibao: {
              standard: { rural: { yuan: '600' } },
              payment: {
                method: 'bands',
                bands: [{ below: { yuan: '600' }, perPerson: { yuan: '1' } }],
              },
              fullStandard: {
                groups: [
                  {
                    id: 'g',
                    label: { 'zh-CN': 'g', en: 'g' },
                    when: [{ kind: 'serious-illness' }],
                  },
                ],
              },
            },
          },
        },
      ],
    });
    if (!t.ok) throw t.error;
    expect(checkStandards(t.value).map((f) => [f.code, f.severity, f.path])).toEqual([
      ['full_standard_needs_gap', 'error', 'dibao.fullStandard'],
    ]);
  });
});
