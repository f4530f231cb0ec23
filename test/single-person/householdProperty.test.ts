import { describe, expect, it } from 'vitest';
import { assessSinglePerson, type HouseholdInput } from '../../src/index';
import { oneEntryStandards } from '../support/standards';

// Issue 20 item 6 (57号 第八条第二款): the 单人户 property test is the household's, over all its
// co-resident members, not the household's savings divided by the one member applying.
// 低保 600 with a limit of 24000 per member; 低收入 property = 低保's (sameAsDibao); window
// 1 × – 1.5 × the standard. Three members, wages 2100 (700 per person, in the window); c (grade 1,
// no income) applies. Savings 60000: 60000 / 3 = 20000 ≤ 24000 (was 60000 / 1 > 24000).
const round = { unit: '0.01' as const, mode: 'half-up' as const };
const std = oneEntryStandards(
  {
    dibao: {
      standard: { urban: { yuan: '600' }, rural: { yuan: '600' } },
      payment: { method: 'gap' },
      rounding: round,
      assets: { financialPerCapita: { yuan: '24000' } },
    },
    lowIncome: { assets: { sameAsDibao: true } },
    singlePerson: {
      categories: [
        {
          id: 'severe',
          label: { 'zh-CN': '重度残疾', en: 'severely disabled' },
          allOf: [{ kind: 'disability', grades: [1, 2] }],
        },
      ],
      householdIncome: {
        basis: 'household',
        atLeast: { multiple: '1', of: 'dibao.standard.@area', round },
        below: { multiple: '1.5', of: 'dibao.standard.@area', round },
      },
    },
  },
  { on: '2021-09-01' },
);
function household(financial: string): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true, tekun: false },
      { id: 'b', livesWithHousehold: true, tekun: false },
      {
        id: 'c',
        livesWithHousehold: true,
        tekun: false,
        disability: { category: 'physical', grade: 1 },
      },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: '2100', period: 'month' }],
    expenditures: [],
    assets: { financial },
    status: { dibao: false },
    application: { singlePersonMemberIds: ['c'] },
  };
}

describe('单人户: the household’s property, over its members', () => {
  it('60000 / 3 = 20000 ≤ 24000 → eligible 600.00 (the member alone: 600 × 1 − 0)', () => {
    const [d] = assessSinglePerson(household('60000'), std);
    expect(d?.outcome).toBe('eligible');
    expect(d?.amount?.total).toBe('600.00');
    expect(d?.reasons.find((r) => r.code === 'assets_within_limit')).toMatchObject({
      rule: 'single-person.household-property',
      actual: '20000',
      threshold: '24000',
    });
  });

  it('72000 / 3 = 24000, equal to the limit → within; 72000.03 / 3 = 24000.01 → ineligible', () => {
    expect(assessSinglePerson(household('72000'), std)[0]?.outcome).toBe('eligible');
    const [d] = assessSinglePerson(household('72000.03'), std);
    expect(d?.outcome).toBe('ineligible');
    expect(d?.reasons.find((r) => r.code === 'assets_exceed_limit')).toMatchObject({
      actual: '24000.01',
      gap: '0.01',
    });
  });
});
