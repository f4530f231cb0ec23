import { describe, expect, it } from 'vitest';
import { householdGenerator } from '../../bench/generate';
import { benchTableJson } from '../../bench/table';
import {
  assess,
  assessDibao,
  assessLowIncome,
  assessPhaseOut,
  assessTekun,
  collectDeterminations,
  type Determination,
  parseHousehold,
  parseStandardsTable,
  resolveStandards,
  standaloneDetermination,
} from '../../src/index';
import { assessedFixtures } from '../render/support';

const table = (() => {
  const r = parseStandardsTable(benchTableJson());
  if (!r.ok) throw r.error;
  return r.value;
})();
const ON = '2021-08-01';

/** The JSON text of a value (messages as catalog refs). */
const json = (x: unknown) => JSON.stringify(x);

describe('income computations shared within one assess', () => {
  it('give every determination what it gets when its program runs alone', () => {
    const gen = householdGenerator(11);
    let phaseOuts = 0;
    for (let i = 0; i < 300; i++) {
      const raw = gen(i);
      if (i % 4 === 0)
        raw.status = {
          dibao: true,
          dibaoSince: '2019-01-01',
          phaseOut: { start: '2021-03-01', trigger: 'employment' },
        };
      const p = parseHousehold(raw);
      if (!p.ok) throw p.error;
      const h = p.value;
      const std = resolveStandards(table, { region: h.region, on: ON });
      if (!std.ok) throw std.error;
      const a = assess(h, table, { on: ON });
      // The assessment records each income computation once and refers to it; inlined, every
      // determination is the one its program gives on its own.
      const alone = <D extends Determination>(d: D) => json(standaloneDetermination(a, d));
      expect(alone(a.determinations.dibao)).toBe(json(assessDibao(h, std.value)));
      expect(alone(a.determinations.lowIncome)).toBe(json(assessLowIncome(h, std.value)));
      expect(alone(a.determinations.tekun)).toBe(json(assessTekun(h, std.value)));
      if (a.determinations.phaseOut) {
        phaseOuts++;
        expect(alone(a.determinations.phaseOut)).toBe(json(assessPhaseOut(h, std.value)));
      }
      // 低保 and 低收入 count the same income: one computation, two references.
      const ref = (d: Determination) =>
        d.trace.find((s) => s.rule === 'income.shared')?.values.income;
      expect(ref(a.determinations.dibao)).toBe('i1');
      expect(ref(a.determinations.lowIncome)).toBe('i1');
      expect(a.incomes.i1?.map((s) => s.rule)).toContain('income.counted');
    }
    expect(phaseOuts).toBeGreaterThan(50);
  });

  it('are in the record only when a trace refers to them (a supporter’s income, tested aside, is not)', () => {
    for (const { fx, a } of assessedFixtures()) {
      const refs = new Set<string>();
      for (const { determination } of collectDeterminations(a))
        for (const s of determination.trace)
          if (s.rule === 'income.shared') refs.add(s.values.income ?? '');
      expect(Object.keys(a.incomes).sort(), fx.file).toEqual([...refs].sort());
    }
    // tekun-07: the supporter's own income is computed for the 70-year-old's test, not recorded.
    const { a } = assessedFixtures().find(({ fx }) => fx.file.startsWith('tekun-07')) ?? {};
    expect(Object.keys(a?.incomes ?? {}).length).toBeGreaterThan(0);
  });

  it('leave the record tables unbuilt until read: a walk over the determinations builds none', () => {
    const { a } = assessedFixtures()[0] as { a: object };
    const slot = Object.getOwnPropertySymbols(a)[0] as symbol;
    collectDeterminations(a);
    expect((a as Record<symbol, { tables?: unknown }>)[slot]?.tables).toBeUndefined();
    JSON.stringify(a);
    expect((a as Record<symbol, { tables?: unknown }>)[slot]?.tables).toBeDefined();
  });

  it('are not kept from one call to the next: a household changed in between is assessed anew', () => {
    // 常州 2021 standard 940, 2 co-resident members: 1,000 yuan of wages is 500 per head (below);
    // 2,000 is 1,000 per head (not below).
    const p = parseHousehold({
      id: 'h',
      region: '320412',
      area: 'urban',
      members: [
        { id: 'a', livesWithHousehold: true },
        { id: 'b', livesWithHousehold: true },
      ],
      incomes: [{ memberId: 'a', type: 'wage', amount: '1000', period: 'month' }],
      expenditures: [],
      assets: { financial: '0', vehicles: 0, housingUnits: 0 },
    });
    if (!p.ok) throw p.error;
    const first = assess(p.value, table, { on: ON }).determinations.dibao;
    expect(first.values.countedIncome).toBe('1000');
    // A parsed household is frozen; a changed copy of it is validated and assessed afresh.
    const changed = { ...p.value, incomes: [{ ...p.value.incomes[0], amount: '2000' }] };
    const second = assess(changed as typeof p.value, table, { on: ON }).determinations.dibao;
    expect(second.values.countedIncome).toBe('2000');
    expect(second.values.perCapitaIncomeExact).toBe('1000');
    expect(second.reasons.map((r) => r.code)).toContain('income_not_below_threshold');
  });

  it('keep the steps of each determination in its own trace, one reference step for the shared part', () => {
    const p = parseHousehold(householdGenerator(5)(3));
    if (!p.ok) throw p.error;
    const a = assess(p.value, table, { on: ON });
    for (const d of [a.determinations.dibao, a.determinations.lowIncome]) {
      expect(d.trace[0]?.rule).toBe('income.shared');
      expect(d.trace.filter((s) => s.rule === 'income.shared')).toHaveLength(1);
      // A reason that names a step names one of this trace.
      for (const r of d.reasons)
        if ('step' in r && r.step !== undefined) expect(r.step).toBeLessThanOrEqual(d.trace.length);
    }
  });
});
