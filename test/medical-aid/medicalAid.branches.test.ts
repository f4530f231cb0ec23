import { describe, expect, it } from 'vitest';
import {
  assessMedicalAid,
  assessPremiumSubsidy,
  type Determination,
  type HouseholdInput,
  type MedicalBillInput,
  type ParameterUse,
  type StandardsTableInput,
} from '../../src/index';
import { provenanceOfUse } from '../../src/trace/recorder';
import { household, inlineStandards } from '../special-aid/helpers';

type Params = StandardsTableInput['entries'][number]['params'];
const source = { document: 'Doc', clause: '一', published: '2017-01-01' };
const rounding = { unit: '0.01', mode: 'half-up' } as const;
const derived = (of: string) =>
  ({ multiple: '1', of, round: { unit: '0.01', mode: 'half-up' }, per: 'year' }) as const;

function std(params: Params) {
  return inlineStandards(
    {
      id: 't',
      entries: [{ id: 'e', region: '441702', effective: { from: '2017-01-01' }, source, params }],
    },
    '441702',
    '2017-06-01',
  );
}

const groups = [
  {
    id: 'dibao-rural',
    groups: ['dibao' as const],
    area: 'rural' as const,
    ratio: '0.8',
    deductible: 'none' as const,
    annualCap: { yuan: '50000', per: 'year' as const },
  },
  {
    id: 'tekun',
    groups: ['tekun' as const],
    ratio: '1',
    deductible: 'none' as const,
    annualCap: 'none' as const,
  },
  {
    id: 'low-income',
    groups: ['low-income' as const],
    kinds: ['inpatient' as const],
    ratio: '0.5',
    deductible: { yuan: '1000' },
    annualCap: { yuan: '20000', per: 'year' as const },
  },
  {
    // same ratio as dibao-rural; 'b-poor' sorts first, so it wins the tie
    id: 'b-poor',
    groups: ['registered-poor' as const],
    from: '2017-01-01',
    to: '2017-12-31',
    ratio: '0.8',
    deductible: 'none' as const,
    annualCap: 'none' as const,
    source: { document: 'Poor doc', clause: '三', published: '2017-01-02' },
  },
];
const uplift = {
  points: '0.1',
  when: [{ kind: 'serious-illness' as const }, { kind: 'age-at-least' as const, years: 60 }],
  appliesTo: ['dibao-rural', 'tekun'],
  illustrative: 'uplift note',
};
const illnessImpoverished = {
  capacityShare: '0.4',
  ratio: '0.5',
  annualCap: { yuan: '10000', per: 'year' as const },
  illustrative: 'capacity note',
};
const medicalAid = { groups, uplift, illnessImpoverished, rounding };

type Member = HouseholdInput['members'][number];
const member = (over: Partial<Member> = {}): Member => ({
  id: 'a',
  livesWithHousehold: true,
  birthDate: '1977-01-01',
  seriousIllness: false,
  disability: null,
  tekun: false,
  registeredPoor: false,
  labourCapacity: 'full',
  ...over,
});
const hh = (over: Partial<HouseholdInput> = {}, m: Partial<Member> = {}): HouseholdInput => ({
  id: 'h',
  region: '441702',
  area: 'rural',
  status: { dibao: false, lowIncome: false },
  members: [member(m)],
  incomes: [{ memberId: 'a', type: 'wage', amount: 1000, period: 'month' }],
  ...over,
});
const bill = (over: Partial<MedicalBillInput> = {}): MedicalBillInput => ({
  memberId: 'a',
  date: '2017-06-01',
  kind: 'inpatient',
  totalCost: 20000,
  outOfPocket: 10000,
  yearToDateAid: 0,
  yearToDateOutOfPocket: 0,
  ...over,
});

const codes = (d: Determination<'medical-aid'>) => d.reasons.map((r) => r.code);
const missingFacts = (d: Determination<'medical-aid'>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : [])).sort();
const missingParams = (d: Determination<'medical-aid'>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));
const finding = (d: Determination<'medical-aid'>, code: string) =>
  d.reasons.find((r) => r.code === code);

describe('assessMedicalAid group choice (R9)', () => {
  it('two groups with the same ratio: the group id first in alphabetical order, whatever the table order', () => {
    const h = household(
      hh({ status: { dibao: true, lowIncome: false } }, { registeredPoor: true }),
    );
    const d = assessMedicalAid(h, std({ medicalAid }), bill());
    // 10 000 × 0.8 = 8 000; b-poor has no cap.
    expect(d.amount?.total).toBe('8000.00');
    expect(finding(d, 'medical_aid_group')).toMatchObject({
      facts: { group: 'b-poor', ratio: '0.8' },
    });
    expect(d.amount?.breakdown).toEqual([
      expect.objectContaining({ code: 'aid', amount: '8000', memberId: 'a' }),
    ]);
    const step = d.trace.find((t) =>
      t.parameters?.some((p) => p.parameter === 'medicalAid.groups.3.ratio'),
    );
    expect(provenanceOfUse(step?.parameters?.[0] as ParameterUse)).toMatchObject({
      kind: 'published',
      source: { document: 'Poor doc' },
    });
    const reversed = assessMedicalAid(
      h,
      std({ medicalAid: { ...medicalAid, groups: [...groups].reverse() } }),
      bill(),
    );
    expect(finding(reversed, 'medical_aid_group')).toMatchObject({ facts: { group: 'b-poor' } });
  });

  it('a group outside its dates does not apply: a 2018 bill falls back to dibao-rural with its cap', () => {
    const h = household(
      hh({ status: { dibao: true, lowIncome: false } }, { registeredPoor: true }),
    );
    const d = assessMedicalAid(
      h,
      std({ medicalAid }),
      bill({ date: '2018-03-01', yearToDateAid: 45000 }),
    );
    // 8 000 due; cap 50 000 − 45 000 = 5 000 left → 5 000 and a cap line of −3 000.
    expect(finding(d, 'medical_aid_group')).toMatchObject({ facts: { group: 'dibao-rural' } });
    expect(d.amount?.total).toBe('5000.00');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['aid', '8000'],
      ['cap', '-3000'],
    ]);
  });

  it('the cap exactly reached disqualifies, with gap 0', () => {
    const h = household(hh({ status: { dibao: true, lowIncome: false } }));
    const d = assessMedicalAid(h, std({ medicalAid }), bill({ yearToDateAid: 50000 }));
    expect(d.outcome).toBe('ineligible');
    expect(d.amount).toBeNull();
    expect(finding(d, 'annual_cap_reached')).toMatchObject({
      threshold: '50000',
      actual: '50000',
      gap: '0',
    });
  });

  it('the uplift can push the ratio above 1: it is clamped to 1; a group with no cap pays it all', () => {
    const h = household(hh({}, { tekun: true, seriousIllness: true }));
    const d = assessMedicalAid(h, std({ medicalAid }), bill({ outOfPocket: '1234.56' }));
    expect(finding(d, 'medical_aid_uplift')).toMatchObject({
      facts: { points: '0.1', ratio: '1.1' },
    });
    expect(d.values.ratio).toBe('1');
    expect(d.amount?.total).toBe('1234.56');
    const step = d.trace.find((t) =>
      t.parameters?.some((p) => p.parameter === 'medicalAid.uplift.points'),
    );
    expect(provenanceOfUse(step?.parameters?.[0] as ParameterUse)).toMatchObject({
      kind: 'illustrative',
      note: 'uplift note',
    });
  });

  it('the uplift needs its facts: an unknown illness of a member under 60 is missing', () => {
    const h = household(
      hh({ status: { dibao: true, lowIncome: false } }, { seriousIllness: undefined }),
    );
    const d = assessMedicalAid(h, std({ medicalAid }), bill());
    expect(d.outcome).toBe('undetermined');
    expect(missingFacts(d)).toEqual(['members[0].seriousIllness']);
  });

  it('a group restricted to one area needs the area; unknown area and no other group → undetermined', () => {
    const h = household(hh({ area: undefined, status: { dibao: true, lowIncome: false } }));
    const d = assessMedicalAid(h, std({ medicalAid }), bill());
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
    expect(missingFacts(d)).toEqual(['area']);
  });

  it('an urban 低保 member is in no rural group: the 因病致贫 rule applies instead', () => {
    const h = household(hh({ area: 'urban', status: { dibao: true, lowIncome: false } }));
    const d = assessMedicalAid(h, std({ medicalAid }), bill({ outOfPocket: 3000 }));
    // capacity 1000 × 12 × 0.4 = 4800; 0 + 3000 is within → nothing
    expect(codes(d)).toContain('out_of_pocket_within_capacity');
    expect(d.outcome).toBe('ineligible');
  });
});

describe('assessMedicalAid deductible (起付线)', () => {
  const low = hh({ status: { dibao: false, lowIncome: true } });

  it('out-of-pocket equal to the deductible is not above it: nothing', () => {
    const d = assessMedicalAid(household(low), std({ medicalAid }), bill({ outOfPocket: 1000 }));
    expect(d.outcome).toBe('ineligible');
    expect(finding(d, 'out_of_pocket_not_above_deductible')).toMatchObject({
      threshold: '1000',
      actual: '1000',
      gap: '0',
    });
  });

  it('one fen above: (0.01) × 0.5 = 0.005 → 0.01 with a rounding line', () => {
    const d = assessMedicalAid(
      household(low),
      std({ medicalAid }),
      bill({ outOfPocket: '1000.01' }),
    );
    expect(d.values.aidable).toBe('0.01');
    expect(d.values.rawAid).toBe('0.005');
    expect(d.amount?.total).toBe('0.01');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['aid', '0.005'],
      ['rounding', '0.005'],
    ]);
    expect(finding(d, 'out_of_pocket_above_deductible')).toMatchObject({ gap: '0.01' });
  });

  it('an outpatient bill is outside the inpatient-only group: the 因病致贫 rule applies', () => {
    // capacity 4800; year 4000 + 2000 = 6000 → beyond 1200 → × 0.5 = 600
    const d = assessMedicalAid(
      household(low),
      std({ medicalAid }),
      bill({ kind: 'outpatient', outOfPocket: 2000, yearToDateOutOfPocket: 4000 }),
    );
    expect(d.values.capacity).toBe('4800');
    expect(d.amount?.total).toBe('600.00');
  });

  it('a deductible or cap derived from a parameter the table lacks → missing_parameter', () => {
    const g = groups.map((x) =>
      x.id === 'low-income' ? { ...x, deductible: derived('no.such') } : x,
    );
    const d = assessMedicalAid(
      household(low),
      std({ medicalAid: { ...medicalAid, groups: g } }),
      bill(),
    );
    expect(d.outcome).toBe('undetermined');
    expect(missingParams(d)).toEqual(['no.such']);
    const c = groups.map((x) =>
      x.id === 'low-income' ? { ...x, annualCap: derived('no.cap') } : x,
    );
    const e = assessMedicalAid(
      household(low),
      std({ medicalAid: { ...medicalAid, groups: c } }),
      bill(),
    );
    expect(e.outcome).toBe('undetermined');
    expect(missingParams(e)).toEqual(['no.cap']);
  });

  it('no rounding rule → missing_parameter, no amount', () => {
    const { rounding: _, ...noRounding } = medicalAid;
    const d = assessMedicalAid(
      household(low),
      std({ medicalAid: noRounding }),
      bill({ outOfPocket: 3000 }),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
    expect(missingParams(d)).toEqual(['medicalAid.rounding']);
  });
});

describe('因病致贫 (汉政办发〔2016〕57号 三(三))', () => {
  const none = (over: Partial<HouseholdInput> = {}) => household(hh(over));

  it('counts only the part of this bill beyond capacity when the year had already passed it', () => {
    // capacity 4800; ytd 5000 → already 200 beyond; + 2000 = 7000 → 2200 beyond; this bill 2000 → 1000
    const d = assessMedicalAid(
      none(),
      std({ medicalAid }),
      bill({ outOfPocket: 2000, yearToDateOutOfPocket: 5000 }),
    );
    expect(d.values.beyondCapacity).toBe('2000');
    expect(d.amount?.total).toBe('1000.00');
    const step = d.trace.find((t) =>
      t.parameters?.some((p) => p.parameter === 'medicalAid.illnessImpoverished.capacityShare'),
    );
    expect(provenanceOfUse(step?.parameters?.[0] as ParameterUse)).toMatchObject({
      kind: 'illustrative',
      note: 'capacity note',
    });
  });

  it('a year total exactly at capacity is not beyond it', () => {
    const d = assessMedicalAid(
      none(),
      std({ medicalAid }),
      bill({ outOfPocket: 800, yearToDateOutOfPocket: 4000 }),
    );
    expect(d.outcome).toBe('ineligible');
    expect(finding(d, 'out_of_pocket_within_capacity')).toMatchObject({
      threshold: '4800',
      actual: '4800',
      gap: '0',
    });
  });

  it('works for a household of unknown area when no group needs it', () => {
    const d = assessMedicalAid(
      none({ area: undefined }),
      std({ medicalAid }),
      bill({ outOfPocket: 2000, yearToDateOutOfPocket: 4000 }),
    );
    expect(d.amount?.total).toBe('600.00');
  });

  it('needs the year-to-date out-of-pocket cost', () => {
    const b = bill();
    delete b.yearToDateOutOfPocket;
    const d = assessMedicalAid(none(), std({ medicalAid }), b);
    expect(d.outcome).toBe('undetermined');
    expect(missingFacts(d)).toEqual(['bill.yearToDateOutOfPocket']);
  });

  it('needs the household income', () => {
    const d = assessMedicalAid(
      none({ members: [member({ livesWithHousehold: undefined })] }),
      std({ medicalAid }),
      bill(),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
    expect(missingFacts(d)).toEqual(['members[0].livesWithHousehold']);
  });

  it('a cap of none pays all the aid beyond capacity, without asking the aid paid this year', () => {
    const b = bill({ totalCost: 40000, outOfPocket: 30000 });
    delete b.yearToDateAid;
    const d = assessMedicalAid(
      none(),
      std({
        medicalAid: {
          ...medicalAid,
          illnessImpoverished: { ...illnessImpoverished, annualCap: 'none' },
        },
      }),
      b,
    );
    // (30 000 − 4 800) × 0.5 = 12 600 (a cap of 10 000 would have stopped at 10 000)
    expect(d.amount?.total).toBe('12600.00');
  });

  it('without the 因病致贫 rule a member in no group is not a recipient', () => {
    const { illnessImpoverished: _, ...rest } = medicalAid;
    const d = assessMedicalAid(none(), std({ medicalAid: rest }), bill());
    expect(d.outcome).toBe('ineligible');
    expect(finding(d, 'not_a_recipient')).toMatchObject({ memberId: 'a' });
  });
});

describe('assessPremiumSubsidy grants', () => {
  const premiumSubsidy = {
    contribution: { yuan: '15' }, // per month → 180 a year
    grants: [
      { id: 'tekun-full', groups: ['tekun' as const], share: '1' },
      {
        id: 'dibao-minor',
        groups: ['dibao' as const],
        share: '0.5',
        when: [{ kind: 'age-below' as const, years: 18 }],
      },
      { id: 'dibao-no-labour', groups: ['dibao' as const], share: '0.3', orNoLabourCapacity: true },
      { id: 'expired', groups: ['dibao' as const], share: '1', to: '2016-12-31' },
    ],
  };
  const s = () => std({ medicalAid: { premiumSubsidy, rounding } });
  const family = (members: Member[]) =>
    household(hh({ status: { dibao: true, lowIncome: false }, members, incomes: [] }));

  it('each member gets the highest share of a grant in force: 180 + 90 + 54 = 324; an expired grant pays nothing', () => {
    const d = assessPremiumSubsidy(
      family([
        member({ id: 'a', tekun: true }),
        member({ id: 'b', birthDate: '2010-01-01' }),
        member({ id: 'c', labourCapacity: 'none' }),
        member({ id: 'd', livesWithHousehold: false }),
        member({ id: 'e' }),
      ]),
      s(),
    );
    expect(d.values.contribution).toBe('180');
    expect(d.amount?.total).toBe('324.00');
    expect(d.amount?.breakdown.map((l) => [l.memberId, l.amount])).toEqual([
      ['a', '180'],
      ['b', '90'],
      ['c', '54'],
    ]);
  });

  it('a member in two grants gets the higher share only: a 特困 minor of a 低保 household gets 180, not 90', () => {
    const d = assessPremiumSubsidy(family([member({ tekun: true, birthDate: '2010-01-01' })]), s());
    expect(d.amount?.total).toBe('180.00');
    expect(finding(d, 'premium_subsidy_granted')).toMatchObject({
      facts: { grant: 'tekun-full', share: '1' },
    });
  });

  it('an undecided grant that could not pay more is not asked for: a 低保 minor with unknown labour capacity gets 90', () => {
    const minor = member({ birthDate: '2010-01-01', labourCapacity: undefined });
    const d = assessPremiumSubsidy(family([minor]), s());
    // dibao-minor (0.5) holds; dibao-no-labour (0.3) is undecided but pays less.
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('90.00');
    const adult = member({ labourCapacity: undefined });
    const u = assessPremiumSubsidy(family([adult]), s());
    // An adult whose labour capacity is unknown might get 0.3: undetermined.
    expect(u.outcome).toBe('undetermined');
    expect(u.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'members[0].labourCapacity',
    ]);
  });

  it('without premium-subsidy parameters the result is undetermined', () => {
    const d = assessPremiumSubsidy(
      family([member({ tekun: true })]),
      std({ medicalAid: { rounding } }),
    );
    expect(d.outcome).toBe('undetermined');
    expect(missingParams(d)).toEqual(['medicalAid.premiumSubsidy']);
  });

  it('a minor turning 18 on the date is no longer a minor', () => {
    const d = assessPremiumSubsidy(family([member({ birthDate: '1999-06-01' })]), s());
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('no_premium_subsidy');
  });

  it('names the missing facts of each grant’s condition', () => {
    const d = assessPremiumSubsidy(
      family([member({ birthDate: undefined, labourCapacity: undefined })]),
      s(),
    );
    expect(d.outcome).toBe('undetermined');
    expect(missingFacts(d)).toEqual(['members[0].birthDate', 'members[0].labourCapacity']);
  });

  it('a contribution derived from a parameter the table lacks → missing_parameter', () => {
    const d = assessPremiumSubsidy(
      family([member({ tekun: true })]),
      std({
        medicalAid: {
          premiumSubsidy: { ...premiumSubsidy, contribution: derived('no.fee') },
          rounding,
        },
      }),
    );
    expect(d.outcome).toBe('undetermined');
    expect(missingParams(d)).toEqual(['no.fee']);
  });
});
