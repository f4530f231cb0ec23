import { describe, expect, it } from 'vitest';
import {
  assessTemporaryAid,
  InputError,
  parseHardshipEvent,
  type StandardsTableInput,
} from '../../src/index';
import { oneEntryStandards } from '../support/standards';
import { dibao, fire, household, medical } from './scenario';

type Params = StandardsTableInput['entries'][number]['params'];

function std(params: Params, region = '640100') {
  return oneEntryStandards(params, { region: '640100', at: region, on: '2021-09-01' });
}

const temporaryAid = {
  kinds: ['emergency', 'expenditure'] as ('emergency' | 'expenditure')[],
  // The means test is covered in hardshipTest.test.ts; these tests state it is not made.
  hardshipTest: 'not-tested' as const,
  base: 'dibao.standard.urban',
  floors: {
    emergency: { multiple: '2' },
    expenditure: { multiple: '3' },
    individual: { multiple: '1.5' },
  },
  placeOfEmergency: { kinds: ['emergency'] as ('emergency' | 'expenditure')[] },
  rounding: { unit: '0.01' as const, mode: 'up' as const },
};

const codes = (d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code);
const params = (d: ReturnType<typeof assessTemporaryAid>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('parseHardshipEvent', () => {
  it('accepts a valid event and turns amounts into decimal text', () => {
    const r = parseHardshipEvent({ ...medical, outOfPocket: 12000.5 });
    expect(r.ok && r.value.outOfPocket).toBe('12000.5');
  });

  it.each([
    [{ ...fire, cause: 'medical-expenditure' }, 'cause'],
    [{ ...fire, recipient: 'individual' }, 'memberIds'],
    [{ ...fire, memberIds: ['a'] }, 'memberIds'],
    [{ ...fire, caseByCase: { approvedAmount: 100 } }, 'caseByCase.approvalReference'],
    [{ ...fire, date: '2021-02-30' }, 'date'],
    [{ ...fire, region: '6401' }, 'region'],
    [{ ...fire, affectedMemberIds: [] }, 'affectedMemberIds'],
    [{ ...fire, colour: 'red' }, '(root)'],
  ])('rejects %j at %s, in both languages', (input, path) => {
    const r = parseHardshipEvent(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('event');
    expect(r.error.issues.map((i) => i.pathText)).toContain(path);
    for (const i of r.error.issues) expect(i.message['zh-CN']).not.toBe('');
  });
});

describe('assessTemporaryAid', () => {
  it('throws InputError for an event naming a member the household lacks', () => {
    expect(() =>
      assessTemporaryAid(household(), std({ dibao, temporaryAid }), {
        ...fire,
        affectedMemberIds: ['zz'],
      }),
    ).toThrow(InputError);
  });

  it('uses the urban base for a rural household: 2 × 700 × 2 = 2800.00', () => {
    const d = assessTemporaryAid(household(), std({ dibao, temporaryAid }), fire);
    expect(d.amount?.total).toBe('2800.00');
    expect(d.amount?.period).toBe('once');
  });

  it('with base dibao.standard.@area a rural household gets 2 × 560 × 2 = 2240.00', () => {
    const d = assessTemporaryAid(
      household(),
      std({ dibao, temporaryAid: { ...temporaryAid, base: 'dibao.standard.@area' } }),
      fire,
    );
    expect(d.amount?.total).toBe('2240.00');
  });

  it('@area base with the area unknown: undetermined, missing area', () => {
    const h = household();
    delete h.area;
    const d = assessTemporaryAid(
      h,
      std({ dibao, temporaryAid: { ...temporaryAid, base: 'dibao.standard.@area' } }),
      fire,
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual(['area']);
  });

  it('rounds once at the end, up to the fen: 1.5 × 633.33 = 949.995 → 950.00 with a rounding line', () => {
    const d = assessTemporaryAid(
      household(),
      std({ dibao: { standard: { urban: { yuan: '633.33' } } }, temporaryAid }),
      { ...fire, recipient: 'individual', memberIds: ['b'] },
    );
    expect(d.values.floor).toBe('949.995');
    expect(d.amount?.total).toBe('950.00');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['per-person', '949.995'],
      ['rounding', '0.005'],
    ]);
  });

  it('a kind the table does not provide: ineligible', () => {
    const d = assessTemporaryAid(
      household(),
      std({ dibao, temporaryAid: { ...temporaryAid, kinds: ['emergency'] } }),
      medical,
    );
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('hardship_kind_not_provided');
  });

  it('no floors in the table: undetermined with the missing parameter, never a default', () => {
    const { floors: _f, ...rest } = temporaryAid;
    const d = assessTemporaryAid(household(), std({ dibao, temporaryAid: rest }), fire);
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['temporaryAid.floors.emergency']);
  });

  it('without a place-of-emergency rule the general 户籍 rule applies to 急难型 too', () => {
    const { placeOfEmergency: _p, ...rest } = temporaryAid;
    // The table accepts local 户籍 only (no 居住证) for 急难型.
    const residence = { emergency: { accepted: ['local-hukou' as const] } };
    const d = assessTemporaryAid(
      household({ localHukou: false }),
      std({ dibao, temporaryAid: { ...rest, residence } }),
      fire,
    );
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('no_local_hukou');
  });

  it('non-local household, emergency in the region: eligible without 户籍', () => {
    const d = assessTemporaryAid(
      household({ localHukou: false }),
      std({ dibao, temporaryAid }),
      fire,
    );
    expect(d.outcome).toBe('eligible');
    expect(codes(d)).toContain('aid_where_emergency_happened');
    expect(codes(d)).not.toContain('no_local_hukou');
  });

  describe('支出型 income test (2018 意见 二(一))', () => {
    // Previous-year per-capita disposable income 7200 a year = 600 a month.
    const test = { perCapitaBelow: { yuan: '7200', per: 'year' as const } };
    const withTest = std({ dibao, temporaryAid: { ...temporaryAid, expenditureIncomeTest: test } });

    it('per capita 1199.98 / 2 = 599.99 < 600: qualifies, 3 × 700 × 2 = 4200.00', () => {
      const h = household({
        incomes: [{ memberId: 'a', type: 'wage', amount: 1199.98, period: 'month' }],
      });
      const d = assessTemporaryAid(h, withTest, medical);
      expect(codes(d)).toContain('expenditure_income_below_threshold');
      expect(d.amount?.total).toBe('4200.00');
    });

    it('per capita exactly 600 is not below 600: ineligible', () => {
      const h = household({
        incomes: [{ memberId: 'a', type: 'wage', amount: 1200, period: 'month' }],
      });
      const d = assessTemporaryAid(h, withTest, medical);
      expect(d.outcome).toBe('ineligible');
      const r = d.reasons.find((x) => x.code === 'expenditure_income_not_below_threshold');
      expect(r).toMatchObject({ threshold: '600', actual: '600', gap: '0' });
    });

    it('is not asked for 急难型', () => {
      const h = household({
        incomes: [{ memberId: 'a', type: 'wage', amount: 5000, period: 'month' }],
      });
      expect(assessTemporaryAid(h, withTest, fire).outcome).toBe('eligible');
    });
  });

  describe('bands and caps', () => {
    const banded = std({
      dibao,
      temporaryAid: {
        ...temporaryAid,
        expenditureBands: [
          { atLeast: { yuan: '50000' }, multiple: '6' },
          { atLeast: { yuan: '100000' }, multiple: '10' },
        ],
        caps: { emergency: { multiple: '10' } },
      },
    });

    it('out-of-pocket 100000 reaches the 100000 band: 10 × 700 × 2 = 14000.00', () => {
      const d = assessTemporaryAid(household(), banded, { ...medical, outOfPocket: 100000 });
      expect(d.values.multiple).toBe('10');
      expect(d.amount?.total).toBe('14000.00');
    });

    it('out-of-pocket 49999.99 reaches no band: the 3 × floor, 4200.00', () => {
      const d = assessTemporaryAid(household(), banded, { ...medical, outOfPocket: 49999.99 });
      expect(d.amount?.total).toBe('4200.00');
    });

    it('bands need the out-of-pocket amount: undetermined without it', () => {
      const d = assessTemporaryAid(household(), banded, medical);
      expect(d.outcome).toBe('undetermined');
      expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
        'event.outOfPocket',
      ]);
    });

    it('an approved 一事一议 amount above the cap (10 × 700 × 2 = 14000) is paid and flagged', () => {
      const d = assessTemporaryAid(household(), banded, {
        ...fire,
        caseByCase: { approvedAmount: 20000, approvalReference: 'R-1' },
      });
      expect(d.amount?.total).toBe('20000.00');
      expect(codes(d)).toEqual(
        expect.arrayContaining(['case_by_case_approved', 'case_by_case_above_cap']),
      );
    });

    it('an approved amount equal to the floor is accepted as approved (no top-up line)', () => {
      const d = assessTemporaryAid(household(), banded, {
        ...fire,
        caseByCase: { approvedAmount: 2800, approvalReference: 'R-2' },
      });
      expect(d.amount?.total).toBe('2800.00');
      expect(d.amount?.breakdown.map((l) => l.code)).toEqual(['per-person', 'per-person']);
      expect(codes(d)).toContain('case_by_case_approved');
    });
  });

  it('household recipient with co-residence unknown: undetermined, member listed', () => {
    const d = assessTemporaryAid(
      household({ members: [{ id: 'a', livesWithHousehold: true }, { id: 'b' }] }),
      std({ dibao, temporaryAid }),
      fire,
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'members[1].livesWithHousehold',
    ]);
  });
});
