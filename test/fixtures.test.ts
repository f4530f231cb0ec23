import { describe, expect, it } from 'vitest';
import { parseHousehold, Rational, resolveStandards } from '../src/index';
import { loadHouseholdFixtures, loadTable } from './fixtures/load';
import { RUNNERS } from './fixtures/programs';

const fixtures = loadHouseholdFixtures();

describe('fixture households', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  for (const fx of fixtures) {
    describe(`${fx.file}: ${fx.name}`, () => {
      const parsed = parseHousehold(fx.household);
      it('parses', () => {
        expect(parsed.ok ? [] : parsed.error.issues).toEqual([]);
      });
      for (const [program, expected] of Object.entries(fx.expected)) {
        it(`${program} → ${expected.outcome}${expected.amount ? ` ${expected.amount}` : ''}`, () => {
          if (!parsed.ok) throw parsed.error;
          const run = RUNNERS[program];
          expect(run, `no runner for program ${program}`).toBeDefined();
          const table = loadTable(fx.table);
          const std = resolveStandards(table, { region: parsed.value.region, on: fx.on });
          if (!std.ok) throw std.error;
          const d = run!(parsed.value, std.value, fx);
          expect(d.outcome).toBe(expected.outcome);
          if (expected.amount !== undefined) expect(d.amount?.total ?? null).toBe(expected.amount);
          if (expected.values) expect(d.values).toMatchObject(expected.values);
          for (const code of expected.reasons ?? []) {
            expect(d.reasons.map((r) => r.code)).toContain(code);
          }
          if (expected.missing) {
            const missing = d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
            expect([...new Set(missing)].sort()).toEqual([...expected.missing].sort());
          }
          if (expected.breakdown) {
            const lines = Object.fromEntries(
              (d.amount?.breakdown ?? []).map((l) => [
                `${l.code}${l.memberId ? `@${l.memberId}` : ''}`,
                l.amount,
              ]),
            );
            expect(lines).toMatchObject(expected.breakdown);
          }
          if (d.amount) {
            // The money identity: the total is the exact sum of the breakdown.
            const sum = d.amount.breakdown.reduce(
              (acc, l) => acc.add(Rational.fromText(l.amount)!),
              Rational.ZERO,
            );
            expect(sum.toFixed(2)).toBe(d.amount.total);
            expect(sum.eq(Rational.parse(d.amount.total)!)).toBe(true);
          }
        });
      }
    });
  }
});
