import { describe, expect, it } from 'vitest';
import { assessDibao, type HouseholdInput, renderMessage, stepMessage } from '../../src/index';
import { oneEntryStandards } from '../support/standards';

// Issue 20 item 8 (审核确认办法 第十三条第一款第(一)项): a table that sets no employment-cost
// deduction deducts none, and the trace says so. 低保 500, 2 members, wages 600 → gap 400.
const round = { unit: '0.01' as const, mode: 'half-up' as const };
const dibao = {
  standard: { urban: { yuan: '500' } },
  payment: { method: 'gap' as const },
  rounding: round,
  assets: 'not-tested' as const,
};
const household = (incomes: HouseholdInput['incomes']): HouseholdInput => ({
  id: 'h',
  region: '320400',
  area: 'urban',
  members: [
    { id: 'a', livesWithHousehold: true, employment: 'employed' },
    { id: 'b', livesWithHousehold: true },
  ],
  incomes,
});
const step = (d: ReturnType<typeof assessDibao>) =>
  d.trace.filter((s) => s.rule === 'income.deduction.employment');

describe('employment costs: "no deduction set" is explicit in the trace', () => {
  it('wages 600 and no deduction in the table → 0 deducted, one step saying so; gap 1000 − 600 = 400', () => {
    const d = assessDibao(
      household([{ memberId: 'a', type: 'wage', amount: '600', period: 'month' }]),
      oneEntryStandards({ dibao }),
    );
    expect(d.amount?.total).toBe('400.00');
    expect(step(d).map((s) => s.values)).toEqual([
      { employmentDeduction: '0', employmentDeductionSet: 'none', membersWithWorkIncome: '1' },
    ]);
    expect(renderMessage(stepMessage(step(d)[0]!), 'zh-CN')).toBe(
      '标准表未设就业成本扣减（income.deductions.employment）：1 名有工作收入的成员不扣减就业成本',
    );
  });

  it('no work income (a pension only) → no step', () => {
    const d = assessDibao(
      household([{ memberId: 'b', type: 'pension', amount: '600', period: 'month' }]),
      oneEntryStandards({ dibao }),
    );
    expect(step(d)).toEqual([]);
  });

  it('a deduction of 30 % of wages: 180 deducted, the usual step (no "none" step)', () => {
    const d = assessDibao(
      household([{ memberId: 'a', type: 'wage', amount: '600', period: 'month' }]),
      oneEntryStandards({
        dibao,
        income: {
          deductions: {
            employment: {
              basis: 'share-of-income',
              share: '0.3',
              incomeTypes: ['wage'],
              employment: ['employed'],
            },
          },
        },
      }),
    );
    expect(step(d).map((s) => s.values)).toEqual([
      { employmentDeduction: '180', workingMembers: '1' },
    ]);
    expect(d.amount?.total).toBe('580.00');
  });
});
