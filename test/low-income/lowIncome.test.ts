import { describe, expect, it } from 'vitest';
import { assessLowIncome, parseHousehold, resolveStandards } from '../../src/index';
import { loadTable } from '../fixtures/load';

const std = (region: string) => {
  const r = resolveStandards(loadTable('bundled.json'), { region, on: '2021-08-01' });
  if (!r.ok) throw r.error;
  return r.value;
};
const household = (extra: Record<string, unknown>) => {
  const p = parseHousehold({
    id: 'li',
    region: '320412',
    area: 'rural',
    localHukou: true,
    members: [{ id: 'a', livesWithHousehold: true, tekun: false }],
    incomes: [{ type: 'wage', amount: '1000', period: 'month', memberId: 'a' }],
    ...extra,
  });
  if (!p.ok) throw p.error;
  return p.value;
};

describe('assessLowIncome', () => {
  it('a household already in 低保 is not low-income (1000 ≥ 940 but status.dibao)', () => {
    const d = assessLowIncome(household({ status: { dibao: true } }), std('320412'));
    expect(d.outcome).toBe('ineligible');
    expect(d.reasons.map((r) => r.code)).toContain('already_in_dibao');
  });

  it('an unknown 低保 status is a missing fact', () => {
    const d = assessLowIncome(household({}), std('320412'));
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'status.dibao',
    ]);
  });

  it('a one-person household already 特困 is not low-income', () => {
    // A parsed household is frozen: the changed member goes in a copy (validated again).
    const p = household({ status: { dibao: false } });
    const h = { ...p, members: [{ ...p.members[0]!, tekun: true }] };
    const d = assessLowIncome(h, std('320412'));
    expect(d.reasons.map((r) => r.code)).toContain('already_in_tekun');
    expect(d.outcome).toBe('ineligible');
  });

  it('rural line 1.5 × 940 = 1410: 1000 is below it → eligible, with the rule cited', () => {
    const d = assessLowIncome(household({ status: { dibao: false } }), std('320412'));
    expect(d.outcome).toBe('eligible');
    expect(d.values.lowIncomeLine).toBe('1410');
    const step = d.trace.find((s) => s.rule === 'low-income.eligibility.income');
    expect(step).toBeDefined();
    // citations: see test/render
  });
});
