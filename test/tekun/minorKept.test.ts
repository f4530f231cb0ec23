import { describe, expect, it } from 'vitest';
import {
  assessTekunMember,
  type HouseholdInput,
  renderMessage,
  stepMessage,
} from '../../src/index';
import { base, type Params, std, tekun } from './branches-table';

// Issue 20 item 2 (特困人员认定办法 第二十四条第二款): a 特困 minor keeps 特困 until 18 whatever their
// schooling; schooling matters only from 18; the school branch is bounded by
// `continuedInSchoolBelowAge`. National minor age (第五条) 16. Assessed on 2021-08-01.
const params: Params = {
  ...base,
  tekun: {
    ...tekun,
    noLabourCapacity: {
      conditions: [
        { kind: 'age-at-least', years: 60 },
        { kind: 'age-below', years: 16 },
      ],
      continuedInSchool: ['compulsory', 'high-school', 'vocational'],
      minorKeptBelowAge: 18,
      continuedInSchoolBelowAge: 25,
    },
  },
};

type Member = HouseholdInput['members'][number];
function assess(member: Partial<Member>) {
  const h: HouseholdInput = {
    id: 'h',
    region: '320400',
    area: 'rural',
    members: [
      {
        id: 'a',
        livesWithHousehold: true,
        supporterIds: [],
        disability: null,
        labourCapacity: 'full',
        careLevel: 'self-care',
        ...member,
      },
    ],
    incomes: [],
    assets: { financial: '0', vehicles: 0, housingUnits: 0 },
  };
  return assessTekunMember(h, std(params), 'a');
}
const codes = (d: ReturnType<typeof assess>) => d.reasons.map((r) => r.code);
const missing = (d: ReturnType<typeof assess>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));

describe('特困 minors kept until 18 (第二十四条第二款)', () => {
  it('aged 16 on its birthday (born 2005-08-01: not under 16), already 特困, out of school → kept: eligible', () => {
    const d = assess({ birthDate: '2005-08-01', tekun: true, schooling: 'none' });
    expect(d.outcome).toBe('eligible');
    const step = d.trace.find((s) => s.rule === 'tekun.eligibility.minor-kept-to-age');
    expect(step?.values).toEqual({ age: '16', minorKeptBelowAge: '18', tekun: 'true' });
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toContain('未满 18 周岁，不论是否在校');
    expect(renderMessage(stepMessage(step!), 'en')).toContain(
      'under 18 keeps 特困 whether or not in school',
    );
  });

  it('turns 18 on 2021-08-01 (born 2003-08-01), out of school → has labour capacity', () => {
    const d = assess({ birthDate: '2003-08-01', tekun: true, schooling: 'none' });
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('has_labour_capacity');
  });

  it('aged 17, not 特困 → no new ground under the minor age 16: ineligible', () => {
    const d = assess({ birthDate: '2004-08-01', tekun: false, schooling: 'none' });
    expect(codes(d)).toContain('has_labour_capacity');
  });

  it('aged 17, 特困 status unknown → undetermined, asks tekun only', () => {
    const d = assess({ birthDate: '2004-08-01', schooling: 'none' });
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['members[0].tekun']);
  });

  it('aged 24, 特困, in vocational school → continued', () => {
    const d = assess({ birthDate: '1997-08-02', tekun: true, schooling: 'vocational' });
    expect(d.outcome).toBe('eligible');
    expect(d.trace.some((s) => s.rule === 'tekun.eligibility.continued-in-school')).toBe(true);
  });

  it('aged 25 (born 1996-08-01), in school → the branch is not tried: has labour capacity', () => {
    const d = assess({ birthDate: '1996-08-01', tekun: true, schooling: 'vocational' });
    expect(d.outcome).toBe('ineligible');
    const step = d.trace.find((s) => s.rule === 'tekun.eligibility.continued-in-school');
    expect(step?.values).toEqual({ age: '25', continuedInSchoolBelowAge: '25' });
  });

  it('aged 41, schooling and 特困 unknown → not asked: ineligible', () => {
    const d = assess({ birthDate: '1980-05-01' });
    expect(d.outcome).toBe('ineligible');
    expect(missing(d)).toEqual([]);
  });
});
