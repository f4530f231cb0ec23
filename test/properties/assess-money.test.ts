import { describe, expect, it } from 'vitest';
import { BENCH_ON, householdGenerator } from '../../bench/generate';
import { benchTableJson } from '../../bench/table';
import {
  assess,
  collectDeterminations,
  type Determination,
  parseStandardsTable,
  Rational,
} from '../../src/index';
import { MUTATION } from '../arbitraries/runs';

/**
 * Money invariants of every program `assess` decides, over the benchmark's generated households
 * (1–8 members, several income items, deductions, statuses, disabilities) on the bundled tables
 * and the local examples: the programs other than 低保 need the tables' own parameters, which
 * the generated tables of the other properties do not carry.
 */
const COUNT = MUTATION ? 200 : 3_000;

const table = (() => {
  const t = parseStandardsTable(benchTableJson());
  if (!t.ok) throw t.error;
  return t.value;
})();

const total = (d: Determination) => Rational.parse(d.amount?.total ?? '') as Rational;

const ACTIVITIES = ['eating', 'dressing', 'transferring', 'toileting', 'walkingIndoors', 'bathing'];

/**
 * The generated household with the 特困 facts the generator leaves out stated for every second
 * one (no supporters, schooling, daily activities varying by member), so that 特困 is decided and
 * paid; the others stay as generated.
 */
function withTekunFacts(h: Record<string, unknown>, i: number): Record<string, unknown> {
  if (i % 2 === 1) return h;
  // Every fourth household in 南郑 (610721), whose table pays insurance premiums.
  const region = i % 4 === 0 ? '610721' : h.region;
  const members = (h.members as Record<string, unknown>[]).map((m, j) => ({
    supporterIds: [],
    schooling: 'none',
    tekun: false,
    dailyActivities: Object.fromEntries(ACTIVITIES.map((a, k) => [a, k >= (i + j) % 7])),
    ...m,
  }));
  return { ...h, region, members };
}

describe('assess: money of every program on the bundled tables', () => {
  const gen = householdGenerator(7);
  const paid = new Map<string, number>();
  const results = Array.from({ length: COUNT }, (_, i) => {
    const a = assess(withTekunFacts(gen(i), i) as never, table, { on: BENCH_ON });
    return { a, all: collectDeterminations(a).map((x) => x.determination) };
  });

  it('an amount only when eligible; never negative; two decimals; total = Σ breakdown exactly', () => {
    for (const { all } of results) {
      for (const d of all) {
        if (d.amount === null) continue;
        paid.set(d.program, (paid.get(d.program) ?? 0) + 1);
        expect(d.outcome).toBe('eligible');
        expect(d.amount.total).toMatch(/^\d+\.\d{2}$/);
        const sum = d.amount.breakdown.reduce((acc, l) => {
          const v = Rational.fromText(l.amount);
          expect(v, `${d.program} ${l.code}: ${l.amount}`).toBeDefined();
          return acc.add(v as Rational);
        }, Rational.ZERO);
        expect(sum.eq(total(d)), `${d.program} ${d.householdId}`).toBe(true);
      }
    }
    // The check reaches the programs that pay: 低保, 特困, the disability subsidies and
    // insurance premiums (南郑, 610721) at least; the generated households have no events or bills.
    for (const program of ['dibao', 'tekun', 'disability-subsidy', 'medical-aid'])
      expect(paid.get(program) ?? 0, program).toBeGreaterThan(0);
  });

  it('a 特困 household amount is the sum of its eligible members’ amounts', () => {
    let households = 0;
    for (const { a } of results) {
      const t = a.determinations.tekun;
      const members = Object.values(t.members).filter((m) => m.amount !== null);
      if (t.amount === null) {
        expect(members).toEqual([]);
        continue;
      }
      households++;
      const sum = members.reduce((acc, m) => acc.add(total(m)), Rational.ZERO);
      expect(sum.eq(total(t)), a.householdId).toBe(true);
    }
    expect(households).toBeGreaterThan(0);
  });

  it('is the same JSON when the household is assessed again', () => {
    const again = householdGenerator(7);
    for (let i = 0; i < Math.min(COUNT, 200); i++) {
      const b = assess(withTekunFacts(again(i), i) as never, table, { on: BENCH_ON });
      expect(JSON.stringify(b)).toBe(JSON.stringify(results[i]?.a));
    }
  });
});
