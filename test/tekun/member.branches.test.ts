import { describe, expect, it } from 'vitest';
import {
  assessTekunMember,
  type MessageRef,
  reasonMessage,
  renderMessage,
  routePovertyAlleviated,
  stepMessage,
} from '../../src/index';
import { base, household, type MemberInput, std, type Tekun, tekun } from './branches-table';

// Member a (id 'a', index 0) is rural with no income and no supporter unless stated; the table
// (./branches-table) has rural 低保 standard 500, basic 650, care self-care 0 / full 300, minor age 18.
type D = ReturnType<typeof assessTekunMember>;
const missing = (d: D) => d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
const params = (d: D) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));
/** The reason of that code, with its message (its own, or that of the step it names). */
const reason = (d: D, code: string) => {
  const r = d.reasons.find((x) => x.code === code);
  return r === undefined
    ? undefined
    : ({ ...r, message: reasonMessage(r, d.trace) } as {
        rule: string;
        facts: Record<string, string>;
        message: MessageRef;
      });
};
const member = (over: Partial<MemberInput>) => household([], [], over);
const withTekun = (t: Partial<Tekun>) => std({ ...base, tekun: { ...tekun, ...t } });

describe('decideNoLabourCapacity (第五条, 第二十四条第二款)', () => {
  it('aged 17 (one day short of 18) is a minor: minor-age rule, eligible 650.00', () => {
    const d = assessTekunMember(member({ birthDate: '2003-08-02' }), std(), 'a');
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('650.00');
    const r = reason(d, 'no_labour_capacity');
    expect(r?.rule).toBe('tekun.eligibility.minor-age');
    expect(r?.facts).toEqual({ condition: 'age-below', age: '17', years: '18' });
  });

  it('a 特困 member turning 18 on the day and in 普通高中 keeps 特困 (school continuation)', () => {
    const d = assessTekunMember(
      member({ birthDate: '2003-08-01', disability: null, tekun: true, schooling: 'high-school' }),
      std(),
      'a',
    );
    expect(d.outcome).toBe('eligible');
    const r = reason(d, 'no_labour_capacity');
    expect(r?.rule).toBe('tekun.eligibility.continued-in-school');
    expect(r?.facts).toEqual({ schooling: 'high-school', tekun: 'true' });
  });

  it('aged 18 in higher education with partial capacity → has labour capacity, others not examined', () => {
    const d = assessTekunMember(
      member({
        birthDate: '2003-08-01',
        disability: null,
        tekun: true,
        schooling: 'higher',
        labourCapacity: 'partial',
      }),
      std(),
      'a',
    );
    expect(d.outcome).toBe('ineligible');
    expect(reason(d, 'has_labour_capacity')?.facts).toEqual({
      age: '18',
      labourCapacity: 'partial',
      disability: 'none',
      'age-at-least': '60',
      'age-below': '18',
    });
    expect(d.reasons.some((r) => r.code === 'income_below_threshold')).toBe(false);
    expect(renderMessage(stepMessage(d.trace.at(-1)!), 'en')).toContain(
      'the others are not examined',
    );
  });

  it('aged 18 with 特困 status, schooling and capacity unknown → undetermined naming all three', () => {
    const d = assessTekunMember(member({ birthDate: '2003-08-01', disability: null }), std(), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual([
      'members[0].tekun',
      'members[0].schooling',
      'members[0].labourCapacity',
    ]);
  });

  it('aged 18, not 特困, full capacity: schooling is not asked for → ineligible', () => {
    const d = assessTekunMember(
      member({ birthDate: '2003-08-01', disability: null, tekun: false, labourCapacity: 'full' }),
      std(),
      'a',
    );
    expect(d.outcome).toBe('ineligible');
    expect(missing(d)).toEqual([]);
  });

  it('a listed disability holds without a birth date (no age in the facts)', () => {
    const d = assessTekunMember(
      member({ birthDate: undefined, disability: { category: 'physical', grade: 2 } }),
      std(),
      'a',
    );
    expect(reason(d, 'no_labour_capacity')?.facts).toEqual({ condition: 'disability' });
    expect(d.outcome).toBe('eligible');
    expect(d.values.age).toBeUndefined();
  });

  it('a recognised absence of labour capacity (aged 40) suffices', () => {
    const d = assessTekunMember(
      member({ birthDate: '1981-01-01', labourCapacity: 'none' }),
      std(),
      'a',
    );
    expect(d.outcome).toBe('eligible');
    const r = reason(d, 'no_labour_capacity');
    expect(r?.facts).toEqual({ labourCapacity: 'none' });
    expect(renderMessage(r!.message, 'zh-CN')).toBe('成员 a 无劳动能力：经认定无劳动能力');
  });

  it('disability-only conditions, no school list, no birth date: has capacity with age "?"', () => {
    const s = withTekun({
      noLabourCapacity: { conditions: [{ kind: 'disability', grades: [1, 2] }] },
    });
    const d = assessTekunMember(
      member({
        birthDate: undefined,
        disability: { category: 'physical', grade: 3 },
        labourCapacity: 'partial',
      }),
      s,
      'a',
    );
    expect(d.outcome).toBe('ineligible');
    expect(reason(d, 'has_labour_capacity')?.facts).toEqual({
      age: '?',
      labourCapacity: 'partial',
      disability: 'physical-3',
    });
  });

  it('the table without conditions → missing parameter', () => {
    const d = assessTekunMember(member({}), withTekun({ noLabourCapacity: {} }), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['tekun.noLabourCapacity.conditions']);
  });
});

describe('assessTekunMember: means, area and amount', () => {
  it('no area → undetermined naming area, no amount', () => {
    const h = member({});
    delete h.area;
    const d = assessTekunMember(h, std(), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['area']);
    expect(d.amount).toBeNull();
  });

  it('own income 499 < 500 → eligible; 500 is not below the standard → ineligible (gap 0)', () => {
    const inc = (amount: number) =>
      household([], [{ memberId: 'a', type: 'wage', amount, period: 'month' }]);
    const below = assessTekunMember(inc(499), std(), 'a');
    expect(below.outcome).toBe('eligible');
    expect(below.values.memberIncome).toBe('499');
    const equal = assessTekunMember(inc(500), std(), 'a');
    expect(equal.outcome).toBe('ineligible');
    expect(equal.reasons.find((r) => r.code === 'income_not_below_threshold')).toMatchObject({
      threshold: '500',
      actual: '500',
      gap: '0',
    });
  });

  it('no 低保 standard for the area → missing parameter dibao.standard.rural', () => {
    const d = assessTekunMember(member({}), std({ ...base, dibao: { assets: 'not-tested' } }), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['dibao.standard.rural']);
  });

  it('own asset limits: 1 vehicle against at most 0 → ineligible; no asset rule → missing parameter', () => {
    const h = { ...member({}), assets: { vehicles: 1 } };
    const d = assessTekunMember(h, withTekun({ assets: { limits: { maxVehicles: 0 } } }), 'a');
    expect(d.outcome).toBe('ineligible');
    expect(d.reasons.find((r) => r.code === 'assets_exceed_limit')).toMatchObject({
      memberId: 'a',
      threshold: '0',
      actual: '1',
      gap: '1',
      parameter: 'tekun.assets.limits.maxVehicles',
    });
    const { assets: _, ...noAssets } = tekun;
    const u = assessTekunMember(member({}), std({ ...base, tekun: noAssets }), 'a');
    expect(params(u)).toEqual(['tekun.assets']);
  });

  it('financial assets per co-resident member: 20,000 over 2 is 10,000, within 10,000; over 1 it exceeds by 10,000; co-residence unknown → missing fact', () => {
    const s = withTekun({ assets: { limits: { financialPerCapita: { yuan: '10000' } } } });
    const other = { id: 'b', birthDate: '1950-01-01' };
    const withB = (lives: boolean | undefined) => ({
      ...household([]),
      members: [
        { ...member({}).members[0], id: 'a' },
        lives === undefined ? other : { ...other, livesWithHousehold: lives },
      ],
      assets: { financial: '20000' },
    });
    const together = assessTekunMember(withB(true) as never, s, 'a');
    expect(together.outcome).toBe('eligible');
    expect(together.reasons.find((r) => r.code === 'assets_within_limit')).toMatchObject({
      threshold: '10000',
      actual: '10000',
      gap: '0',
    });
    const apart = assessTekunMember(withB(false) as never, s, 'a');
    expect(apart.outcome).toBe('ineligible');
    expect(apart.reasons.find((r) => r.code === 'assets_exceed_limit')).toMatchObject({
      actual: '20000',
      gap: '10000',
    });
    const unknown = assessTekunMember(withB(undefined) as never, s, 'a');
    expect(unknown.outcome).toBe('undetermined');
    expect(missing(unknown)).toEqual(['members[1].livesWithHousehold']);
    expect(unknown.reasons.some((r) => r.code.startsWith('assets_'))).toBe(false);
  });

  it('basic standard by support mode: concentrated 700; dispersed falls back to the area figure 650; unknown mode → missing', () => {
    const s = withTekun({
      basic: { rural: { yuan: '650' }, concentrated: { rural: { yuan: '700' } } },
    });
    expect(assessTekunMember(member({ supportMode: 'concentrated' }), s, 'a').amount?.total).toBe(
      '700.00',
    );
    expect(assessTekunMember(member({ supportMode: 'dispersed' }), s, 'a').amount?.total).toBe(
      '650.00',
    );
    const u = assessTekunMember(member({}), s, 'a');
    expect(u.outcome).toBe('undetermined');
    expect(missing(u)).toEqual(['members[0].supportMode']);
  });

  it('no basic standard → missing parameter tekun.basic.rural', () => {
    const d = assessTekunMember(member({}), withTekun({ basic: {} }), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['tekun.basic.rural']);
  });

  it('assessed care level: full → 650 + 300 = 950.00; unknown level id or no level → undetermined', () => {
    const full = assessTekunMember(member({ careLevel: 'full' }), std(), 'a');
    expect(full.amount?.total).toBe('950.00');
    expect(full.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['basic', '650'],
      ['care', '300'],
    ]);
    expect(full.values.careLevel).toBe('full');
    const other = assessTekunMember(member({ careLevel: 'partial' }), std(), 'a');
    expect(params(other)).toEqual(['tekun.care.levels[id=partial]']);
    const none = assessTekunMember(member({ careLevel: undefined }), std(), 'a');
    expect(missing(none)).toEqual(['members[0].careLevel']);
    const { care: _, ...noCare } = tekun;
    expect(params(assessTekunMember(member({}), std({ ...base, tekun: noCare }), 'a'))).toEqual([
      'tekun.care',
    ]);
  });

  it('care from daily activities: 1 not done with only a 0-not-done level → missing levels; unknown activity → missing fact', () => {
    const s = withTekun({
      care: {
        scale: 'daily-activities',
        levels: [
          {
            id: 'self',
            label: { 'zh-CN': '自理', en: 'self' },
            notDoneAtMost: 0,
            amount: { yuan: '60' },
          },
        ],
      },
    });
    const done = {
      eating: true,
      dressing: true,
      transferring: true,
      toileting: true,
      walkingIndoors: true,
      bathing: true,
    };
    const ok = assessTekunMember(member({ dailyActivities: done }), s, 'a');
    expect(ok.amount?.total).toBe('710.00');
    expect(ok.values.activitiesNotDone).toBe('0');
    const one = assessTekunMember(member({ dailyActivities: { ...done, bathing: false } }), s, 'a');
    expect(params(one)).toEqual(['tekun.care.levels']);
    const { bathing: _, ...five } = done;
    const unknown = assessTekunMember(member({ dailyActivities: five }), s, 'a');
    expect(missing(unknown)).toEqual(['members[0].dailyActivities.bathing']);
  });
});

describe('routePovertyAlleviated routes', () => {
  const tp = (members: MemberInput[], povertyAlleviated?: boolean) => ({
    ...household([], [], {}),
    members,
    ...(povertyAlleviated === undefined ? {} : { status: { povertyAlleviated } }),
  });
  const old: MemberInput = {
    id: 'a',
    livesWithHousehold: true,
    birthDate: '1946-01-01',
    labourCapacity: 'none',
    careLevel: 'self-care',
    supporterIds: [],
  };
  const worker: MemberInput = {
    id: 'w',
    livesWithHousehold: true,
    birthDate: '1981-01-01',
    labourCapacity: 'partial',
    disability: null,
    tekun: false,
    schooling: 'none',
    supporterIds: [],
  };

  it('unknown 脱贫 status → undetermined; not 脱贫 → none', () => {
    expect(routePovertyAlleviated(tp([old]), std())).toMatchObject({
      applies: undefined,
      route: 'undetermined',
      members: [],
    });
    expect(routePovertyAlleviated(tp([old], false), std())).toMatchObject({
      applies: false,
      route: 'none',
    });
  });

  it('only members with full capacity → none', () => {
    const r = routePovertyAlleviated(tp([{ ...worker, labourCapacity: 'full' }], true), std());
    expect(r).toMatchObject({ applies: true, route: 'none', members: [] });
  });

  it('a 特困 member and a 低保 member → dibao; 特困 plus unknown capacity → undetermined', () => {
    expect(routePovertyAlleviated(tp([old, worker], true), std())).toMatchObject({
      route: 'dibao',
      members: [
        { memberId: 'a', route: 'tekun' },
        { memberId: 'w', route: 'dibao' },
      ],
    });
    const { labourCapacity: _, ...unknown } = worker;
    expect(routePovertyAlleviated(tp([old, unknown], true), std())).toMatchObject({
      route: 'undetermined',
      members: [
        { memberId: 'a', route: 'tekun' },
        { memberId: 'w', route: 'undetermined' },
      ],
    });
  });

  it('a member whose 特困 determination is undetermined (supporters unknown) → undetermined', () => {
    const { supporterIds: _, ...noSupporters } = old;
    expect(routePovertyAlleviated(tp([noSupporters], true), std())).toMatchObject({
      route: 'undetermined',
      members: [{ memberId: 'a', route: 'undetermined' }],
    });
  });
});

describe('the member amount is rounded once, by tekun.rounding', () => {
  // Basic 14,000 yuan a year = 3500/3 = 1166.666… yuan a month; care (self-care) 0.
  const yearly: Partial<Tekun> = { basic: { rural: { yuan: '14000', per: 'year' } } };

  it('without a rule, an amount not in whole fen is undetermined (missing tekun.rounding)', () => {
    const d = assessTekunMember(member({}), withTekun(yearly), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
    expect(params(d)).toEqual(['tekun.rounding']);
  });

  it('half-up to the fen: 1166.67, and the breakdown sums to it (rounding line 1/300)', () => {
    const d = assessTekunMember(
      member({}),
      withTekun({ ...yearly, rounding: { unit: '0.01', mode: 'half-up' } }),
      'a',
    );
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('1166.67');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['basic', '3500/3'],
      ['care', '0'],
      ['rounding', '1/300'],
    ]);
    const step = d.trace.find((s) => s.rule === 'tekun.amount.rounding');
    expect(step?.values).toEqual({ unrounded: '3500/3', total: '1166.67' });
  });

  it('up to the yuan: 1167 (rounding line 1/3)', () => {
    const d = assessTekunMember(
      member({}),
      withTekun({ ...yearly, rounding: { unit: '1', mode: 'up' } }),
      'a',
    );
    expect(d.amount?.total).toBe('1167.00');
    expect(d.amount?.breakdown.at(-1)).toMatchObject({ code: 'rounding', amount: '1/3' });
  });

  it('an amount in whole fen needs no rule: 650.00 with no rounding step or line', () => {
    const d = assessTekunMember(member({}), std(), 'a');
    expect(d.amount?.total).toBe('650.00');
    expect(d.amount?.breakdown.map((l) => l.code)).toEqual(['basic', 'care']);
    expect(d.trace.some((s) => s.rule === 'tekun.amount.rounding')).toBe(false);
  });
});
