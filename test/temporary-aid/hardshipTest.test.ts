import { describe, expect, it } from 'vitest';
import {
  assessTemporaryAid,
  reasonMessage,
  renderMessage,
  type StandardsTableInput,
  stepMessage,
} from '../../src/index';
import { oneEntryStandards } from '../support/standards';
import { dibao, fire, household, medical } from './scenario';

// Issue 20 item 3: the means (hardship) test of temporary aid (银川 2021 二(七) "靠自身和家庭无力
// 解决"; 2018 意见 二(一)). Rural household of 2, wages 1000 a month → 500 per person. Line: the
// rural figure 600 (a fixed figure per area); 急难型 floor 2 × 700 (urban base) × 2 = 2800.
type Params = StandardsTableInput['entries'][number]['params'];
type TA = NonNullable<Params['temporaryAid']>;
const base: TA = {
  kinds: ['emergency', 'expenditure'],
  base: 'dibao.standard.urban',
  floors: { emergency: { multiple: '2' }, expenditure: { multiple: '3' } },
  placeOfEmergency: { kinds: ['emergency'] },
  rounding: { unit: '0.01', mode: 'up' },
};
const line = { urban: { yuan: '800' }, rural: { yuan: '600' } };
const test = (over: Partial<Exclude<TA['hardshipTest'], 'not-tested' | undefined>> = {}) => ({
  kinds: ['emergency', 'expenditure'] as ('emergency' | 'expenditure')[],
  income: { perCapitaBelow: { yuan: '600' } },
  assets: { limits: { financialPerCapita: { yuan: '20000' } } },
  ...over,
});

function std(ta: TA, dibaoAssets?: Record<string, unknown>) {
  return oneEntryStandards(
    {
      dibao: { ...dibao, ...(dibaoAssets ? { assets: dibaoAssets } : {}) },
      temporaryAid: ta,
      lowIncome: { line },
    } as Params,
    { region: '640100', on: '2021-09-01' },
  );
}
const codes = (d: ReturnType<typeof assessTemporaryAid>) => d.reasons.map((r) => r.code);
const missing = (d: ReturnType<typeof assessTemporaryAid>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
const params = (d: ReturnType<typeof assessTemporaryAid>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('temporary aid: the means (hardship) test', () => {
  it('absent from the table → undetermined, missing parameter temporaryAid.hardshipTest', () => {
    const d = assessTemporaryAid(household(), std(base), fire);
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['temporaryAid.hardshipTest']);
  });

  it('"not-tested" → eligible 2800.00, and the trace says no means were tested', () => {
    const d = assessTemporaryAid(household(), std({ ...base, hardshipTest: 'not-tested' }), fire);
    expect(d.amount?.total).toBe('2800.00');
    const step = d.trace.find((s) => s.rule === 'temporary-aid.hardship.income');
    expect(step?.values).toEqual({ hardshipTest: 'not-tested' });
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toContain(
      '不作家庭经济状况（收入、财产）审查',
    );
  });

  it('500 per person < 600, savings 40000 / 2 = 20000 equal to the limit → eligible 2800.00', () => {
    const d = assessTemporaryAid(
      household({ assets: { financial: '40000' } }),
      std({ ...base, hardshipTest: test() }),
      fire,
    );
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('2800.00');
    expect(d.reasons.find((r) => r.code === 'hardship_income_below_line')).toMatchObject({
      threshold: '600',
      actual: '500',
      gap: '100',
    });
    expect(codes(d)).toContain('assets_within_limit');
  });

  it('1200 a month per person (2400 / 2) ≥ 600 → ineligible, gap 600', () => {
    const d = assessTemporaryAid(
      household({
        assets: { financial: '0' },
        incomes: [{ memberId: 'a', type: 'wage', amount: 2400, period: 'month' }],
      }),
      std({ ...base, hardshipTest: test() }),
      fire,
    );
    expect(d.outcome).toBe('ineligible');
    expect(d.reasons.find((r) => r.code === 'hardship_income_not_below_line')).toMatchObject({
      threshold: '600',
      actual: '1200',
      gap: '600',
    });
    const reason = d.reasons.find((r) => r.code === 'hardship_income_not_below_line');
    if (reason === undefined) throw new Error('no reason');
    expect(renderMessage(reasonMessage(reason, d.trace), 'en')).toContain(
      'can meet the hardship by its own means',
    );
  });

  it('savings 40000.02 / 2 = 20000.01 above the limit → ineligible', () => {
    const d = assessTemporaryAid(
      household({ assets: { financial: '40000.02' } }),
      std({ ...base, hardshipTest: test() }),
      fire,
    );
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('assets_exceed_limit');
  });

  it('savings unknown → undetermined, missing assets.financial', () => {
    const d = assessTemporaryAid(household(), std({ ...base, hardshipTest: test() }), fire);
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['assets.financial']);
  });

  it('income unknown (co-residence not stated) → undetermined', () => {
    const d = assessTemporaryAid(
      household({
        assets: { financial: '0' },
        members: [{ id: 'a', livesWithHousehold: true }, { id: 'b' }],
      }),
      std({ ...base, hardshipTest: test() }),
      fire,
    );
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toContain('members[1].livesWithHousehold');
  });

  it('a line derived from the area’s 低收入 line: 1 × lowIncome.line.rural (600)', () => {
    const d = assessTemporaryAid(
      household({ assets: { financial: '0' } }),
      std({
        ...base,
        hardshipTest: test({
          income: {
            perCapitaBelow: {
              multiple: '1',
              of: 'lowIncome.line.@area',
              round: { unit: '0.01', mode: 'half-up' },
            },
          },
        }),
      }),
      fire,
    );
    expect(d.values.hardshipIncomeLine).toBe('600');
    expect(d.outcome).toBe('eligible');
  });

  it('a test for 支出型 only is not made for a fire (traced), nor asks its facts', () => {
    const d = assessTemporaryAid(
      household(),
      std({ ...base, hardshipTest: test({ kinds: ['expenditure'] }) }),
      fire,
    );
    expect(d.outcome).toBe('eligible');
    const step = d.trace.find((s) => s.rule === 'temporary-aid.hardship.income');
    expect(step?.values).toEqual({ hardshipTest: 'not-for-kind', kinds: 'expenditure' });
    const e = assessTemporaryAid(
      household({ assets: { financial: '0' } }),
      std({ ...base, hardshipTest: test({ kinds: ['expenditure'] }) }),
      medical,
    );
    expect(codes(e)).toContain('hardship_income_below_line');
  });

  it('assets "not-tested" → the trace says property is not tested', () => {
    const d = assessTemporaryAid(
      household(),
      std({ ...base, hardshipTest: test({ assets: 'not-tested' }) }),
      fire,
    );
    expect(d.outcome).toBe('eligible');
    expect(d.trace.find((s) => s.rule === 'temporary-aid.hardship.assets')?.values).toEqual({
      assetLimits: 'not-tested',
    });
  });
});
