import { describe, expect, it } from 'vitest';
import {
  assessLowIncome,
  type HouseholdInput,
  renderMessage,
  type StandardsTableInput,
  stepMessage,
} from '../../src/index';
import { oneEntryStandards } from '../support/standards';

// Rural 低保 standard 500; low-income line 1.5 × 500 = 750. The household's per-capita income is
// 600: not below 500 (not 低保), below 750 → low-income unless a property limit fails.
type Params = StandardsTableInput['entries'][number]['params'];
type LowIncome = NonNullable<Params['lowIncome']>;
const round = { unit: '0.01' as const, mode: 'half-up' as const };
const standard = { urban: { yuan: '600' }, rural: { yuan: '500' } };

function std(assets: LowIncome['assets'], dibaoAssets?: NonNullable<Params['dibao']>['assets']) {
  const params: Params = {
    dibao: { standard, ...(dibaoAssets ? { assets: dibaoAssets } : {}) },
    lowIncome: {
      line: { rural: { multiple: '1.5', of: 'dibao.standard.rural', round } },
      localHukouRequired: false,
      ...(assets ? { assets } : {}),
    },
  };
  return oneEntryStandards(params);
}

/** Two co-resident members, 1200 a month of wages: 600 per capita. */
function household(assets?: HouseholdInput['assets']): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'rural',
    localHukou: true,
    members: [
      { id: 'a', livesWithHousehold: true, tekun: false },
      { id: 'b', livesWithHousehold: true, tekun: false },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: 1200, period: 'month' }],
    status: { dibao: false },
    ...(assets ? { assets } : {}),
  };
}

type D = ReturnType<typeof assessLowIncome>;
const codes = (d: D) => d.reasons.map((r) => r.code);
const missing = (d: D) => d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
const params = (d: D) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));
const steps = (d: D) => d.trace.filter((s) => s.rule === 'low-income.eligibility.assets');

describe('checkAssetLimits (低收入 property rules)', () => {
  it('sameAsDibao while 低保 states no limits: undetermined (missing dibao.assets), not a pass', () => {
    const d = assessLowIncome(household(), std({ sameAsDibao: true }));
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['dibao.assets']);
    expect(codes(d)).not.toContain('assets_within_limit');
  });

  it('sameAsDibao while 低保 states "not-tested": no property test, says so, eligible', () => {
    const d = assessLowIncome(household(), std({ sameAsDibao: true }, 'not-tested'));
    expect(d.outcome).toBe('eligible');
    expect(steps(d).map((s) => renderMessage(stepMessage(s), 'zh-CN'))).toEqual([
      '标准表（lowIncome.assets.sameAsDibao）规定适用低保的财产规则；低保声明不作财产限额比对（dibao.assets: "not-tested"）',
    ]);
    expect(steps(d)[0]?.values).toEqual({
      assetLimitsFrom: 'dibao.assets',
      assetLimits: 'not-tested',
    });
  });

  it('the program’s own "not-tested": no property test, says so, eligible', () => {
    const d = assessLowIncome(household(), std('not-tested'));
    expect(d.outcome).toBe('eligible');
    expect(steps(d).map((s) => renderMessage(stepMessage(s), 'en'))).toEqual([
      'the table states that no property limit is tested (lowIncome.assets: "not-tested")',
    ]);
  });

  it('sameAsDibao with 低保 financial limit 10000 per member: 20000 / 2 = 10000 is within (equal)', () => {
    const d = assessLowIncome(
      household({ financial: '20000' }),
      std({ sameAsDibao: true }, { financialPerCapita: { yuan: '10000' } }),
    );
    expect(d.outcome).toBe('eligible');
    expect(renderMessage(stepMessage(steps(d)[0]!), 'en')).toBe(
      'the table (lowIncome.assets.sameAsDibao) applies the 低保 property limits',
    );
    expect(d.reasons.find((r) => r.code === 'assets_within_limit')).toMatchObject({
      test: '<=',
      threshold: '10000',
      actual: '10000',
      gap: '0',
      parameter: 'dibao.assets.financialPerCapita',
    });
  });

  it('20001 / 2 = 10000.5 exceeds 10000 by 0.5 → ineligible', () => {
    const d = assessLowIncome(
      household({ financial: '20001' }),
      std({ sameAsDibao: true }, { financialPerCapita: { yuan: '10000' } }),
    );
    expect(d.outcome).toBe('ineligible');
    expect(d.reasons.find((r) => r.code === 'assets_exceed_limit')).toMatchObject({
      actual: '10000.5',
      gap: '0.5',
    });
  });

  it('own limits with none set: undetermined (missing lowIncome.assets.limits), not a pass', () => {
    const d = assessLowIncome(household(), std({ limits: {} }));
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['lowIncome.assets.limits']);
  });

  it('own limits: 1 vehicle ≤ 1 within, 2 housing units > 1 exceed by 1 → ineligible', () => {
    const d = assessLowIncome(
      household({ vehicles: 1, housingUnits: 2 }),
      std({ limits: { maxVehicles: 1, maxHousingUnits: 1 } }),
    );
    expect(d.outcome).toBe('ineligible');
    const within = d.reasons.find((r) => r.code === 'assets_within_limit');
    expect(within).toMatchObject({
      subject: 'vehicles',
      parameter: 'lowIncome.assets.limits.maxVehicles',
      actual: '1',
      threshold: '1',
      gap: '0',
      unit: 'count',
    });
    expect(d.reasons.find((r) => r.code === 'assets_exceed_limit')).toMatchObject({
      subject: 'housingUnits',
      parameter: 'lowIncome.assets.limits.maxHousingUnits',
      actual: '2',
      threshold: '1',
      gap: '1',
    });
  });

  it('unknown property facts → undetermined naming each one', () => {
    const d = assessLowIncome(
      household({}),
      std({
        limits: { financialPerCapita: { yuan: '10000' }, maxVehicles: 0, maxHousingUnits: 1 },
      }),
    );
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['assets.financial', 'assets.vehicles', 'assets.housingUnits']);
  });

  it('an exceeded limit decides even when another property fact is unknown → ineligible', () => {
    const d = assessLowIncome(
      household({ vehicles: 1 }),
      std({ limits: { maxVehicles: 0, maxHousingUnits: 1 } }),
    );
    expect(d.outcome).toBe('ineligible');
    expect(missing(d)).toEqual(['assets.housingUnits']);
  });

  it('a limit whose figure the table cannot evaluate → missing parameter', () => {
    const d = assessLowIncome(
      household({ financial: '0' }),
      std({
        limits: { financialPerCapita: { multiple: '24', of: 'tekun.basic.rural', round } },
      }),
    );
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['tekun.basic.rural']);
  });

  it('no property rule at all → missing parameter lowIncome.assets', () => {
    const d = assessLowIncome(household(), std(undefined));
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['lowIncome.assets']);
  });
});
