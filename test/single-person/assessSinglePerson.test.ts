import { describe, expect, it } from 'vitest';
import { assessSinglePerson, type HouseholdInput, type StandardsTableInput } from '../../src/index';
import { oneEntryStandards } from '../support/standards';

type Params = StandardsTableInput['entries'][number]['params'];

function std(params: Params) {
  // The household's property follows 低保's rules (which state "not-tested") unless a test says.
  return oneEntryStandards(
    { lowIncome: { assets: { sameAsDibao: true } }, ...params },
    { on: '2021-09-01' },
  );
}

const round = { unit: '0.01' as const, mode: 'half-up' as const };
const dibao = {
  standard: { urban: { yuan: '600' }, rural: { yuan: '600' } },
  payment: { method: 'gap' as const },
  rounding: round,
  // Property is not what these tests are about: the table states that no limit is tested.
  assets: 'not-tested' as const,
};
const window = {
  basis: 'household' as const,
  atLeast: { multiple: '1', of: 'dibao.standard.@area', round },
  below: { multiple: '1.5', of: 'dibao.standard.@area', round },
};
// 阳江 二(一)二 style: adult, unemployed, severely disabled.
const categories = [
  {
    id: 'adult-unemployed-severe',
    label: { 'zh-CN': '成年无业重度残疾人', en: 'adult, unemployed, severely disabled' },
    allOf: [
      { kind: 'age-at-least' as const, years: 18 },
      {
        kind: 'employment' as const,
        statuses: ['unemployed' as const, 'not-in-labour-force' as const],
      },
      { kind: 'disability' as const, grades: [1, 2] },
    ],
  },
];
const params = { dibao, singlePerson: { categories, householdIncome: window } };

function household(over: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true, tekun: false, employment: 'employed' },
      {
        id: 'c',
        livesWithHousehold: true,
        tekun: false,
        birthDate: '2003-09-01',
        employment: 'unemployed',
        disability: { category: 'physical', grade: 2 },
      },
    ],
    // Household per capita 1400 / 2 = 700: ≥ 600, < 900.
    incomes: [{ memberId: 'a', type: 'wage', amount: 1400, period: 'month' }],
    status: { dibao: false },
    application: { singlePersonMemberIds: ['c'] },
    ...over,
  };
}
const codes = (d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code);
const missing = (d: { reasons: { code: string; paths?: string[] }[] }) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? (r.paths ?? []) : []));

describe('assessSinglePerson', () => {
  it('an adult (18 on the day) unemployed grade-2 member: eligible, 600 − 0 = 600.00', () => {
    const [d, ...rest] = assessSinglePerson(household(), std(params));
    expect(rest).toEqual([]);
    expect(d?.memberId).toBe('c');
    expect(d?.program).toBe('single-person');
    expect(d?.outcome).toBe('eligible');
    expect(d?.amount?.total).toBe('600.00');
    expect(d?.values).toMatchObject({ householdPerCapitaIncome: '700', windowBelow: '900' });
  });

  it('one day short of 18 (born 2003-09-02): not adult → ineligible', () => {
    const h = household();
    h.members[1] = { ...h.members[1]!, birthDate: '2003-09-02' };
    const [d] = assessSinglePerson(h, std(params));
    expect(d?.outcome).toBe('ineligible');
    expect(codes(d!)).toContain('single_person_condition_not_met');
  });

  it('an employed member does not meet the category', () => {
    const h = household();
    h.members[1] = { ...h.members[1]!, employment: 'employed' };
    expect(assessSinglePerson(h, std(params))[0]?.outcome).toBe('ineligible');
  });

  it('employment unknown, other conditions true: undetermined, missing employment', () => {
    const h = household();
    const { employment: _e, ...c } = h.members[1]!;
    h.members[1] = c;
    const [d] = assessSinglePerson(h, std(params));
    expect(d?.outcome).toBe('undetermined');
    expect(missing(d!)).toEqual(['members[1].employment']);
  });

  it('household already 低保: ineligible (already covered)', () => {
    const [d] = assessSinglePerson(household({ status: { dibao: true } }), std(params));
    expect(codes(d!)).toContain('household_already_dibao');
    expect(d?.outcome).toBe('ineligible');
  });

  it('member already 特困: ineligible', () => {
    const h = household();
    h.members[1] = { ...h.members[1]!, tekun: true };
    expect(codes(assessSinglePerson(h, std(params))[0]!)).toContain('member_already_tekun');
  });

  it('status and 特困 unknown: undetermined, both listed', () => {
    const h = household({ status: undefined });
    const { tekun: _t, ...c } = h.members[1]!;
    h.members[1] = c;
    const [d] = assessSinglePerson(h, std(params));
    expect(missing(d!).sort()).toEqual(['members[1].tekun', 'status.dibao']);
  });

  it('household per capita below the standard (1199.98 / 2 < 600): apply as a whole household', () => {
    const h = household({
      incomes: [{ memberId: 'a', type: 'wage', amount: 1199.98, period: 'month' }],
    });
    const [d] = assessSinglePerson(h, std(params));
    expect(d?.outcome).toBe('ineligible');
    const r = d?.reasons.find((x) => x.code === 'household_income_below_lower_bound');
    expect(r).toMatchObject({ threshold: '600', actual: '599.99', gap: '0.01' });
  });

  it('per capita exactly at the standard (1200 / 2 = 600) is inside the window', () => {
    const h = household({
      incomes: [{ memberId: 'a', type: 'wage', amount: 1200, period: 'month' }],
    });
    expect(assessSinglePerson(h, std(params))[0]?.outcome).toBe('eligible');
  });

  it('other-members basis: a counts alone, 1700 > 900 → ineligible', () => {
    const p = {
      dibao,
      singlePerson: { categories, householdIncome: { ...window, basis: 'other-members' as const } },
    };
    // Household per capita (1700 + 0) / 2 = 850 would be inside; a alone, 1700, is not below 900.
    const h = household({
      incomes: [{ memberId: 'a', type: 'wage', amount: 1700, period: 'month' }],
    });
    const [d] = assessSinglePerson(h, std(p));
    expect(d?.values.householdPerCapitaIncome).toBe('1700');
    expect(codes(d!)).toContain('household_income_not_below_window');
    expect(assessSinglePerson(h, std(params))[0]?.outcome).toBe('eligible');
  });

  it('other-members basis with income of the household as a whole: undetermined', () => {
    const p = {
      dibao,
      singlePerson: { categories, householdIncome: { ...window, basis: 'other-members' as const } },
    };
    const h = household({ incomes: [{ type: 'wage', amount: 1400, period: 'month' }] });
    expect(missing(assessSinglePerson(h, std(p))[0]!)).toEqual(['incomes[0].memberId']);
  });

  it("the member's own income counts alone: 650 ≥ 600 → ineligible through 低保's income test", () => {
    const h = household({
      incomes: [
        { memberId: 'a', type: 'wage', amount: 1000, period: 'month' },
        { memberId: 'c', type: 'other', amount: 650, period: 'month' },
      ],
    });
    const [d] = assessSinglePerson(h, std(params));
    expect(d?.values.householdPerCapitaIncome).toBe('825');
    expect(codes(d!)).toContain('income_not_below_threshold');
    expect(d?.outcome).toBe('ineligible');
  });

  it('application list unknown: every member is assessed, none can be eligible', () => {
    const h = household({ application: undefined });
    const all = assessSinglePerson(h, std(params));
    expect(all.map((d) => [d.memberId, d.outcome])).toEqual([
      ['a', 'ineligible'],
      ['c', 'undetermined'],
    ]);
    expect(missing(all[1]!)).toEqual(['application.singlePersonMemberIds']);
  });

  it('an empty application list assesses nobody', () => {
    expect(
      assessSinglePerson(household({ application: { singlePersonMemberIds: [] } }), std(params)),
    ).toEqual([]);
  });

  it('a table without categories or window: undetermined with both parameters', () => {
    const [d] = assessSinglePerson(household(), std({ dibao }));
    expect(d?.outcome).toBe('undetermined');
    const ps = d?.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));
    expect(ps?.sort()).toEqual(['singlePerson.categories', 'singlePerson.householdIncome']);
  });

  it("basis 'none': no household-income condition", () => {
    const p = { dibao, singlePerson: { categories, householdIncome: { basis: 'none' as const } } };
    const h = household({
      incomes: [{ memberId: 'a', type: 'wage', amount: 9000, period: 'month' }],
    });
    expect(assessSinglePerson(h, std(p))[0]?.outcome).toBe('eligible');
  });
});
