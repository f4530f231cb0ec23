import { describe, expect, it } from 'vitest';
import {
  assessDisabilitySubsidies,
  type HouseholdInput,
  type StandardsTableInput,
} from '../../src/index';
import { household, inlineStandards } from '../special-aid/helpers';

type Params = StandardsTableInput['entries'][number]['params'];
const source = { document: 'Doc', clause: '一', published: '2021-01-01' };

function std(params: Params) {
  return inlineStandards(
    {
      id: 't',
      entries: [{ id: 'e', region: '320400', effective: { from: '2021-01-01' }, source, params }],
    },
    '320402',
    '2021-06-01',
  );
}

const living = {
  // table order differs from id order: the first grant by id that covers the member is named
  grants: [
    { id: 'z-dibao', groups: ['dibao' as const] },
    { id: 'a-multi', conditions: [{ kind: 'multiple-disabled' as const, atLeast: 2 }] },
    { id: 'm-severe', conditions: [{ kind: 'severe-unemployed' as const, grades: [1, 2] }] },
    { id: 'w-elderly', conditions: [{ kind: 'with-elderly' as const, age: 60 }] },
  ],
  excludeGroups: ['tekun' as const],
  amount: { yuan: '60.5' },
};
const care = {
  grants: [{ id: 'grade-1-2', grades: [1, 2] }],
  minCareMonths: 6,
  amount: { yuan: '75' },
};
const rounding = { unit: '1', mode: 'up' } as const;
const full = { disabilitySubsidy: { living, care, rounding } };

type Member = HouseholdInput['members'][number];
const physical = (grade: 1 | 2 | 3 | 4) => ({ category: 'physical' as const, grade });
const member = (id: string, over: Partial<Member> = {}): Member => ({
  id,
  livesWithHousehold: true,
  birthDate: '1980-01-01',
  disability: null,
  tekun: false,
  employment: 'employed',
  carePeriodMonths: 0,
  ...over,
});
const hh = (members: Member[], dibao = false) =>
  household({
    id: 'h',
    region: '320402',
    area: 'urban',
    status: { dibao, lowIncome: false },
    members,
    incomes: [],
  });

const missingFacts = (d: ReturnType<typeof assessDisabilitySubsidies>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : [])).sort();
const missingParams = (d: ReturnType<typeof assessDisabilitySubsidies>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('assessDisabilitySubsidies living grants (R12)', () => {
  it('names the first grant by id, not by table order; two disabled members make 一户多残', () => {
    // a: grade 1, 12 months of care → living 60.5 + care 75; b: grade 3, no care → living 60.5.
    // 60.5 + 75 + 60.5 = 196, rounded up to 1 yuan: 196, no rounding line.
    const d = assessDisabilitySubsidies(
      hh(
        [
          member('a', { disability: physical(1), carePeriodMonths: 12 }),
          member('b', { disability: physical(3) }),
        ],
        true,
      ),
      std(full),
    );
    expect(d.members).toEqual([
      { memberId: 'a', outcome: 'eligible', basis: ['living:a-multi', 'care:grade-1-2'] },
      { memberId: 'b', outcome: 'eligible', basis: ['living:a-multi'] },
    ]);
    expect(d.amount?.total).toBe('196.00');
    expect(d.amount?.breakdown.map((l) => l.code)).toEqual(['living', 'care', 'living']);
  });

  it('重残无业: grade 2 not in the labour force qualifies (60.5 → 61 with a rounding line); employed does not', () => {
    const d = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(2), employment: 'not-in-labour-force' })]),
      std(full),
    );
    expect(d.members[0]?.basis).toEqual(['living:m-severe']);
    expect(d.amount?.total).toBe('61.00');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['living', '60.5'],
      ['rounding', '0.5'],
    ]);
    const employed = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(2) })]),
      std(full),
    );
    expect(employed.outcome).toBe('ineligible');
    expect(employed.reasons.map((r) => r.code)).toContain('no_disability_subsidy');
  });

  it('重残无业 needs the employment of a severely disabled member', () => {
    const d = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(1), employment: undefined })]),
      std(full),
    );
    expect(d.outcome).toBe('undetermined');
    expect(missingFacts(d)).toEqual(['members[0].employment']);
  });

  it('依老养残: another member aged exactly 60 qualifies the disabled member', () => {
    const d = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(3) }), member('b', { birthDate: '1961-06-01' })]),
      std(full),
    );
    expect(d.members.map((m) => m.outcome)).toEqual(['eligible', 'ineligible']);
    expect(d.members[0]?.basis).toEqual(['living:w-elderly']);
    const younger = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(3) }), member('b', { birthDate: '1961-06-02' })]),
      std(full),
    );
    expect(younger.outcome).toBe('ineligible');
  });

  it('an unknown 特困 status of an excluded group is missing for a member who would qualify', () => {
    const d = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(3), tekun: undefined })], true),
      std(full),
    );
    expect(d.outcome).toBe('undetermined');
    expect(missingFacts(d)).toEqual(['members[0].tekun']);
  });

  it('without a rounding rule the amount is missing_parameter', () => {
    const d = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(3) })], true),
      std({ disabilitySubsidy: { living, care } }),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
    expect(missingParams(d)).toEqual(['disabilitySubsidy.rounding']);
  });

  it('without living or care parameters both are missing: disabled members undetermined, not ineligible', () => {
    const d = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(1) }), member('b')], true),
      std({ disabilitySubsidy: { rounding } }),
    );
    expect(missingParams(d)).toEqual(['disabilitySubsidy.living', 'disabilitySubsidy.care']);
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
    expect(d.members.map((m) => m.outcome)).toEqual(['undetermined', 'ineligible']);
    expect(d.reasons.map((r) => r.code)).not.toContain('no_disability_subsidy');
  });

  it('without care parameters a grade-1 member outside every living grant is undetermined', () => {
    const d = assessDisabilitySubsidies(
      hh([member('a', { disability: physical(1), carePeriodMonths: 12 })]),
      std({ disabilitySubsidy: { living, rounding } }),
    );
    expect(missingParams(d)).toEqual(['disabilitySubsidy.care']);
    expect(d.members[0]?.outcome).toBe('undetermined');
    expect(d.outcome).toBe('undetermined');
  });
});
