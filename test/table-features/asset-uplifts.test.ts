import { describe, expect, it } from 'vitest';
import { countedMembers } from '../../src/assets/financialUplift';
import {
  assessDibao,
  assessLowIncome,
  type HouseholdInput,
  renderMessage,
  resolveStandards,
  stepMessage,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

// local-rules.json, 370100: standard 800. 低保 financial limit per member 20 × 800 = 16000;
// uplifts in order: at most 2 members × 1.5 (24000); a member under 18, 60 or over, or grade 1–2
// disabled × 1.2 (19200). Low-income: 30 × 800 = 24000, the same uplifts (36000 / 28800).
const std = (() => {
  const r = resolveStandards(loadTable('local-rules.json'), { region: '370102', on: '2021-08-01' });
  if (!r.ok) throw r.error;
  return r.value;
})();

type Member = HouseholdInput['members'][number];
const adult = (id: string, over: Partial<Member> = {}): Member => ({
  id,
  livesWithHousehold: true,
  birthDate: '1980-01-01',
  disability: null,
  ...over,
});

function household(members: Member[], financial: string): HouseholdInput {
  return {
    id: 'h',
    region: '370102',
    area: 'urban',
    members,
    incomes: [],
    assets: { financial },
  };
}

const assets = (d: ReturnType<typeof assessDibao>) =>
  d.reasons.find((r) => r.rule === 'dibao.eligibility.assets' && r.code !== 'missing_fact')?.code;

describe('financial-asset limits with ordered uplifts', () => {
  const two = [adult('a'), adult('b')];
  const threeWithMinor = [adult('a'), adult('b'), adult('c', { birthDate: '2010-01-01' })];
  const three = [adult('a'), adult('b'), adult('c')];
  const cases: [string, Member[], string, string, string][] = [
    ['2 members at 24000 each', two, '48000', 'assets_within_limit', 'small-household'],
    ['2 members at 24000.01 each', two, '48000.02', 'assets_exceed_limit', 'small-household'],
    [
      '3 with a minor at 19200',
      threeWithMinor,
      '57600',
      'assets_within_limit',
      'vulnerable-member',
    ],
    [
      '3 with a minor at 19200.01',
      threeWithMinor,
      '57600.03',
      'assets_exceed_limit',
      'vulnerable-member',
    ],
    ['3 adults at 16000', three, '48000', 'assets_within_limit', 'none'],
    ['3 adults at 16000.01', three, '48000.03', 'assets_exceed_limit', 'none'],
  ];
  for (const [name, members, financial, code, uplift] of cases) {
    it(`${name} → ${code} (uplift ${uplift})`, () => {
      const d = assessDibao(household(members, financial), std);
      expect(assets(d)).toBe(code);
      expect(d.values.financialUplift).toBe(uplift);
    });
  }

  it('applies the first uplift that holds: 2 members with a minor get × 1.5, not × 1.2', () => {
    const d = assessDibao(
      household([adult('a'), adult('b', { birthDate: '2012-01-01' })], '48000'),
      std,
    );
    expect(d.values).toMatchObject({ financialUplift: 'small-household', financialLimit: '24000' });
    const step = d.trace.find((s) => s.values.financialUplift === 'small-household');
    expect(step?.parameters).toEqual([
      { parameter: 'dibao.assets.financialUplifts.0.factor', value: '1.5' },
    ]);
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toBe(
      '人均金融资产限额上浮：2人及以下家庭（small-household），1.5 × 16000.00 = 24000.00 元',
    );
    expect(renderMessage(stepMessage(step!), 'en')).toBe(
      'financial-asset limit raised: household of at most 2 (small-household), 1.5 × 16000.00 = 24000.00 yuan',
    );
  });

  it('an undecidable uplift matters only between the possible limits (16000 or 19200)', () => {
    const unknownAge = [adult('a'), adult('b'), adult('c', { birthDate: undefined })];
    // 15000 each: within even 16000.
    const low = assessDibao(household(unknownAge, '45000'), std);
    expect(assets(low)).toBe('assets_within_limit');
    expect(low.values.financialUplift).toBe('undecided');
    // 20000 each: above even 19200.
    expect(assets(assessDibao(household(unknownAge, '60000'), std))).toBe('assets_exceed_limit');
    // 18000 each: depends on c's age.
    const mid = assessDibao(household(unknownAge, '54000'), std);
    expect(mid.outcome).toBe('undetermined');
    expect(mid.reasons).toContainEqual(
      expect.objectContaining({ code: 'missing_fact', paths: ['members[2].birthDate'] }),
    );
  });

  it('applies the same uplifts to the low-income limits (30 × 800 = 24000; × 1.5 = 36000)', () => {
    const members = [adult('a', { tekun: false }), adult('b', { tekun: false })];
    const h = { ...household(members, '72000'), status: { dibao: false } };
    const income = [
      { memberId: 'a', type: 'wage' as const, amount: '2000', period: 'month' as const },
    ];
    const within = assessLowIncome({ ...h, incomes: income }, std);
    expect(within.values).toMatchObject({
      financialUplift: 'small-household',
      financialLimit: '36000',
    });
    expect(within.outcome).toBe('eligible');
    const above = assessLowIncome(
      { ...h, incomes: income, assets: { financial: '72000.02' } },
      std,
    );
    expect(above.outcome).toBe('ineligible');
  });

  it('looks at the counted members only: a member assessed alone, or the co-resident members', () => {
    const h = {
      id: 'h',
      region: '370102',
      members: [adult('a'), adult('b', { livesWithHousehold: false }), adult('c')],
      incomes: [],
    };
    const ids = (x: { member: { id: string } }[]) => x.map((m) => m.member.id);
    expect(ids(countedMembers(h, undefined))).toEqual(['a', 'c']);
    expect(ids(countedMembers(h, 'b'))).toEqual(['b']);
    expect(ids(countedMembers(h, undefined, ['c']))).toEqual(['c']);
  });
});
