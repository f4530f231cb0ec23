import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDibao,
  type HouseholdInput,
  placeInTier,
  renderMessage,
  type StandardsTableInput,
  stepMessage,
} from '../../src/index';
import { loadHouseholdFixtures, loadTable } from '../fixtures/load';
import { oneEntryStandards } from '../support/standards';

// Issue 20 item 12: 特困 and 低保 at once (不重复享受), table-configurable (`dibao.tekunMembers`).
// Standard 1000 (rural); a (72) supported as 特困 with 300 a month of own income; b earns 1200;
// c has none. Counting a: 1000 × 3 − 1500 = 1500; leaving a out: 1000 × 2 − 1200 = 800.
type Params = StandardsTableInput['entries'][number]['params'];
const dibao = {
  standard: { urban: { yuan: '1000' }, rural: { yuan: '1000' } },
  payment: { method: 'gap' as const },
  rounding: { unit: '0.01' as const, mode: 'half-up' as const },
  assets: 'not-tested' as const,
};
const std = (tekunMembers?: { rule: 'excluded' | 'counted'; illustrative?: string }) =>
  oneEntryStandards({
    dibao: { ...dibao, ...(tekunMembers ? { tekunMembers } : {}) },
  } as Params);
type Member = HouseholdInput['members'][number];
function household(aTekun = true, cTekun: boolean | 'unknown' = false) {
  const a: Member = { id: 'a', birthDate: '1949-03-01', livesWithHousehold: true };
  const c: Member = { id: 'c', livesWithHousehold: true };
  a.tekun = aTekun;
  if (cTekun !== 'unknown') c.tekun = cTekun;
  return {
    id: 'h',
    region: '320400',
    area: 'rural',
    members: [a, { id: 'b', livesWithHousehold: true, tekun: false }, c],
    incomes: [
      { memberId: 'a', type: 'other', amount: '300', period: 'month' },
      { memberId: 'b', type: 'wage', amount: '1200', period: 'month' },
    ],
  } as HouseholdInput;
}
const codes = (d: ReturnType<typeof assessDibao>) => d.reasons.map((r) => r.code);
const missing = (d: ReturnType<typeof assessDibao>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
const params = (d: ReturnType<typeof assessDibao>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('低保 and 特困 at once (dibao.tekunMembers)', () => {
  it('excluded: a is left out with a own income: 1000 × 2 − 1200 = 800.00', () => {
    const d = assessDibao(household(), std({ rule: 'excluded' }));
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('800.00');
    expect(d.values).toMatchObject({
      countedMembers: '2',
      countedIncome: '1200',
      tekunMembersExcluded: 'a',
      dibaoMemberIds: 'b,c',
    });
    const step = d.trace.find((s) => s.rule === 'dibao.members.tekun');
    expect(step?.values).toEqual({ tekunMembers: 'excluded', tekunMemberIds: 'a' });
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toContain('不重复享受低保');
    expect(renderMessage(stepMessage(step!), 'en')).toContain('do not also receive 低保');
  });

  it('counted: a counts with the household, as the table says: 1000 × 3 − 1500 = 1500.00', () => {
    const d = assessDibao(household(), std({ rule: 'counted' }));
    expect(d.amount?.total).toBe('1500.00');
    expect(d.values.countedMembers).toBe('3');
    const step = d.trace.find((s) => s.rule === 'dibao.members.tekun');
    expect(step?.values).toEqual({ tekunMembers: 'counted', tekunMemberIds: 'a' });
  });

  it('no rule in the table and a member stated 特困 → undetermined, missing dibao.tekunMembers', () => {
    const d = assessDibao(household(), std());
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['dibao.tekunMembers']);
  });

  it('no rule in the table and no member stated 特困 → not asked: 1000 × 3 − 1500 = 1500.00', () => {
    const d = assessDibao(household(false), std());
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('1500.00');
    expect(d.trace.some((s) => s.rule === 'dibao.members.tekun')).toBe(false);
  });

  it('excluded and a member whose 特困 status is unknown → undetermined, missing members[2].tekun', () => {
    const d = assessDibao(household(true, 'unknown'), std({ rule: 'excluded' }));
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['members[2].tekun']);
  });

  it('excluded: a 特困 child counted while away at school is left out too: 800.00', () => {
    // a is a 19-year-old child at 中职, living at school: counted by 第七条 (the table counts
    // vocational study), and left out of 低保 as 特困 like a co-resident member.
    const h = household();
    const a = h.members[0] as Member;
    Object.assign(a, {
      birthDate: '2002-03-01',
      livesWithHousehold: false,
      relation: 'child',
      awayForFullTimeStudy: 'vocational',
    });
    const t = oneEntryStandards({
      dibao: { ...dibao, tekunMembers: { rule: 'excluded', illustrative: 'test' } },
      income: { studentsAway: { levels: ['vocational'], illustrative: 'test' } },
    } as Params);
    const d = assessDibao(h, t);
    expect(d.amount?.total).toBe('800.00');
    expect(d.values).toMatchObject({ countedMembers: '2', tekunMembersExcluded: 'a' });
  });

  it('excluded: the household savings are still divided over all 3 members (20000 each, within 24000)', () => {
    // Savings 60000 and a limit of 24000 per person: 60000 / 3 = 20000 passes; dividing over the
    // 2 members left in 低保 (30000) would refuse the household for a 特困 member's share.
    const h = { ...household(), assets: { financial: '60000' } } as HouseholdInput;
    const t = oneEntryStandards({
      dibao: {
        ...dibao,
        assets: { financialPerCapita: { yuan: '24000' } },
        tekunMembers: { rule: 'excluded', illustrative: 'test' },
      },
    } as Params);
    const d = assessDibao(h, t);
    expect(codes(d)).toContain('assets_within_limit');
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('800.00');
  });

  it('excluded and every member 特困 → no member left in 低保: ineligible', () => {
    const h = household(true, true);
    (h.members[1] as Member).tekun = true;
    const d = assessDibao(h, std({ rule: 'excluded' }));
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('no_counted_members');
  });

  it('the tier shows the split: a in 特困, b and c in 低保 (fixture dibao-29)', () => {
    const f = loadHouseholdFixtures().find((x) => x.file.startsWith('dibao-29'));
    if (!f) throw new Error('fixture dibao-29');
    const a = assess(f.household as HouseholdInput, loadTable(f.table), { on: f.on });
    expect(a.determinations.dibao.amount?.total).toBe('800.00');
    expect(a.tier.split).toMatchObject({ tekunMemberIds: ['a'], dibaoMemberIds: ['b', 'c'] });
    expect(renderMessage(a.tier.split!.message, 'zh-CN')).toBe(
      '特困供养成员 a 享受特困人员救助供养、不重复享受低保；成员 b、c 享受最低生活保障',
    );
    expect(renderMessage(a.tier.split!.message, 'en')).toContain('receive 低保');
  });

  it('no split where 特困 members are counted in 低保, or 低保 is not eligible', () => {
    const counted = assessDibao(household(), std({ rule: 'counted' }));
    expect(placeInTier({ dibao: counted }).split).toBeUndefined();
    const excluded = assessDibao(household(), std({ rule: 'excluded' }));
    expect(placeInTier({ dibao: excluded }).split?.dibaoMemberIds).toEqual(['b', 'c']);
    expect(placeInTier({ dibao: { ...excluded, outcome: 'ineligible' } }).split).toBeUndefined();
  });
});

describe('explain shows the 特困 / 低保 split under the tier', () => {
  it('the summary of fixture dibao-29 has the split line after the tier', async () => {
    const { explainAssessment } = await import('../../src/index');
    const f = loadHouseholdFixtures().find((x) => x.file.startsWith('dibao-29'));
    if (!f) throw new Error('fixture dibao-29');
    const a = assess(f.household as HouseholdInput, loadTable(f.table), { on: f.on });
    const lines = explainAssessment(a, { locale: 'zh-CN' }).split('\n');
    expect(lines[2]).toBe(
      '特困供养成员 a 享受特困人员救助供养、不重复享受低保；成员 b、c 享受最低生活保障',
    );
  });
});
