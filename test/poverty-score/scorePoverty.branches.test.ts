import { describe, expect, it } from 'vitest';
import {
  type HouseholdInput,
  rankHouseholds,
  recordTables,
  type StandardsTableInput,
  scorePoverty,
} from '../../src/index';
import { household, inlineStandards } from '../special-aid/helpers';

type Params = StandardsTableInput['entries'][number]['params'];
const source = { document: 'Doc', clause: '一', published: '2017-01-01' };

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

const health = {
  items: [
    { id: 'ill', when: [{ kind: 'serious-illness' as const }], points: '20' },
    { id: 'old', when: [{ kind: 'age-at-least' as const, years: 60 }], points: '5' },
  ],
  noLabourCapacityPoints: '10',
};
const income = {
  bands: [
    // listed out of order: the band with the lowest `below` the value is under applies
    { below: { yuan: '600' }, points: '20' },
    { below: { yuan: '200' }, points: '40' },
    { below: { yuan: '400' }, points: '30' },
  ],
};
const assets = {
  items: [
    { id: 'no-vehicle', fact: 'vehicles' as const, atMost: 0, points: '10' },
    { id: 'one-house', fact: 'housingUnits' as const, atMost: 1, points: '5' },
  ],
  financialPerCapitaBands: [
    { below: { yuan: '2000' }, points: '10' },
    { below: { yuan: '5000' }, points: '5' },
  ],
};
const weights = { quantified: '0.7', democratic: '0.3', democraticMax: '100' };
const full = { povertyScore: { health, income, assets, weights } };

type Member = HouseholdInput['members'][number];
const member = (id: string, over: Partial<Member> = {}): Member => ({
  id,
  livesWithHousehold: true,
  birthDate: '1977-01-01',
  seriousIllness: false,
  disability: null,
  labourCapacity: 'full',
  ...over,
});

const hh = (over: Partial<HouseholdInput> = {}): HouseholdInput => ({
  id: 'h',
  region: '441702',
  area: 'rural',
  members: [member('a'), member('b')],
  incomes: [{ memberId: 'a', type: 'wage', amount: 700, period: 'month' }],
  assets: { financial: 4000, vehicles: 1, housingUnits: 2 },
  ...over,
});

const missingParams = (s: ReturnType<typeof scorePoverty>) =>
  s.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));
const missingFacts = (s: ReturnType<typeof scorePoverty>) =>
  s.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : [])).sort();

describe('scorePoverty components (R13)', () => {
  it('takes the band with the lowest bound the per-capita income is strictly below, whatever the order', () => {
    // income 700 / 2 = 350 per month → below 400 and below 600 → lowest bound 400 → 30 points.
    // health 0; vehicles 1 > 0 → 0; houses 2 > 1 → 0; financial 4000 / 2 = 2000, not below
    // 2000, below 5000 → 5. quantified 35; 35 × 0.7 + 50 × 0.3 = 24.5 + 15 = 39.5.
    const s = scorePoverty(household(hh()), std(full), { democraticScore: '50' });
    expect(s.outcome).toBe('scored');
    expect(s.values.perCapitaIncome).toBe('350');
    expect(s.components).toEqual({
      health: '0',
      income: '30',
      assets: '5',
      quantified: '35',
      democratic: '50',
    });
    expect(s.score).toBe('39.5');
  });

  it('scores health per counted member: illness 20 + age ≥ 60 5 + no labour capacity 10; a member living away is not counted', () => {
    // a: ill, born 1950 (67), no labour capacity → 35; b: full, 40 → 0;
    // c lives elsewhere: ill but not counted. Income 700 / 2 → 30; assets 4000/2 → 5.
    const h = hh({
      members: [
        member('a', { seriousIllness: true, birthDate: '1950-01-01', labourCapacity: 'none' }),
        member('b'),
        member('c', { livesWithHousehold: false, seriousIllness: true }),
      ],
    });
    const s = scorePoverty(household(h), std(full), { democraticScore: 0 });
    expect(s.components.health).toBe('35');
    expect(s.components.quantified).toBe('70');
    // 70 × 0.7 + 0 = 49
    expect(s.score).toBe('49');
  });

  it('a member aged exactly 60 on the date scores the age item (age-at-least)', () => {
    const h = hh({ members: [member('a', { birthDate: '1957-06-01' }), member('b')] });
    expect(scorePoverty(household(h), std(full), { democraticScore: 0 }).components.health).toBe(
      '5',
    );
    const younger = hh({ members: [member('a', { birthDate: '1957-06-02' }), member('b')] });
    expect(
      scorePoverty(household(younger), std(full), { democraticScore: 0 }).components.health,
    ).toBe('0');
  });

  it('without noLabourCapacityPoints the labour capacity is neither asked nor scored', () => {
    const { noLabourCapacityPoints: _, ...noLabour } = health;
    const h = hh({
      members: [
        member('a', { labourCapacity: undefined }),
        member('b', { labourCapacity: 'none' }),
      ],
    });
    const s = scorePoverty(
      household(h),
      std({ povertyScore: { ...full.povertyScore, health: noLabour } }),
      {
        democraticScore: 0,
      },
    );
    expect(s.outcome).toBe('scored');
    expect(s.components.health).toBe('0');
  });

  it('names every missing health fact: birth date, illness and labour capacity', () => {
    const h = hh({
      members: [
        member('a', { birthDate: undefined, labourCapacity: undefined }),
        member('b', { seriousIllness: undefined }),
      ],
    });
    const s = scorePoverty(household(h), std(full), { democraticScore: 0 });
    expect(s.outcome).toBe('undetermined');
    expect(s.score).toBeNull();
    expect(s.components.health).toBeUndefined();
    expect(missingFacts(s)).toEqual([
      'members[0].birthDate',
      'members[0].labourCapacity',
      'members[1].seriousIllness',
    ]);
    // the other components are still computed
    expect(s.components.income).toBe('30');
    expect(s.components.assets).toBe('5');
  });

  it('asset items: count equal to atMost scores, one more does not', () => {
    // vehicles 0 ≤ 0 → 10; houses 1 ≤ 1 → 5; financial 1000 / 2 = 500 < 2000 → 10: 25.
    const s = scorePoverty(
      household(hh({ assets: { financial: 1000, vehicles: 0, housingUnits: 1 } })),
      std(full),
      { democraticScore: 0 },
    );
    expect(s.components.assets).toBe('25');
    // financial 10 000 / 2 = 5000: not below 5000 → 0 (no band).
    const rich = scorePoverty(
      household(hh({ assets: { financial: 10000, vehicles: 1, housingUnits: 2 } })),
      std(full),
      { democraticScore: 0 },
    );
    expect(rich.components.assets).toBe('0');
  });

  it('names missing asset facts, item by item and financial', () => {
    const s = scorePoverty(household(hh({ assets: { housingUnits: 1 } })), std(full), {
      democraticScore: 0,
    });
    expect(s.outcome).toBe('undetermined');
    expect(s.components.assets).toBeUndefined();
    expect(missingFacts(s)).toEqual(['assets.financial', 'assets.vehicles']);
  });

  it('asset parameters may have no items, or no financial bands', () => {
    const onlyBands = std({
      povertyScore: {
        ...full.povertyScore,
        assets: { financialPerCapitaBands: assets.financialPerCapitaBands },
      },
    });
    // no items: vehicles are not asked; 4000 / 2 → 5
    const s = scorePoverty(household(hh({ assets: { financial: 4000 } })), onlyBands, {
      democraticScore: 0,
    });
    expect(s.outcome).toBe('scored');
    expect(s.components.assets).toBe('5');
    const onlyItems = std({
      povertyScore: { ...full.povertyScore, assets: { items: assets.items } },
    });
    // no financial bands: financial is not asked; vehicles 0 → 10, houses 2 → 0
    const t = scorePoverty(household(hh({ assets: { vehicles: 0, housingUnits: 2 } })), onlyItems, {
      democraticScore: 0,
    });
    expect(t.outcome).toBe('scored');
    expect(t.components.assets).toBe('10');
  });

  it('a band figure derived from a parameter the table lacks is a missing parameter', () => {
    const derived = {
      multiple: '1',
      of: 'dibao.standard.@area',
      round: { unit: '0.01', mode: 'half-up' },
    } as const;
    const s = scorePoverty(
      household(hh()),
      std({
        povertyScore: {
          ...full.povertyScore,
          income: { bands: [{ below: derived, points: '40' }] },
          assets: {
            financialPerCapitaBands: [
              { below: { yuan: '9000' }, points: '1' },
              { below: { ...derived, of: 'assets.limit.@area' }, points: '10' },
            ],
          },
        },
      }),
      { democraticScore: 0 },
    );
    expect(s.outcome).toBe('undetermined');
    expect(s.components.income).toBeUndefined();
    expect(s.components.assets).toBeUndefined();
    expect(missingParams(s)).toEqual(['dibao.standard.rural', 'assets.limit.rural']);
  });

  it('a household with nobody living in it scores no income and no financial band', () => {
    const h = hh({
      members: [member('a', { livesWithHousehold: false })],
      incomes: [],
      assets: { financial: 0, vehicles: 0, housingUnits: 0 },
    });
    const s = scorePoverty(household(h), std(full), { democraticScore: 0 });
    expect(s.components.income).toBeUndefined();
    // items still score: vehicles 0 → 10, houses 0 → 5; financial bands skipped (no members)
    expect(s.components.assets).toBe('15');
    expect(s.outcome).toBe('undetermined');
    expect(s.score).toBeNull();
  });

  it('names each missing part of the table', () => {
    const s = scorePoverty(household(hh()), std({ povertyScore: {} }), { democraticScore: 0 });
    expect(s.outcome).toBe('undetermined');
    expect(missingParams(s)).toEqual([
      'povertyScore.health',
      'povertyScore.income',
      'povertyScore.assets',
      'povertyScore.weights',
    ]);
    expect(s.components).toEqual({});
    const none = scorePoverty(household(hh()), std({}), { democraticScore: 0 });
    expect(missingParams(none)).toEqual([
      'povertyScore.health',
      'povertyScore.income',
      'povertyScore.assets',
      'povertyScore.weights',
    ]);
  });

  it('a household of unknown area is still scored on explicit bands', () => {
    const s = scorePoverty(household(hh({ area: undefined })), std(full), {
      democraticScore: '50',
    });
    expect(s.score).toBe('39.5');
  });
});

describe('scorePoverty democratic score', () => {
  it('is a missing fact when not given', () => {
    const s = scorePoverty(household(hh()), std(full));
    expect(s.outcome).toBe('undetermined');
    expect(missingFacts(s)).toEqual(['inputs.democraticScore']);
    expect(s.components.quantified).toBeUndefined();
  });

  it('accepts exactly the maximum and zero; weighs them exactly', () => {
    // 35 × 0.7 + 100 × 0.3 = 54.5
    expect(scorePoverty(household(hh()), std(full), { democraticScore: '100' }).score).toBe('54.5');
    expect(scorePoverty(household(hh()), std(full), { democraticScore: ' 0 ' }).score).toBe('24.5');
  });

  it.each([
    ['100.01', '100.01', '0.01'],
    ['-1', '-1', '-101'],
    ['abc', 'abc', ''],
  ])('rejects %s as out of range (actual %s, gap %s)', (given, actual, gap) => {
    const s = scorePoverty(household(hh()), std(full), { democraticScore: given });
    expect(s.outcome).toBe('undetermined');
    expect(s.score).toBeNull();
    const r = s.reasons.find((x) => x.code === 'democratic_score_out_of_range');
    expect(r).toMatchObject({ threshold: '100', actual, gap, effect: 'missing' });
  });

  it('rejects a non-finite number', () => {
    const s = scorePoverty(household(hh()), std(full), { democraticScore: Number.NaN });
    const r = s.reasons.find((x) => x.code === 'democratic_score_out_of_range');
    expect(r).toMatchObject({ actual: 'NaN', gap: '' });
    expect(s.outcome).toBe('undetermined');
  });

  it('cites the weights’ own source when they carry one', () => {
    const own = { document: 'Weights doc', clause: '四', published: '2017-02-01' };
    const standards = std({
      povertyScore: { ...full.povertyScore, weights: { ...weights, source: own } },
    });
    const s = scorePoverty(household(hh()), standards, { democraticScore: '50' });
    const step = s.trace.find((t) =>
      t.parameters?.some((p) => p.parameter === 'povertyScore.weights.quantified'),
    );
    expect(step?.parameters?.[0]?.parameter).toBe('povertyScore.weights.quantified');
    // provenance: in the record's provenance table, no longer on the step
    expect(recordTables(s, standards).provenance['povertyScore.weights.quantified']).toMatchObject({
      kind: 'published',
      source: own,
    });
  });
});

describe('rankHouseholds ties', () => {
  it('keeps two households of the same id and score both, ranks 1 and 2', () => {
    const s = std(full);
    const r = rankHouseholds([
      { household: hh(), standards: s, democraticScore: '50' },
      { household: hh(), standards: s, democraticScore: '50' },
      { household: hh({ id: 'g' }), standards: s, democraticScore: '50' },
    ]);
    expect(r.ranked).toEqual([
      { rank: 1, householdId: 'g', score: '39.5' },
      { rank: 2, householdId: 'h', score: '39.5' },
      { rank: 3, householdId: 'h', score: '39.5' },
    ]);
    expect(r.unscored).toEqual([]);
  });
});
