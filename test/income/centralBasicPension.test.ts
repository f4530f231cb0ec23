import { describe, expect, it } from 'vitest';
import {
  assessDibao,
  assessTekunMember,
  type HouseholdInput,
  parseHousehold,
  renderMessage,
  resolveStandards,
  stepMessage,
} from '../../src/index';
import { loadTable } from '../fixtures/load';
import { oneEntryStandards } from '../support/standards';

// Issue 20 item 9 (最低生活保障审核确认办法 第十三条第二款; 特困人员认定办法 第六条): only the
// centrally set basic pension (中央确定的基础养老金) is excluded; a local top-up is counted.
// 低保 500 (urban, gap), 2 members, wage 400; basic pension 180/month, of which 120 central.
const round = { unit: '0.01' as const, mode: 'half-up' as const };
const dibao = {
  standard: { urban: { yuan: '500' } },
  payment: { method: 'gap' as const },
  rounding: round,
  assets: 'not-tested' as const,
};
const exclusions = {
  'basic-pension': {
    type: 'basic-pension' as const,
    from: '2021-01-01',
    to: '2025-12-31',
    illustrative: 'test',
  },
};
type Item = HouseholdInput['incomes'][number];
const household = (pension: Partial<Item>): HouseholdInput => ({
  id: 'h',
  region: '320400',
  area: 'urban',
  members: [
    { id: 'a', livesWithHousehold: true },
    { id: 'g', livesWithHousehold: true },
  ],
  incomes: [
    { memberId: 'a', type: 'wage', amount: '400', period: 'month' },
    { memberId: 'g', type: 'basic-pension', amount: '180', period: 'month', ...pension },
  ],
});
const std = (on = '2021-08-01') => oneEntryStandards({ dibao, income: { exclusions } }, { on });
const pensionStep = (d: { trace: readonly { rule: string }[] }) =>
  d.trace.filter((s) => s.rule === 'income.exclusion.central-basic-pension');

describe('excluded pension: only the centrally set basic pension', () => {
  it('central 120 of 180: 120 excluded, top-up 60 counted → 460 counted, 1000 − 460 = 540.00', () => {
    const d = assessDibao(household({ centralPortion: '120' }), std());
    expect(d.values.excludedIncome).toBe('120');
    expect(d.values.countedIncome).toBe('460');
    expect(d.amount?.total).toBe('540.00');
    const [s] = pensionStep(d) as ReturnType<typeof assessDibao>['trace'];
    expect(s?.values).toEqual({
      centralBasicPensionExcluded: '120',
      basicPensionTopUpCounted: '60',
    });
    expect(renderMessage(stepMessage(s!), 'en')).toBe(
      "only the centrally set part of the residents' basic pension is not counted: 120.00 yuan/month not counted, local top-up counted 60.00 yuan/month",
    );
  });

  it('a yearly item: central 1440 of 2160 a year → 120 excluded, 60 counted a month', () => {
    const d = assessDibao(
      household({ amount: '2160', period: 'year', centralPortion: '1440' }),
      std(),
    );
    expect(d.values.excludedIncome).toBe('120');
    expect(d.amount?.total).toBe('540.00');
  });

  it('the central part equal to the amount: all excluded → 1000 − 400 = 600.00', () => {
    const d = assessDibao(household({ centralPortion: '180' }), std());
    expect(d.values.excludedIncome).toBe('180');
    expect(d.amount?.total).toBe('600.00');
  });

  it('no central part stated: the item is read as the central pension alone, traced as an interpretation', () => {
    const d = assessDibao(household({}), std());
    expect(d.outcome).toBe('eligible');
    expect(d.values.excludedIncome).toBe('180');
    expect(d.amount?.total).toBe('600.00');
    const [s] = pensionStep(d) as ReturnType<typeof assessDibao>['trace'];
    expect(s?.values).toEqual({
      centralBasicPensionExcluded: '180',
      basicPensionTopUpCounted: '0',
      basicPensionReadAsCentral: 'incomes[1]',
      interpretation: 'basic-pension-without-portion-read-as-central',
    });
    expect(renderMessage(stepMessage(s!), 'zh-CN')).toContain(
      '按全额为中央确定的基础养老金理解（解释）',
    );
  });

  it('outside the window the whole pension is counted, top-up or not; no pension step', () => {
    const d = assessDibao(household({ centralPortion: '120' }), std('2026-01-01'));
    expect(d.values.countedIncome).toBe('580');
    expect(d.amount?.total).toBe('420.00');
    expect(pensionStep(d)).toEqual([]);
  });

  it('特困 (bundled national entry, 第六条): the top-up counts against the 低保 line', () => {
    // 常州 urban 低保 940: an 80-year-old alone, basic pension 1000 of which 100 central →
    // 900 counted, below 940; of which 50 central → 950 counted, not below.
    const table = loadTable('bundled.json');
    const r = resolveStandards(table, { region: '320412', on: '2021-08-01' });
    if (!r.ok) throw r.error;
    const h = (central: string): HouseholdInput => ({
      id: 't',
      region: '320412',
      area: 'urban',
      localHukou: true,
      members: [
        {
          id: 'e',
          birthDate: '1941-01-01',
          livesWithHousehold: true,
          labourCapacity: 'none',
          supporterIds: [],
          disability: null,
        },
      ],
      incomes: [
        {
          memberId: 'e',
          type: 'basic-pension',
          amount: '1000',
          centralPortion: central,
          period: 'month',
        },
      ],
      assets: { financial: '0', vehicles: 0, housingUnits: 1 },
    });
    const below = assessTekunMember(h('100'), r.value, 'e');
    const above = assessTekunMember(h('50'), r.value, 'e');
    const incomeReason = (d: typeof below) =>
      d.reasons.find((x) => x.rule === 'tekun.eligibility.no-means.income');
    expect(incomeReason(below)).toMatchObject({
      actual: '900',
      threshold: '940',
      effect: 'qualifies',
    });
    expect(incomeReason(above)).toMatchObject({
      actual: '950',
      threshold: '940',
      effect: 'disqualifies',
    });
    expect(above.outcome).toBe('ineligible');
  });

  it('centralPortion on another type, or above the amount: an input error at its path', () => {
    const onWage = parseHousehold({
      ...household({}),
      incomes: [{ type: 'wage', amount: '400', period: 'month', centralPortion: '100' }],
    });
    expect(onWage.ok).toBe(false);
    if (!onWage.ok)
      expect(onWage.error.issues.map((i) => i.pathText)).toEqual(['incomes[0].centralPortion']);
    const above = parseHousehold(household({ centralPortion: '180.01' }));
    expect(above.ok).toBe(false);
    if (!above.ok)
      expect(above.error.issues.map((i) => i.pathText)).toEqual(['incomes[1].centralPortion']);
  });
});
