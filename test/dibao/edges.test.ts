import { describe, expect, it } from 'vitest';
import {
  assessDibao,
  type HouseholdInput,
  InputError,
  nationalCitations,
  renderMessage,
  type StandardsTableInput,
  stepMessage,
} from '../../src/index';
import { oneEntryStandards } from '../support/standards';

/**
 * Standards of one entry. Tests about anything but property state `dibao.assets: "not-tested"`
 * (a table without it leaves the property test undetermined — see the property test below).
 */
function std(params: StandardsTableInput['entries'][number]['params']) {
  const dibao = params.dibao;
  if (dibao !== undefined && dibao.assets === undefined)
    return oneEntryStandards({ ...params, dibao: { ...dibao, assets: 'not-tested' } });
  return oneEntryStandards(params);
}

const standard = { urban: { yuan: '600' }, rural: { yuan: '500' } };
const rounding = { unit: '0.01', mode: 'half-up' } as const;

function household(over: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'rural',
    members: [
      {
        id: 'a',
        livesWithHousehold: true,
        birthDate: '1950-01-01',
        disability: null,
        seriousIllness: false,
      },
      {
        id: 'b',
        livesWithHousehold: true,
        birthDate: '2010-01-01',
        disability: null,
        seriousIllness: false,
      },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: 600, period: 'month' }],
    ...over,
  };
}

const missingParams = (d: ReturnType<typeof assessDibao>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('assessDibao edges', () => {
  it('uses the rural standard for a rural household: 500 × 2 − 600 = 400', () => {
    const d = assessDibao(
      household(),
      std({ dibao: { standard, payment: { method: 'gap' }, rounding } }),
    );
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('400.00');
    expect(d.values.standard).toBe('500');
  });

  it('is undetermined, naming the parameter, when the table has no payment method, rounding or standard', () => {
    expect(missingParams(assessDibao(household(), std({ dibao: { standard, rounding } })))).toEqual(
      ['dibao.payment'],
    );
    const noRound = assessDibao(
      household(),
      std({ dibao: { standard, payment: { method: 'gap' } } }),
    );
    expect(noRound.outcome).toBe('undetermined');
    expect(missingParams(noRound)).toEqual(['dibao.rounding']);
    expect(noRound.amount).toBeNull();
    const noStandard = assessDibao(
      household(),
      std({ dibao: { payment: { method: 'gap' }, rounding } }),
    );
    expect(missingParams(noStandard)).toEqual(['dibao.standard.rural']);
  });

  it('is ineligible when no member lives with the household', () => {
    const h = household({
      members: [{ id: 'a', livesWithHousehold: false }],
      incomes: [],
    });
    const d = assessDibao(h, std({ dibao: { standard, payment: { method: 'gap' }, rounding } }));
    expect(d.outcome).toBe('ineligible');
    expect(d.reasons.map((r) => r.code)).toContain('no_counted_members');
  });

  it('puts a per-capita income equal to a band bound in the next band, and reports no band above the last', () => {
    const bands = {
      method: 'bands' as const,
      bands: [
        { below: { yuan: '300' }, perPerson: { yuan: '200' } },
        { below: { yuan: '400' }, perPerson: { yuan: '100' } },
      ],
    };
    const s = std({ dibao: { standard, payment: bands, rounding } });
    // per-capita 300 → not below 300 → band "below 400": 100 × 2
    expect(assessDibao(household(), s).amount?.total).toBe('200.00');
    // per-capita 299.5 → band "below 300": 200 × 2
    const lower = household({
      incomes: [{ memberId: 'a', type: 'wage', amount: 599, period: 'month' }],
    });
    expect(assessDibao(lower, s).amount?.total).toBe('400.00');
    // per-capita 450 < 500 but above every band
    const high = household({
      incomes: [{ memberId: 'a', type: 'wage', amount: 900, period: 'month' }],
    });
    const d = assessDibao(high, s);
    expect(d.outcome).toBe('undetermined');
    expect(missingParams(d)).toEqual(['dibao.payment.bands']);
  });

  it('applies a fixed floor per person', () => {
    const h = household({
      incomes: [{ memberId: 'a', type: 'wage', amount: 990, period: 'month' }],
    });
    const d = assessDibao(
      h,
      std({
        dibao: {
          standard,
          payment: { method: 'gap' },
          rounding,
          floor: { perPerson: { yuan: '30' } },
        },
      }),
    );
    // gap 1000 − 990 = 10, floor 30 × 2 = 60
    expect(d.amount?.total).toBe('60.00');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['gap', '10'],
      ['floor', '50'],
    ]);
  });

  it('asks for the facts a supplement needs, and only those', () => {
    const supplements = {
      combine: 'highest' as const,
      items: [
        {
          id: 'minor',
          label: { 'zh-CN': '未成年人', en: 'minor' },
          when: [{ kind: 'age-below' as const, years: 18 }],
          amount: { shareOfStandard: '0.1' },
        },
        {
          id: 'ill',
          label: { 'zh-CN': '重病', en: 'seriously ill' },
          when: [{ kind: 'serious-illness' as const }],
          amount: { fixed: { yuan: '80' } },
        },
      ],
    };
    const s = std({ dibao: { standard, payment: { method: 'gap' }, rounding, supplements } });
    const ok = assessDibao(household(), s);
    // gap 400 + minor b 50
    expect(ok.amount?.total).toBe('450.00');
    const unknown = household({
      members: [
        { id: 'a', livesWithHousehold: true, birthDate: '1950-01-01' },
        { id: 'b', livesWithHousehold: true, seriousIllness: false },
      ],
    });
    const d = assessDibao(unknown, s);
    expect(d.outcome).toBe('undetermined');
    const missing = d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
    expect(missing.sort()).toEqual(['members[0].seriousIllness', 'members[1].birthDate']);
    // Under `highest`, an undecided supplement smaller than one already granted cannot matter:
    // b is seriously ill (80) and her age is unknown (minor: 50 < 80).
    const decided = household({
      members: [
        { id: 'a', livesWithHousehold: true, birthDate: '1950-01-01', seriousIllness: false },
        { id: 'b', livesWithHousehold: true, seriousIllness: true },
      ],
    });
    const d2 = assessDibao(decided, s);
    expect(d2.outcome).toBe('eligible');
    expect(d2.amount?.total).toBe('480.00');
  });

  it('does not flag near relatives when the table turns filing off', () => {
    const h = household({ application: { nearRelativeOfStaff: true } });
    const on = assessDibao(h, std({ dibao: { standard, payment: { method: 'gap' }, rounding } }));
    expect(on.reasons.map((r) => r.code)).toContain('near_relative_filing');
    const off = assessDibao(
      h,
      std({ dibao: { standard, payment: { method: 'gap' }, rounding, nearRelativeFiling: false } }),
    );
    expect(off.reasons.map((r) => r.code)).not.toContain('near_relative_filing');
  });

  it('checks vehicles and housing against their limits', () => {
    const s = std({
      dibao: {
        standard,
        payment: { method: 'gap' },
        rounding,
        assets: { maxVehicles: 0, maxHousingUnits: 1 },
      },
    });
    const d = assessDibao(household({ assets: { vehicles: 1, housingUnits: 1 } }), s);
    expect(d.outcome).toBe('ineligible');
    const exceeded = d.reasons.find((r) => r.code === 'assets_exceed_limit');
    expect(exceeded).toMatchObject({ threshold: '0', actual: '1', gap: '1', subject: 'vehicles' });
    const missing = assessDibao(household({ assets: {} }), s);
    expect(
      missing.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : [])).sort(),
    ).toEqual(['assets.housingUnits', 'assets.vehicles']);
  });

  it('no property limits is not a pass: undetermined unless the table states "not-tested" (traced)', () => {
    const none = assessDibao(
      household({ assets: { vehicles: 3 } }),
      oneEntryStandards({ dibao: { standard, payment: { method: 'gap' }, rounding } }),
    );
    // Issue 20 item 4: a table without dibao.assets no longer passes the property test silently.
    expect(none.outcome).toBe('undetermined');
    expect(none.reasons.filter((r) => r.code === 'missing_parameter')).toMatchObject([
      { rule: 'dibao.eligibility.assets', parameter: 'dibao.assets' },
    ]);
    const stated = assessDibao(
      household({ assets: { vehicles: 3 } }),
      std({ dibao: { standard, payment: { method: 'gap' }, rounding, assets: 'not-tested' } }),
    );
    // 500 × 2 − 600 = 400: three vehicles change nothing when the table says no limit is tested.
    expect(stated.amount?.total).toBe('400.00');
    const steps = stated.trace.filter((t) => t.rule === 'dibao.eligibility.assets');
    expect(steps.map((t) => t.values)).toEqual([{ assetLimits: 'not-tested' }]);
    expect(renderMessage(stepMessage(steps[0]!), 'en')).toContain(
      'the table states that 低保 tests no property limit',
    );
    expect(nationalCitations('dibao.eligibility.assets').map((c) => c.clause)).toEqual([
      '第九条',
      '第十四条',
    ]);
    const empty = assessDibao(
      household({ assets: { vehicles: 3 } }),
      std({ dibao: { standard, payment: { method: 'gap' }, rounding, assets: {} } }),
    );
    expect(empty.outcome).toBe('undetermined');
    expect(
      empty.reasons.map((r) => (r.code === 'missing_parameter' ? r.parameter : r.code)),
    ).toContain('dibao.assets');
    const limited = assessDibao(
      household({ assets: { vehicles: 0 } }),
      std({
        dibao: { standard, payment: { method: 'gap' }, rounding, assets: { maxVehicles: 0 } },
      }),
    );
    expect(
      limited.trace.filter((t) => t.rule === 'dibao.eligibility.assets').map((t) => t.values),
    ).toEqual([{ vehicles: '0', vehiclesLimit: '0' }]);
  });

  it('validates an unparsed household and throws a typed error for a bad one', () => {
    const s = std({ dibao: { standard, payment: { method: 'gap' }, rounding } });
    expect(() => assessDibao({ id: 'x' } as unknown as HouseholdInput, s)).toThrow(InputError);
  });

  it('stamps the library version and the entries used', () => {
    const d = assessDibao(
      household(),
      std({ dibao: { standard, payment: { method: 'gap' }, rounding } }),
    );
    expect(d.stamp).toMatchObject({
      library: 'jiuzhu',
      tableId: 't',
      entryIds: ['e'],
      on: '2021-08-01',
    });
  });
});
