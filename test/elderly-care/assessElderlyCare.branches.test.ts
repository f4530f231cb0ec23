import { describe, expect, it } from 'vitest';
import {
  assessElderlyCare,
  type HouseholdInput,
  recordTables,
  type StandardsTableInput,
} from '../../src/index';
import { household, inlineStandards } from '../special-aid/helpers';

type Params = StandardsTableInput['entries'][number]['params'];
const source = { document: 'Doc', clause: '一', published: '2017-01-01' };
const ON = '2018-06-01';

function std(params: Params) {
  return inlineStandards(
    {
      id: 't',
      entries: [{ id: 'e', region: '610721', effective: { from: '2017-01-01' }, source, params }],
    },
    '610721',
    ON,
  );
}

const rules = [
  { id: 'dibao-60-lost', groups: ['dibao' as const], minAge: 60, requiresLostSelfCare: true },
  // not yet in force on 2018-06-01
  {
    id: 'dibao-70-2019',
    groups: ['dibao' as const],
    minAge: 70,
    requiresLostSelfCare: false,
    from: '2019-01-01',
  },
  {
    id: 'rural-80',
    groups: ['dibao' as const],
    area: 'rural' as const,
    minAge: 80,
    requiresLostSelfCare: false,
    source: { document: 'Rural doc', clause: '五', published: '2017-03-01' },
  },
];
const table = { elderlyCare: { rules, lostSelfCare: { notDoneAtLeast: 4 } } };

const ALL = {
  eating: true,
  dressing: true,
  transferring: true,
  toileting: true,
  walkingIndoors: true,
  bathing: true,
};
const notDone = (n: number) =>
  Object.fromEntries(Object.keys(ALL).map((k, i) => [k, i >= n])) as typeof ALL;

const one = (member: Record<string, unknown>, over: Partial<HouseholdInput> = {}) =>
  household({
    id: 'h',
    region: '610721',
    area: 'rural',
    status: { dibao: true },
    members: [
      {
        id: 'a',
        livesWithHousehold: true,
        birthDate: '1950-01-01',
        dailyActivities: ALL,
        ...member,
      },
    ],
    incomes: [],
    ...over,
  });

const missingFacts = (d: ReturnType<typeof assessElderlyCare>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : [])).sort();
const missingParams = (d: ReturnType<typeof assessElderlyCare>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('assessElderlyCare rules (R11)', () => {
  it('失能 means at least 4 activities not done: 4 qualifies at 68, 3 does not', () => {
    const four = assessElderlyCare(one({ dailyActivities: notDone(4) }), std(table));
    expect(four.outcome).toBe('eligible');
    expect(four.members).toEqual([
      { memberId: 'a', outcome: 'eligible', basis: ['dibao-60-lost'] },
    ]);
    const three = assessElderlyCare(one({ dailyActivities: notDone(3) }), std(table));
    expect(three.outcome).toBe('ineligible');
    expect(three.members[0]?.outcome).toBe('ineligible');
  });

  it('3 activities not done and 1 unknown: the unknown one is missing', () => {
    const { bathing: _, ...rest } = notDone(3);
    const d = assessElderlyCare(one({ dailyActivities: rest }), std(table));
    expect(d.outcome).toBe('undetermined');
    expect(missingFacts(d)).toEqual(['members[0].dailyActivities.bathing']);
  });

  it('a rule not yet in force is not applied: a self-caring 75-year-old urban 低保 member gets nothing', () => {
    const d = assessElderlyCare(one({ birthDate: '1943-01-01' }, { area: 'urban' }), std(table));
    expect(d.outcome).toBe('ineligible');
    expect(d.members[0]?.basis).toEqual([]);
  });

  it('an 80-year-old rural member qualifies under the area rule; the step cites its own source', () => {
    const standards = std(table);
    const d = assessElderlyCare(one({ birthDate: '1938-06-01' }), standards);
    expect(d.members[0]).toEqual({ memberId: 'a', outcome: 'eligible', basis: ['rural-80'] });
    const step = d.trace.find((t) =>
      t.parameters?.some((p) => p.parameter === 'elderlyCare.rules.2.minAge'),
    );
    expect(step?.parameters?.[0]?.parameter).toBe('elderlyCare.rules.2.minAge');
    // provenance: in the record's provenance table, no longer on the step
    expect(recordTables(d, standards).provenance['elderlyCare.rules.2.minAge']).toMatchObject({
      kind: 'published',
      source: { document: 'Rural doc' },
    });
    expect(
      d.reasons.find((r) => r.code === 'age_at_least_minimum' && r.threshold === '80'),
    ).toMatchObject({
      actual: '80',
      gap: '0',
    });
  });

  it('an unknown area matters only for the area rule', () => {
    const d = assessElderlyCare(one({ birthDate: '1930-01-01' }, { area: undefined }), std(table));
    expect(d.outcome).toBe('undetermined');
    expect(missingFacts(d)).toEqual(['area']);
  });

  it('an unknown birth date is missing', () => {
    const d = assessElderlyCare(one({ birthDate: undefined }), std(table));
    expect(d.outcome).toBe('undetermined');
    expect(missingFacts(d)).toEqual(['members[0].birthDate']);
  });

  it('a rule needing 失能 with no lostSelfCare parameter: missing_parameter, the member undetermined', () => {
    const d = assessElderlyCare(
      one({ dailyActivities: notDone(6) }),
      std({ elderlyCare: { rules } }),
    );
    expect(missingParams(d)).toEqual(['elderlyCare.lostSelfCare']);
    expect(d.outcome).toBe('undetermined');
    expect(d.members[0]?.outcome).toBe('undetermined');
    // a member too young for every rule is still known ineligible
    const young = assessElderlyCare(
      one({ birthDate: '1960-01-01' }),
      std({ elderlyCare: { rules } }),
    );
    expect(young.members[0]?.outcome).toBe('ineligible');
  });

  it('no rule needs 失能: the lostSelfCare parameter is not asked', () => {
    const d = assessElderlyCare(
      one({ birthDate: '1938-01-01' }),
      std({ elderlyCare: { rules: [rules[2] as (typeof rules)[number]] } }),
    );
    expect(missingParams(d)).toEqual([]);
    expect(d.outcome).toBe('eligible');
  });
});
