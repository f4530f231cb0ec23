import { describe, expect, it } from 'vitest';
import { assessPremiumSubsidy } from '../../src/index';
import { household, nanzheng } from '../special-aid/helpers';

const dibaoMember = (extra: Record<string, unknown>) =>
  household({
    id: 'h',
    region: '610721',
    area: 'rural',
    status: { dibao: true },
    members: [
      {
        id: 'a',
        livesWithHousehold: true,
        birthDate: '1980-01-01',
        tekun: false,
        disability: null,
        seriousIllness: false,
        ...extra,
      },
    ],
    incomes: [],
  });

describe('assessPremiumSubsidy (R9, 汉政办发〔2016〕57号 三(三))', () => {
  it('a 低保 member who lost labour capacity gets half of 180', () => {
    const d = assessPremiumSubsidy(dibaoMember({ labourCapacity: 'none' }), nanzheng());
    expect(d.amount?.total).toBe('90.00');
  });

  it('a 低保 member able to work gets nothing', () => {
    const d = assessPremiumSubsidy(dibaoMember({ labourCapacity: 'full' }), nanzheng());
    expect(d.outcome).toBe('ineligible');
    expect(d.reasons.map((r) => r.code)).toContain('no_premium_subsidy');
  });

  it('a member of a 低保 household whose co-residence is not stated: undetermined, naming it', () => {
    const d = assessPremiumSubsidy(
      dibaoMember({ labourCapacity: 'none', livesWithHousehold: undefined }),
      nanzheng(),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'members[0].livesWithHousehold',
    ]);
    // Stated a 低保 recipient in person: half of 180, co-residence or not.
    const own = assessPremiumSubsidy(
      dibaoMember({ labourCapacity: 'none', livesWithHousehold: undefined, dibaoRecipient: true }),
      nanzheng(),
    );
    expect(own.amount?.total).toBe('90.00');
  });

  it('unknown labour capacity is a missing fact', () => {
    const d = assessPremiumSubsidy(dibaoMember({}), nanzheng());
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'members[0].labourCapacity',
    ]);
  });

  it('a grade-2 disabled 低保 member qualifies; grade 3 does not', () => {
    const two = dibaoMember({
      labourCapacity: 'partial',
      disability: { category: 'visual', grade: 2 },
    });
    const three = dibaoMember({
      labourCapacity: 'partial',
      disability: { category: 'visual', grade: 3 },
    });
    expect(assessPremiumSubsidy(two, nanzheng()).amount?.total).toBe('90.00');
    expect(assessPremiumSubsidy(three, nanzheng()).outcome).toBe('ineligible');
  });
});
