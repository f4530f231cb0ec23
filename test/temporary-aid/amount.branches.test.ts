import { describe, expect, it } from 'vitest';
import { assessTemporaryAid, InputError, type StandardsTableInput } from '../../src/index';
import { oneEntryStandards } from '../support/standards';
import { dibao, fire, household, medical } from './scenario';

// Base: urban 低保 standard 700 (rural 560). Floors: 急难型 2 ×, 支出型 3 ×, individual 1.5 × the
// base per person; rounding up to the fen. Two co-resident members, 1000 a month of wages.
type Params = StandardsTableInput['entries'][number]['params'];
type TA = NonNullable<Params['temporaryAid']>;
const round = { unit: '0.01' as const, mode: 'up' as const };
const temporaryAid: TA = {
  kinds: ['emergency', 'expenditure'],
  // The means test is covered in hardshipTest.test.ts; these tests state it is not made.
  hardshipTest: 'not-tested',
  base: 'dibao.standard.urban',
  floors: {
    emergency: { multiple: '2' },
    expenditure: { multiple: '3' },
    individual: { multiple: '1.5' },
  },
  rounding: round,
};

function std(ta: Partial<TA> = {}, d: Params['dibao'] = dibao) {
  const params: Params = { dibao: d, temporaryAid: { ...temporaryAid, ...ta } };
  return oneEntryStandards(params, { region: '640100', on: '2021-09-01' });
}

type D = ReturnType<typeof assessTemporaryAid>;
const codes = (d: D) => d.reasons.map((r) => r.code);
const params = (d: D) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));
const lines = (d: D) => d.amount?.breakdown.map((l) => [l.code, l.amount, l.memberId ?? '']);

describe('temporary aid: parameters the table lacks', () => {
  it('an invalid event is an InputError', () => {
    expect(() =>
      assessTemporaryAid(household(), std(), { ...fire, kind: 'flood' } as never),
    ).toThrow(InputError);
  });

  it('no kinds → missing parameter; the floor is still worked out (2 × 700 × 2 = 2800)', () => {
    const { kinds: _, ...rest } = temporaryAid;
    const standards = oneEntryStandards(
      { dibao, temporaryAid: rest },
      { region: '640100', on: '2021-09-01' },
    );
    const d = assessTemporaryAid(household(), standards, fire);
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['temporaryAid.kinds']);
    expect(d.values.floor).toBe('2800');
    expect(d.amount).toBeNull();
  });

  it('a base path the table has no figure for → missing parameter dibao.standard.urban', () => {
    const d = assessTemporaryAid(
      household(),
      std({}, { standard: { rural: { yuan: '560' } } }),
      fire,
    );
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['dibao.standard.urban']);
  });

  it('no rounding rule → missing parameter temporaryAid.rounding', () => {
    const { rounding: _, ...rest } = temporaryAid;
    const standards = oneEntryStandards(
      { dibao, temporaryAid: rest },
      { region: '640100', on: '2021-09-01' },
    );
    const d = assessTemporaryAid(household(), standards, fire);
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['temporaryAid.rounding']);
  });

  it('no co-resident member → no_counted_members, ineligible', () => {
    const d = assessTemporaryAid(
      household({
        members: [
          { id: 'a', livesWithHousehold: false },
          { id: 'b', livesWithHousehold: false },
        ],
      }),
      std(),
      fire,
    );
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('no_counted_members');
  });
});

describe('temporary aid: individual floor, bands and 一事一议', () => {
  it('individual recipient a: 1.5 × 700 × 1 = 1050.00, bands not applied', () => {
    const d = assessTemporaryAid(
      household(),
      std({ expenditureBands: [{ atLeast: { yuan: '1' }, multiple: '10' }] }),
      { ...medical, recipient: 'individual', memberIds: ['a'] },
    );
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('1050.00');
    expect(d.values.persons).toBe('1');
    expect(lines(d)).toEqual([['per-person', '1050', 'a']]);
  });

  it('bands are inclusive and order-independent: 50000 reaches "≥ 50000" (5 × 700 × 2 = 7000.00); 120000 reaches "≥ 100000" (14000.00)', () => {
    const s = std({
      expenditureBands: [
        { atLeast: { yuan: '100000' }, multiple: '10' },
        { atLeast: { yuan: '50000' }, multiple: '5' },
      ],
    });
    const at = assessTemporaryAid(household(), s, { ...medical, outOfPocket: 50000 });
    expect(at.amount?.total).toBe('7000.00');
    expect(at.values.multiple).toBe('5');
    const high = assessTemporaryAid(household(), s, { ...medical, outOfPocket: 120000 });
    expect(high.amount?.total).toBe('14000.00');
    expect(high.values.multiple).toBe('10');
  });

  it('a band whose threshold figure the table cannot evaluate → missing parameter', () => {
    const s = std({
      expenditureBands: [
        { atLeast: { multiple: '12', of: 'tekun.basic.urban', round }, multiple: '5' },
      ],
    });
    const d = assessTemporaryAid(household(), s, { ...medical, outOfPocket: 50000 });
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['tekun.basic.urban']);
  });

  it('一事一议 pending (no approved amount) → undetermined, floor 2800 recorded', () => {
    const d = assessTemporaryAid(household(), std(), { ...fire, caseByCase: {} });
    expect(d.outcome).toBe('undetermined');
    expect(codes(d)).toContain('case_by_case_pending');
    expect(d.amount).toBeNull();
    expect(d.values.floor).toBe('2800');
  });

  it('一事一议 approved 1000 below the floor 2800 → raised to 2800.00', () => {
    const d = assessTemporaryAid(household(), std(), {
      ...fire,
      caseByCase: { approvedAmount: 1000, approvalReference: 'R-3' },
    });
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('2800.00');
    expect(codes(d)).toContain('case_by_case_raised_to_floor');
    expect(codes(d)).not.toContain('case_by_case_approved');
  });

  it('一事一议 approved 3000 above the floor: paid with a 200 top-up line; equal to the cap 4 × 700 × 2 = 5600 is not flagged, 5600.01 is', () => {
    const d = assessTemporaryAid(household(), std(), {
      ...fire,
      caseByCase: { approvedAmount: 3000, approvalReference: 'R-4' },
    });
    expect(d.amount?.total).toBe('3000.00');
    expect(lines(d)).toEqual([
      ['per-person', '1400', 'a'],
      ['per-person', '1400', 'b'],
      ['case-by-case', '200', ''],
    ]);
    const capped = std({ caps: { emergency: { multiple: '4' } } });
    const atCap = assessTemporaryAid(household(), capped, {
      ...fire,
      caseByCase: { approvedAmount: 5600, approvalReference: 'R-5' },
    });
    expect(atCap.amount?.total).toBe('5600.00');
    expect(codes(atCap)).not.toContain('case_by_case_above_cap');
    const over = assessTemporaryAid(household(), capped, {
      ...fire,
      caseByCase: { approvedAmount: '5600.01', approvalReference: 'R-6' },
    });
    expect(over.amount?.total).toBe('5600.01');
    expect(over.reasons.find((r) => r.code === 'case_by_case_above_cap')).toMatchObject({
      facts: { approvedAmount: '5600.01', cap: '5600' },
    });
  });
});

describe('temporary aid: 支出型 income test', () => {
  it('a threshold the table cannot evaluate → missing parameter', () => {
    const d = assessTemporaryAid(
      household(),
      std({
        expenditureIncomeTest: {
          perCapitaBelow: { multiple: '1', of: 'tekun.basic.urban', round },
        },
      }),
      medical,
    );
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toContain('tekun.basic.urban');
  });

  it('area unknown but a fixed threshold and an urban base: 1000 / 2 = 500 < 600 → eligible 3 × 700 × 2 = 4200.00', () => {
    const h = household();
    delete h.area;
    const d = assessTemporaryAid(
      h,
      std({ expenditureIncomeTest: { perCapitaBelow: { yuan: '600' } } }),
      medical,
    );
    expect(d.reasons.find((r) => r.code === 'expenditure_income_below_threshold')).toMatchObject({
      actual: '500',
      threshold: '600',
      gap: '100',
    });
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('4200.00');
  });

  it('no co-resident member: the income test is not run, no_counted_members decides', () => {
    const d = assessTemporaryAid(
      household({ members: [{ id: 'a', livesWithHousehold: false }] }),
      std({ expenditureIncomeTest: { perCapitaBelow: { yuan: '600' } } }),
      medical,
    );
    expect(codes(d)).not.toContain('expenditure_income_below_threshold');
    expect(d.outcome).toBe('ineligible');
  });
});
