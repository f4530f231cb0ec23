import { describe, expect, it } from 'vitest';
import {
  assessTekun,
  assessTekunMember,
  type MessageRef,
  reasonMessage,
  renderMessage,
  stepMessage,
} from '../../src/index';
import { able, base, household, std, tekun } from './branches-table';

type D = ReturnType<typeof assessTekunMember>;
const missing = (d: D) => d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
const params = (d: D) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));
/** The reason of that code, with its message (its own, or that of the step it names). */
const finding = (d: D, code: string) => {
  const r = d.reasons.find((x) => x.code === code);
  return r === undefined
    ? undefined
    : ({ ...r, message: reasonMessage(r, d.trace) } as {
        facts: Record<string, string>;
        message: MessageRef;
      });
};

describe('decideNoSupporter: 第八条 supporter-unable conditions', () => {
  it('an able supporter (aged 40, none of the five conditions) → ineligible, supporter_able', () => {
    const d = assessTekunMember(household([able]), std(), 'a');
    expect(d.outcome).toBe('ineligible');
    expect(d.amount).toBeNull();
    expect(finding(d, 'supporter_able')?.facts).toEqual({ supporterId: 's', age: '40' });
    expect(renderMessage(finding(d, 'supporter_able')!.message, 'zh-CN')).toContain(
      '义务人 s（40 周岁）',
    );
  });

  it('(1) a supporter who is 特困 himself → unable; a eligible 650 + 0 = 650.00', () => {
    const d = assessTekunMember(household([{ ...able, tekun: true }]), std(), 'a');
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('650.00');
    expect(finding(d, 'supporter_unable')?.facts).toEqual({
      supporterId: 's',
      condition: 'tekun',
      age: '40',
    });
    expect(renderMessage(finding(d, 'supporter_unable')!.message, 'zh-CN')).toBe(
      '义务人 s 无履行义务能力：本人为特困人员',
    );
  });

  it('(2) a 低保 recipient turning 60 on the day → unable; one day short of 60 → able', () => {
    const at60 = assessTekunMember(
      household([{ ...able, birthDate: '1961-08-01', dibaoRecipient: true }]),
      std(),
      'a',
    );
    expect(at60.outcome).toBe('eligible');
    expect(finding(at60, 'supporter_unable')?.facts).toMatchObject({
      condition: 'dibao-elderly',
      age: '60',
    });
    expect(renderMessage(finding(at60, 'supporter_unable')!.message, 'en')).toBe(
      'supporter s is unable to support: a 低保 recipient aged 60 or over',
    );
    const at59 = assessTekunMember(
      household([{ ...able, birthDate: '1961-08-02', dibaoRecipient: true }]),
      std(),
      'a',
    );
    expect(at59.outcome).toBe('ineligible');
    expect(finding(at59, 'supporter_able')?.facts.age).toBe('59');
  });

  it('(3) aged 70 with annual income 4166 × 12 = 49992 < 50000 and property within rules → unable (gap 8)', () => {
    const s = { ...able, birthDate: '1951-08-01' };
    const d = assessTekunMember(
      household([s], [{ memberId: 's', type: 'wage', amount: 4166, period: 'month' }]),
      std(),
      'a',
    );
    expect(d.outcome).toBe('eligible');
    expect(finding(d, 'supporter_unable')?.facts).toMatchObject({
      condition: 'elderly-low-income',
      age: '70',
    });
    const c = d.reasons.find((r) => r.code === 'supporter_income_below_threshold');
    expect(c).toMatchObject({ threshold: '50000', actual: '49992', gap: '8', test: '<' });
    expect(renderMessage(reasonMessage(c!, d.trace), 'zh-CN')).toBe(
      '义务人 s 本人年收入 49992.00 元低于上年度人均可支配收入 50000.00 元',
    );
  });

  it('(3) annual income exactly 50000 is not below the statistic (低于 is strict) → able', () => {
    const s = { ...able, birthDate: '1951-08-01' };
    const d = assessTekunMember(
      household([s], [{ memberId: 's', type: 'wage', amount: 50000, period: 'year' }]),
      std(),
      'a',
    );
    expect(d.outcome).toBe('ineligible');
    const c = d.reasons.find((r) => r.code === 'supporter_income_not_below_threshold');
    expect(c).toMatchObject({ threshold: '50000', actual: '50000', gap: '0' });
    expect(renderMessage(reasonMessage(c!, d.trace), 'en')).toContain('is not below');
    expect(finding(d, 'supporter_able')?.facts.age).toBe('70');
  });

  it('(3) aged 70 with low income but property beyond 低收入 rules → able', () => {
    const s = { ...able, birthDate: '1951-08-01', propertyWithinLowIncomeRules: false };
    const d = assessTekunMember(household([s]), std(), 'a');
    expect(d.outcome).toBe('ineligible');
    expect(finding(d, 'supporter_able')?.facts.age).toBe('70');
  });

  it('(4) physical grade 2 or intellectual grade 3 with no income → unable; physical grade 3 → able', () => {
    for (const disability of [
      { category: 'physical' as const, grade: 2 as const },
      { category: 'intellectual' as const, grade: 3 as const },
    ]) {
      const d = assessTekunMember(household([{ ...able, disability }]), std(), 'a');
      expect(d.outcome).toBe('eligible');
      expect(finding(d, 'supporter_unable')?.facts.condition).toBe('disabled-low-income');
    }
    const grade3 = assessTekunMember(
      household([{ ...able, disability: { category: 'physical', grade: 3 } }]),
      std(),
      'a',
    );
    expect(grade3.outcome).toBe('ineligible');
  });

  it('(5) imprisoned / declared missing / without civil capacity, with property within rules → unable', () => {
    const zh = {
      imprisoned: '在服刑',
      'declared-missing': '被宣告失踪',
      'no-civil-capacity': '无民事行为能力',
    } as const;
    for (const [barrier, text] of Object.entries(zh)) {
      const d = assessTekunMember(
        household([{ ...able, supportBarrier: barrier as keyof typeof zh }]),
        std(),
        'a',
      );
      expect(d.outcome).toBe('eligible');
      const f = finding(d, 'supporter_unable');
      expect(f?.facts.condition).toBe('barrier');
      expect(renderMessage(f!.message, 'zh-CN')).toBe(
        `义务人 s 无履行义务能力：${text}且财产符合低收入家庭规定`,
      );
      expect(renderMessage(f!.message, 'en')).toBe(
        `supporter s is unable to support: ${barrier} with property within 低收入 rules`,
      );
    }
    const rich = assessTekunMember(
      household([{ ...able, supportBarrier: 'imprisoned', propertyWithinLowIncomeRules: false }]),
      std(),
      'a',
    );
    expect(rich.outcome).toBe('ineligible');
  });
});

describe('decideNoSupporter: unknown facts and parameters', () => {
  it('supporterIds unknown → undetermined naming members[0].supporterIds', () => {
    const h = household([]);
    delete (h.members[0] as { supporterIds?: string[] }).supporterIds;
    const d = assessTekunMember(h, std(), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['members[0].supporterIds']);
  });

  it('no supporter at all → no_supporter, eligible', () => {
    const d = assessTekunMember(household([]), std(), 'a');
    expect(d.outcome).toBe('eligible');
    expect(finding(d, 'no_supporter')?.facts).toEqual({ supporters: '0' });
  });

  it('a supporter with no facts → undetermined with every fact a condition needs', () => {
    const d = assessTekunMember(household([{ id: 's', livesWithHousehold: false }]), std(), 'a');
    expect(d.outcome).toBe('undetermined');
    // No income stated → 0 × 12 < 50000, so income is known; property, age and the rest are not.
    expect(missing(d).sort()).toEqual(
      [
        'members[1].tekun',
        'members[1].birthDate',
        'members[1].dibaoRecipient',
        'members[1].propertyWithinLowIncomeRules',
        'members[1].disability',
        'members[1].supportBarrier',
      ].sort(),
    );
  });

  it('a fact that cannot change a condition known false is not asked for: age unknown, not 低保, income ≥ statistic → able', () => {
    const { birthDate: _, ...s } = able;
    const d = assessTekunMember(
      household([s], [{ memberId: 's', type: 'wage', amount: 60000, period: 'year' }]),
      std(),
      'a',
    );
    expect(missing(d)).toEqual([]);
    expect(d.outcome).toBe('ineligible');
    expect(finding(d, 'supporter_able')?.facts).toEqual({ supporterId: 's', age: '?' });
  });

  it('the table without tekun.supporterUnable → missing parameter', () => {
    const { supporterUnable: _, ...rest } = tekun;
    const d = assessTekunMember(household([able]), std({ ...base, tekun: rest }), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['tekun.supporterUnable']);
  });

  it('the table without the disposable-income statistic → missing parameter for a supporter aged 70', () => {
    const { statistics: _, ...rest } = base;
    const d = assessTekunMember(household([{ ...able, birthDate: '1951-08-01' }]), std(rest), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['statistics.disposableIncomePerCapitaLastYear']);
  });

  it('two supporters: one able and one unknown → ineligible; one unable and one unknown → undetermined', () => {
    const unknown = { id: 't', livesWithHousehold: false };
    const ableAndUnknown = assessTekunMember(household([able, unknown]), std(), 'a');
    expect(ableAndUnknown.outcome).toBe('ineligible');
    const unableAndUnknown = assessTekunMember(
      household([{ ...able, tekun: true }, unknown]),
      std(),
      'a',
    );
    expect(unableAndUnknown.outcome).toBe('undetermined');
    expect(missing(unableAndUnknown)).toContain('members[2].tekun');
    const bothUnable = assessTekunMember(
      household([
        { ...able, tekun: true },
        { ...able, id: 't', supportBarrier: 'declared-missing' },
      ]),
      std(),
      'a',
    );
    expect(bothUnable.outcome).toBe('eligible');
  });
  it('a supporter aged 70 whose income cannot be counted (employment unknown) → undetermined, not able', () => {
    // With an employment-cost deduction, the wage of a member whose employment is unknown cannot
    // be counted, so the income test of condition (3) is unknown.
    const employment = {
      basis: 'share-of-income' as const,
      share: '0.1',
      incomeTypes: ['wage' as const],
      employment: ['employed' as const],
    };
    const d = assessTekunMember(
      household(
        [{ ...able, birthDate: '1951-08-01' }],
        [{ memberId: 's', type: 'wage', amount: 1000, period: 'month' }],
      ),
      std({ ...base, income: { deductions: { employment } } }),
      'a',
    );
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['members[1].employment']);
    expect(d.reasons.some((r) => r.code === 'supporter_able')).toBe(false);
  });
});

describe('assessTekun: one determination per member', () => {
  it('a eligible 650.00, w (aged 40, partial capacity) ineligible, u (no facts) undetermined → household eligible 650.00', () => {
    const h = household([]);
    h.members.push(
      {
        id: 'w',
        livesWithHousehold: true,
        birthDate: '1981-01-01',
        disability: null,
        labourCapacity: 'partial',
        tekun: false,
      },
      { id: 'u', livesWithHousehold: true },
    );
    const d = assessTekun(h, std());
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('650.00');
    expect(d.values).toMatchObject({
      'a.outcome': 'eligible',
      'w.outcome': 'ineligible',
      'u.outcome': 'undetermined',
      eligibleMembers: 'a',
    });
    expect(d.trace.map((t) => renderMessage(stepMessage(t), 'zh-CN'))).toEqual([
      '成员 a：符合特困条件，650.00 元/月',
      '成员 w：不符合特困条件',
      '成员 u：无法确定',
    ]);
    expect(d.trace.map((t) => renderMessage(stepMessage(t), 'en'))).toEqual([
      'member a: eligible, 650.00 yuan/month',
      'member w: ineligible',
      'member u: undetermined',
    ]);
  });
});

describe('decideNoSupporter: an undecided income test does not outweigh a decided condition', () => {
  // Supporter aged 70 in prison (barrier) with property within the rules; the table lacks the
  // disposable-income statistic, so "≥ 70 with low income" cannot be decided — but the barrier
  // already makes the supporter unable, so member a (75, no income) is eligible: 650 + 0.
  const { statistics: _omitted, ...withoutStatistic } = base;
  const prisoner = { ...able, birthDate: '1951-01-01', supportBarrier: 'imprisoned' as const };

  it('is eligible, and the missing statistic is not reported', () => {
    const d = assessTekunMember(household([prisoner]), std(withoutStatistic), 'a');
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('650.00');
    expect(params(d)).toEqual([]);
    expect(finding(d, 'supporter_unable')?.facts.condition).toBe('barrier');
  });

  it('still reports the missing statistic when it is what decides', () => {
    const free = { ...prisoner, supportBarrier: null };
    const d = assessTekunMember(household([free]), std(withoutStatistic), 'a');
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['statistics.disposableIncomePerCapitaLastYear']);
  });
});
