import { describe, expect, it } from 'vitest';
import {
  assessDibao,
  assessSinglePerson,
  computeHouseholdIncome,
  type HouseholdInput,
  nationalCitations,
  parseHousehold,
  Recorder,
  renderMessage,
  stepMessage,
} from '../../src/index';
import { oneEntryStandards } from '../support/standards';

// Issue 20 item 7 (最低生活保障审核确认办法 第七条): children in full-time education at bachelor
// level or below are household members although they live at school. 低保 500 (urban, gap);
// the parents earn 600 in all; the child away at school earns 90 part-time.
const round = { unit: '0.01' as const, mode: 'half-up' as const };
const dibao = {
  standard: { urban: { yuan: '500' } },
  payment: { method: 'gap' as const },
  rounding: round,
  assets: 'not-tested' as const,
};
const studentsAway = {
  levels: ['compulsory', 'high-school', 'vocational', 'higher'] as (
    | 'compulsory'
    | 'high-school'
    | 'vocational'
    | 'higher'
  )[],
  source: {
    document: '最低生活保障审核确认办法',
    number: '民发〔2021〕57号',
    clause: '第七条',
    published: '2021-07-01',
  },
};
type Member = HouseholdInput['members'][number];
const household = (child: Partial<Member>): HouseholdInput => ({
  id: 'h',
  region: '320400',
  area: 'urban',
  members: [
    { id: 'a', relation: 'head', livesWithHousehold: true },
    { id: 'b', relation: 'spouse', livesWithHousehold: true },
    { id: 'c', livesWithHousehold: false, ...child },
  ],
  incomes: [
    { memberId: 'a', type: 'wage', amount: '600', period: 'month' },
    { memberId: 'c', type: 'wage', amount: '90', period: 'month' },
  ],
});
const std = (withTable = true) =>
  oneEntryStandards({ dibao, ...(withTable ? { income: { studentsAway } } : {}) });
const studentStep = (d: ReturnType<typeof assessDibao>) =>
  d.trace.filter((s) => s.rule === 'income.student-away');
const missing = (d: ReturnType<typeof assessDibao>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));

describe('members counted: a child away at school (审核确认办法 第七条)', () => {
  it('a child away for a bachelor degree counts: 3 members, 690 counted → 500 × 3 − 690 = 810.00', () => {
    const d = assessDibao(household({ relation: 'child', awayForFullTimeStudy: 'higher' }), std());
    expect(d.outcome).toBe('eligible');
    expect(d.values.countedMembers).toBe('3');
    expect(d.values.countedIncome).toBe('690');
    expect(d.amount?.total).toBe('810.00');
    const [s] = studentStep(d);
    expect(s?.values).toEqual({ studentsCountedIds: 'c' });
    expect(
      renderMessage(stepMessage(d.trace.find((t) => t.rule === 'income.co-resident')!), 'en'),
    ).toBe('3 member(s) counted (of whom 1 child(ren) living away at school)');
    expect(s?.parameters).toEqual([
      {
        parameter: 'income.studentsAway.levels',
        value: 'compulsory,high-school,vocational,higher',
      },
    ]);
    expect(renderMessage(stepMessage(s!), 'zh-CN')).toBe(
      '在校接受全日制义务、普通高中、中等职业、专科、本科教育、不在家居住的子女仍为家庭成员，计入：c',
    );
    expect(nationalCitations('income.student-away').map((c) => c.clause)).toEqual(['第七条']);
  });

  it('a child away at senior high school counts too (below the bachelor level)', () => {
    const d = assessDibao(
      household({ relation: 'child', awayForFullTimeStudy: 'high-school' }),
      std(),
    );
    expect(d.values.countedMembers).toBe('3');
    expect(d.amount?.total).toBe('810.00');
  });

  it('a postgraduate away is not counted: 2 members, 600 counted → 500 × 2 − 600 = 400.00', () => {
    const d = assessDibao(
      household({ relation: 'child', awayForFullTimeStudy: 'postgraduate' }),
      std(),
    );
    expect(d.outcome).toBe('eligible');
    expect(d.values.countedMembers).toBe('2');
    expect(d.values.countedIncome).toBe('600');
    expect(d.amount?.total).toBe('400.00');
    expect(studentStep(d)[0]?.values).toEqual({ studentsNotCountedIds: 'c' });
    expect(renderMessage(stepMessage(studentStep(d)[0]!), 'en')).toBe(
      'children away for study at a level not counted (counted: compulsory, senior high school, secondary vocational, college or bachelor) are not counted: c',
    );
  });

  it('a child living away for another reason (null) is not counted, as before', () => {
    const d = assessDibao(household({ relation: 'child', awayForFullTimeStudy: null }), std());
    expect(d.values.countedMembers).toBe('2');
    expect(d.amount?.total).toBe('400.00');
    expect(studentStep(d)).toEqual([]);
  });

  it('a child living away, study not stated → undetermined, the fact asked', () => {
    const d = assessDibao(household({ relation: 'child' }), std());
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['members[2].awayForFullTimeStudy']);
    expect(d.reasons).toContainEqual(
      expect.objectContaining({ code: 'missing_fact', rule: 'income.student-away' }),
    );
  });

  it('a member of unknown relation living away, study not stated: not asked (nothing says child or student)', () => {
    const d = assessDibao(household({}), std());
    expect(d.outcome).toBe('eligible');
    expect(d.values.countedMembers).toBe('2');
  });

  it('away for study at a counted level, relation unknown → the relation is asked', () => {
    const d = assessDibao(household({ awayForFullTimeStudy: 'higher' }), std());
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['members[2].relation']);
  });

  it('a sibling away at university is not a child: not counted, nothing asked', () => {
    const d = assessDibao(
      household({ relation: 'sibling', awayForFullTimeStudy: 'higher' }),
      std(),
    );
    expect(d.outcome).toBe('eligible');
    expect(d.values.countedMembers).toBe('2');
  });

  it('a table without income.studentsAway: a child away at school → missing parameter, undetermined', () => {
    const d = assessDibao(
      household({ relation: 'child', awayForFullTimeStudy: 'higher' }),
      std(false),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons).toContainEqual(
      expect.objectContaining({ code: 'missing_parameter', parameter: 'income.studentsAway' }),
    );
  });

  it('the table decides the levels: postgraduate listed → counted', () => {
    const d = assessDibao(
      household({ relation: 'child', awayForFullTimeStudy: 'postgraduate' }),
      oneEntryStandards({
        dibao,
        income: { studentsAway: { levels: ['higher', 'postgraduate'], illustrative: 'test' } },
      }),
    );
    expect(d.values.countedMembers).toBe('3');
    expect(d.amount?.total).toBe('810.00');
  });

  it('a single-person assessment names its members: the exception does not add anyone', () => {
    const h = parseHousehold(household({ relation: 'child', awayForFullTimeStudy: 'higher' }));
    if (!h.ok) throw h.error;
    const income = computeHouseholdIncome(h.value, std(), new Recorder(), {
      program: 'single-person',
      memberIds: ['a'],
    });
    expect(income.memberIds).toEqual(['a']);
  });

  it('an unknown level is an input error at its path', () => {
    const r = parseHousehold(household({ awayForFullTimeStudy: 'doctorate' as never }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.issues.map((i) => i.pathText)).toEqual(['members[2].awayForFullTimeStudy']);
  });
});

// 单人户 counts the household's members itself (its property divide and its income window):
// the same rule. 低保 600, limit 24000 per member, window 1 × – 1.5 ×; c (grade 1) applies; d is
// away at university. Wages 2800 over 4 = 700 (in the window), savings 80000 / 4 = 20000 ≤ 24000.
// Without d: 2800 / 3 = 933.33 ≥ 900 and 80000 / 3 = 26666.67 > 24000.
describe('单人户: a child away at school is one of the household’s members', () => {
  const round2 = { unit: '0.01' as const, mode: 'half-up' as const };
  const sp = (basis: 'household' | 'other-members') =>
    oneEntryStandards(
      {
        dibao: {
          standard: { urban: { yuan: '600' } },
          payment: { method: 'gap' },
          rounding: round2,
          assets: { financialPerCapita: { yuan: '24000' } },
        },
        lowIncome: { assets: { sameAsDibao: true } },
        income: { studentsAway },
        singlePerson: {
          categories: [
            {
              id: 'severe',
              label: { 'zh-CN': '重度残疾', en: 'severely disabled' },
              allOf: [{ kind: 'disability', grades: [1, 2] }],
            },
          ],
          householdIncome: {
            basis,
            atLeast: { multiple: '1', of: 'dibao.standard.@area', round: round2 },
            below: { multiple: '1.5', of: 'dibao.standard.@area', round: round2 },
          },
        },
      },
      { on: '2021-09-01' },
    );
  const h = (away: 'higher' | 'postgraduate'): HouseholdInput => ({
    id: 'h',
    region: '320400',
    area: 'urban',
    members: [
      { id: 'a', relation: 'head', livesWithHousehold: true, tekun: false },
      { id: 'b', relation: 'spouse', livesWithHousehold: true, tekun: false },
      {
        id: 'c',
        relation: 'child',
        livesWithHousehold: true,
        tekun: false,
        disability: { category: 'physical', grade: 1 },
      },
      {
        id: 'd',
        relation: 'child',
        livesWithHousehold: false,
        awayForFullTimeStudy: away,
        tekun: false,
      },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: '2800', period: 'month' }],
    expenditures: [],
    assets: { financial: '80000' },
    status: { dibao: false },
    application: { singlePersonMemberIds: ['c'] },
  });

  it('bachelor student away: 4 members, 700 per person in the window, 20000 ≤ 24000 → eligible', () => {
    const [d] = assessSinglePerson(h('higher'), sp('household'));
    expect(d?.outcome).toBe('eligible');
    expect(d?.values.householdPerCapitaIncome).toBe('700');
    expect(d?.reasons.find((r) => r.code === 'assets_within_limit')).toMatchObject({
      actual: '20000',
      threshold: '24000',
    });
  });

  it('postgraduate away: 3 members, 26666.67 > 24000 → ineligible', () => {
    const [d] = assessSinglePerson(h('postgraduate'), sp('household'));
    expect(d?.outcome).toBe('ineligible');
    expect(d?.reasons.find((r) => r.code === 'assets_exceed_limit')).toMatchObject({
      threshold: '24000',
    });
  });

  it('window over the other members: a, b and the student d (2800 / 3); without d, a and b (1400)', () => {
    const [d] = assessSinglePerson(h('higher'), sp('other-members'));
    // Other members a, b, d: 2800 / 3 = 2800/3, above 900 → out of the window.
    expect(d?.values.householdPerCapitaIncome).toBe('2800/3');
    const [p] = assessSinglePerson(h('postgraduate'), sp('other-members'));
    // Other members a, b: 2800 / 2 = 1400.
    expect(p?.values.householdPerCapitaIncome).toBe('1400');
  });
});

describe('awayForFullTimeStudy takes only levels of study (null: not away)', () => {
  it.each(['none', 'preschool'])('"%s" is an input error at the member’s path', (level) => {
    const r = parseHousehold({
      id: 'h',
      region: '320400',
      members: [{ id: 'a', livesWithHousehold: false, awayForFullTimeStudy: level }],
      incomes: [],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.pathText).toBe('members[0].awayForFullTimeStudy');
  });
});
