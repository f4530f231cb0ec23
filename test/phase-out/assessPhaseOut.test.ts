import { describe, expect, it } from 'vitest';
import { assessPhaseOut, type HouseholdInput, type StandardsTableInput } from '../../src/index';
import { oneEntryStandards } from '../support/standards';

function std(params: StandardsTableInput['entries'][number]['params'], on = '2021-09-01') {
  return oneEntryStandards(params, { on });
}

const dibao = {
  standard: { urban: { yuan: '600' }, rural: { yuan: '500' } },
  payment: { method: 'gap' as const },
  rounding: { unit: '0.01' as const, mode: 'half-up' as const },
};
const phaseOut = { months: 6, triggers: ['employment' as const] };

function household(wage: number, status: HouseholdInput['status']): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true, employment: 'employed' },
      { id: 'b', livesWithHousehold: true },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: wage, period: 'month' }],
    status,
  };
}

const inPhaseOut = {
  dibao: true,
  dibaoMonthlyAmount: 250,
  phaseOut: { start: '2021-08-01', trigger: 'employment' as const },
};
const codes = (d: ReturnType<typeof assessPhaseOut>) => d.reasons.map((r) => r.code);

describe('assessPhaseOut', () => {
  it('per capita equal to the standard (1200 / 2 = 600) is not below it: phase-out, 250.00', () => {
    const d = assessPhaseOut(household(1200, inPhaseOut), std({ dibao, phaseOut }));
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('250.00');
    expect(d.values.phaseOutEnd).toBe('2022-01-31');
    expect(d.values.monthOfPeriod).toBe('2');
  });

  it('one fen per household below the standard (1199.99): still 低保, no phase-out', () => {
    const d = assessPhaseOut(household(1199.99, inPhaseOut), std({ dibao, phaseOut }));
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('income_still_below_standard');
    const r = d.reasons.find((x) => x.code === 'income_still_below_standard');
    expect(r).toMatchObject({ threshold: '600', actual: '599.995', gap: '0.005' });
  });

  it('not a 低保 household: ineligible', () => {
    const d = assessPhaseOut(household(1500, { dibao: false }), std({ dibao, phaseOut }));
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toEqual(['not_dibao_household']);
  });

  it('unknown 低保 status, phase-out facts and amount: undetermined, each listed', () => {
    const d = assessPhaseOut(household(1500, undefined), std({ dibao, phaseOut }));
    expect(d.outcome).toBe('undetermined');
    const missing = d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
    expect(missing.sort()).toEqual(['status.dibao', 'status.phaseOut']);
  });

  it('unknown current amount inside the period: undetermined', () => {
    const d = assessPhaseOut(
      household(1500, { dibao: true, phaseOut: inPhaseOut.phaseOut }),
      std({ dibao, phaseOut }),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'status.dibaoMonthlyAmount',
    ]);
  });

  it('a table without phaseOut.months or triggers: undetermined, never a default length', () => {
    const d = assessPhaseOut(household(1500, inPhaseOut), std({ dibao }));
    expect(d.outcome).toBe('undetermined');
    const params = d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));
    expect(params.sort()).toEqual(['phaseOut.months', 'phaseOut.triggers']);
  });

  it('assessed before the start: ineligible (phase_out_not_started)', () => {
    const d = assessPhaseOut(household(1500, inPhaseOut), std({ dibao, phaseOut }, '2021-07-31'));
    expect(codes(d)).toContain('phase_out_not_started');
    expect(d.outcome).toBe('ineligible');
  });

  it('fewer months granted (3) shorten the period: 2021-08-01 … 2021-10-31, notice', () => {
    const d = assessPhaseOut(
      household(1500, { ...inPhaseOut, phaseOut: { ...inPhaseOut.phaseOut, months: 3 } }),
      std({ dibao, phaseOut }, '2021-11-01'),
    );
    expect(d.values.phaseOutEnd).toBe('2021-10-31');
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toEqual(
      expect.arrayContaining(['phase_out_granted_months', 'phase_out_ended']),
    );
  });

  it('more months granted (9) than the table allows (6) are cut to 6, notice', () => {
    const d = assessPhaseOut(
      household(1500, { ...inPhaseOut, phaseOut: { ...inPhaseOut.phaseOut, months: 9 } }),
      std({ dibao, phaseOut }),
    );
    expect(d.values).toMatchObject({ phaseOutMonths: '6', phaseOutEnd: '2022-01-31' });
    expect(codes(d)).toContain('phase_out_granted_above_maximum');
    expect(d.outcome).toBe('eligible');
  });

  it('the length comes from the table: 18 months from 2021-08-01 ends 2023-01-31', () => {
    const d = assessPhaseOut(
      household(1500, inPhaseOut),
      std({ dibao, phaseOut: { ...phaseOut, months: 18 } }, '2022-06-15'),
    );
    expect(d.values).toMatchObject({
      phaseOutEnd: '2023-01-31',
      monthOfPeriod: '11',
      monthsRemaining: '8',
    });
  });
});
