import { describe, expect, it } from 'vitest';
import { assessLowIncome, type HouseholdInput, renderMessage, stepMessage } from '../../src/index';
import { oneEntryStandards } from '../support/standards';

// Issue 20 item 5 (最低生活保障审核确认办法 第八条第二款): 低收入 = not meeting 低保's conditions,
// not only its income line. 低保 urban 1000, its limit 24000 per member; 低收入 line 1.5 × 1000 =
// 1500, own limit 36000 per member. Two members, 1800 a month → 900 per person (below 低保).
const round = { unit: '0.01' as const, mode: 'half-up' as const };
const std = oneEntryStandards({
  dibao: {
    standard: { urban: { yuan: '1000' } },
    assets: { financialPerCapita: { yuan: '24000' } },
  },
  lowIncome: {
    line: { urban: { multiple: '1.5', of: 'dibao.standard.urban', round } },
    assets: { limits: { financialPerCapita: { yuan: '36000' } } },
    localHukouRequired: false,
  },
});
function household(financial?: string): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true, tekun: false },
      { id: 'b', livesWithHousehold: true, tekun: false },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: '1800', period: 'month' }],
    status: { dibao: false },
    ...(financial !== undefined ? { assets: { financial } } : {}),
  };
}
const codes = (d: ReturnType<typeof assessLowIncome>) => d.reasons.map((r) => r.code);

describe('低收入: a household failing only 低保’s property test', () => {
  it('48000.02 / 2 = 24000.01 > 24000 → not a 低保 case; ≤ 36000 → low-income (eligible)', () => {
    const d = assessLowIncome(household('48000.02'), std);
    expect(d.outcome).toBe('eligible');
    expect(codes(d)).not.toContain('belongs_in_dibao');
    const step = d.trace.find((s) => s.values.dibaoProperty === 'exceeds');
    expect(step?.rule).toBe('low-income.exception.dibao');
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toBe(
      '家庭人均收入 900.00 元低于低保标准 1000.00 元，但人均金融资产（元） 24000.01 超过低保限额 24000，不符合低保条件，可按低收入家庭认定',
    );
    // 低保's comparison is tested aside: it is not a reason of this determination.
    expect(codes(d).filter((c) => c === 'assets_exceed_limit')).toEqual([]);
  });

  it('48000 / 2 = 24000, equal to 低保’s limit → within: belongs in 低保 (ineligible)', () => {
    const d = assessLowIncome(household('48000'), std);
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('belongs_in_dibao');
  });

  it('savings 80000 → 40000 > 36000 also exceeds the low-income limit → ineligible', () => {
    const d = assessLowIncome(household('80000'), std);
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('assets_exceed_limit');
    expect(codes(d)).not.toContain('belongs_in_dibao');
  });

  it('savings unknown → undetermined (whether it is a 低保 case cannot be told)', () => {
    const d = assessLowIncome(household(), std);
    expect(d.outcome).toBe('undetermined');
    // Asked by both rules (低保's property for the exception, the 低收入 limit).
    expect(
      d.reasons.flatMap((r) => (r.code === 'missing_fact' ? [`${r.rule}:${r.paths}`] : [])),
    ).toEqual([
      'low-income.exception.dibao:assets.financial',
      'low-income.eligibility.assets:assets.financial',
    ]);
  });
});
