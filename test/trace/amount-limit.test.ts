import { describe, expect, it } from 'vitest';
import { assessDibao, parseStandardsTable, resolveStandards } from '../../src/index';

const source = { document: 'test', clause: '一', published: '2021-01-01' };

/** A table whose 低保 standard is at the input limit: 1,000,000,000 yuan a month. */
function standards() {
  const t = parseStandardsTable({
    id: 't',
    entries: [
      {
        id: 'c',
        region: '320400',
        effective: { from: '2021-01-01' },
        source,
        params: {
          dibao: {
            standard: { urban: { yuan: '1000000000' } },
            payment: { method: 'gap' },
            rounding: { unit: '0.01', mode: 'half-up' },
            assets: 'not-tested',
          },
        },
      },
    ],
  });
  if (!t.ok) throw t.error;
  const r = resolveStandards(t.value, { region: '320400', on: '2021-06-01' });
  if (!r.ok) throw r.error;
  return r.value;
}

const household = (members: number) => ({
  id: 'h',
  region: '320400',
  area: 'urban' as const,
  members: Array.from({ length: members }, (_, i) => ({ id: `m${i}`, livesWithHousehold: true })),
  incomes: [],
});

describe('an amount above the input limit is never paid silently', () => {
  it('3 × a standard of 1e9 with no income: undetermined, with the amount, limit and excess', () => {
    const d = assessDibao(household(3), standards());
    expect(d.outcome).toBe('undetermined');
    expect(d.amount).toBeNull();
    expect(d.reasons.find((r) => r.code === 'amount_above_limit')).toMatchObject({
      effect: 'missing',
      rule: 'amount.limit',
      threshold: '1000000000',
      actual: '3000000000.00',
      gap: '2000000000',
      unit: 'yuan',
    });
  });

  it('1 × the same standard is at the limit and paid', () => {
    const d = assessDibao(household(1), standards());
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('1000000000.00');
    expect(d.reasons.some((r) => r.code === 'amount_above_limit')).toBe(false);
  });
});
