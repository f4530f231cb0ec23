import { describe, expect, it } from 'vitest';
import { assessSinglePerson, type HouseholdInput, type StandardsTableInput } from '../../src/index';
import { oneEntryStandards } from '../support/standards';

// Urban 低保 standard 600; window per-capita ≥ 1 × 600 = 600 and < 1.5 × 600 = 900 (57号 第八条).
// Applicant c: aged 18 on 2021-09-01, unemployed, physical grade 2; a: employed, the earner.
type Params = StandardsTableInput['entries'][number]['params'];
type Window = Exclude<
  NonNullable<NonNullable<Params['singlePerson']>['householdIncome']>,
  { basis: 'none' }
>;
const round = { unit: '0.01' as const, mode: 'half-up' as const };
const dibao = {
  standard: { urban: { yuan: '600' }, rural: { yuan: '600' } },
  payment: { method: 'gap' as const },
  rounding: round,
  // Property is not what these tests are about: the table states that no limit is tested.
  assets: 'not-tested' as const,
};
const window: Window = {
  basis: 'household',
  atLeast: { multiple: '1', of: 'dibao.standard.@area', round },
  below: { multiple: '1.5', of: 'dibao.standard.@area', round },
};
const categories = [
  {
    id: 'adult-unemployed-severe',
    label: { 'zh-CN': '成年无业重度残疾人', en: 'adult, unemployed, severely disabled' },
    allOf: [
      { kind: 'age-at-least' as const, years: 18 },
      { kind: 'employment' as const, statuses: ['unemployed' as const] },
      { kind: 'disability' as const, grades: [1, 2] },
    ],
  },
];

function std(householdIncome: Window = window) {
  const params: Params = {
    dibao,
    lowIncome: { assets: { sameAsDibao: true } },
    singlePerson: { categories, householdIncome },
  };
  return oneEntryStandards(params, { on: '2021-09-01' });
}

type MemberInput = HouseholdInput['members'][number];
const applicant: MemberInput = {
  id: 'c',
  livesWithHousehold: true,
  tekun: false,
  birthDate: '2003-09-01',
  employment: 'unemployed',
  disability: { category: 'physical', grade: 2 },
};
function household(wage: number, others: MemberInput[] = []): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true, tekun: false, employment: 'employed' },
      applicant,
      ...others,
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: wage, period: 'month' }],
    status: { dibao: false },
    application: { singlePersonMemberIds: ['c'] },
  };
}
type D = ReturnType<typeof assessSinglePerson>[number];
const one = (h: HouseholdInput, w?: Window) => assessSinglePerson(h, std(w))[0] as D;
const codes = (d: D) => d.reasons.map((r) => r.code);
const missing = (d: D) => d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
const params = (d: D) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('checkHouseholdIncomeWindow (57号 第八条)', () => {
  it('upper bound: 1800 / 2 = 900 is not below 900 (strict) → ineligible, gap 0; 1798 / 2 = 899 → eligible', () => {
    const at = one(household(1800));
    expect(at.outcome).toBe('ineligible');
    expect(at.reasons.find((r) => r.code === 'household_income_not_below_window')).toMatchObject({
      test: '<',
      threshold: '900',
      actual: '900',
      gap: '0',
      parameter: 'singlePerson.householdIncome.below',
    });
    expect(at.values.windowBelow).toBe('900');
    const under = one(household(1798));
    expect(under.outcome).toBe('eligible');
    expect(under.reasons.find((r) => r.code === 'household_income_below_window')).toMatchObject({
      actual: '899',
      gap: '1',
    });
  });

  it('a derived bound is compared at its exact multiple: 1.499 × 600 = 899.4 (shown 900 rounded up); 1799 / 2 = 899.5 is not below it', () => {
    const up = { unit: '1' as const, mode: 'up' as const };
    const w = { ...window, below: { multiple: '1.499', of: 'dibao.standard.@area', round: up } };
    const d = one(household(1799), w);
    expect(d.outcome).toBe('ineligible');
    expect(d.reasons.find((r) => r.code === 'household_income_not_below_window')).toMatchObject({
      threshold: '899.4',
      actual: '899.5',
    });
    expect(one(household(1798), w).outcome).toBe('eligible');
  });

  it('lower bound: 1200 / 2 = 600 meets "at least 600" with gap 0', () => {
    const d = one(household(1200));
    expect(d.reasons.find((r) => r.code === 'household_income_at_least_lower_bound')).toMatchObject(
      { test: '>=', threshold: '600', actual: '600', gap: '0' },
    );
    expect(d.values.windowAtLeast).toBe('600');
  });

  it('no lower bound in the table: 800 / 2 = 400 is only tested against the upper bound', () => {
    const { atLeast: _, ...noLower } = window;
    const d = one(household(800), noLower);
    expect(d.values.householdPerCapitaIncome).toBe('400');
    expect(d.values.windowAtLeast).toBeUndefined();
    expect(codes(d)).not.toContain('household_income_below_lower_bound');
    expect(codes(d)).toContain('household_income_below_window');
  });

  it('a bound the table cannot evaluate → missing parameter (lower, then upper)', () => {
    const bad = { multiple: '1', of: 'tekun.basic.@area', round };
    const lower = one(household(1400), { ...window, atLeast: bad });
    expect(lower.outcome).toBe('undetermined');
    expect(params(lower)).toEqual(['tekun.basic.urban']);
    expect(lower.values.windowBelow).toBe('900');
    const upper = one(household(1400), { ...window, below: bad });
    expect(upper.outcome).toBe('undetermined');
    expect(params(upper)).toEqual(['tekun.basic.urban']);
    expect(upper.values.windowAtLeast).toBe('600');
  });

  it('no area → undetermined naming area', () => {
    const h = household(1400);
    delete h.area;
    const d = one(h);
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toContain('area');
  });

  it('other-members basis: a member living elsewhere is not counted (a alone: 800 → eligible)', () => {
    const w: Window = { ...window, basis: 'other-members' };
    const d = one(household(800, [{ id: 'd', livesWithHousehold: false }]), w);
    expect(d.values.householdPerCapitaIncome).toBe('800');
    expect(d.outcome).toBe('eligible');
  });

  it('other-members basis: an other member whose co-residence is unknown → missing fact', () => {
    const w: Window = { ...window, basis: 'other-members' };
    const d = one(household(800, [{ id: 'd' }]), w);
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['members[2].livesWithHousehold']);
  });

  it('other-members basis with no other co-resident member → no_counted_members, ineligible', () => {
    const w: Window = { ...window, basis: 'other-members' };
    const h = household(0);
    h.members[0] = { ...h.members[0], id: 'a', livesWithHousehold: false };
    h.incomes = [];
    const d = one(h, w);
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('no_counted_members');
  });
});
