import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessDibao,
  type Determination,
  parseHousehold,
  parseStandardsTable,
  Rational,
  resolveStandards,
  type StandardsTable,
} from '../../src/index';
import { type HouseholdSpec, householdSpecArb, toInput } from '../arbitraries/household';
import { PROGRAMS } from '../arbitraries/programs';
import { RUNS } from '../arbitraries/runs';
import { tableArb } from '../arbitraries/table';
import { oracle } from './oracle';

const ON = '2021-07-01';
const params = { numRuns: RUNS };

function dibao(spec: HouseholdSpec, table: StandardsTable): Determination {
  const std = resolveStandards(table, { region: spec.region, on: ON });
  if (!std.ok) throw std.error;
  return assessDibao(toInput(spec), std.value);
}

/** A monthly amount as a Rational; an ineligible household is paid 0. */
function paid(d: Determination): Rational {
  return d.amount ? Rational.parse(d.amount.total)! : Rational.ZERO;
}

const anyTable = tableArb({ extras: true, bands: true });
const anyHousehold = householdSpecArb();

describe('低保 determinations: invariants', () => {
  it('an amount is never negative, and total = Σ breakdown exactly', () => {
    fc.assert(
      fc.property(anyTable, anyHousehold, ({ table }, spec) => {
        for (const entry of PROGRAMS) {
          for (const d of entry.run(toInput(spec), table, ON)) {
            if (d.amount === null) continue;
            expect(d.outcome).toBe('eligible');
            const total = Rational.parse(d.amount.total);
            expect(total, d.amount.total).toBeDefined();
            expect(total!.isNegative()).toBe(false);
            expect(d.amount.total).toMatch(/^\d+\.\d{2}$/);
            const sum = d.amount.breakdown.reduce((acc, l) => {
              const v = Rational.fromText(l.amount);
              expect(v, `${l.code}: ${l.amount}`).toBeDefined();
              return acc.add(v!);
            }, Rational.ZERO);
            expect(sum.eq(total!)).toBe(true);
          }
        }
      }),
      params,
    );
  });

  it('eligible exactly when counted income per head is strictly below the standard (oracle), and the gap amount matches', () => {
    fc.assert(
      fc.property(
        tableArb({ bands: true }),
        householdSpecArb({ complete: true }),
        ({ table, model }, spec) => {
          const d = dibao(spec, table);
          const o = oracle(spec, model, ON);
          expect(d.values.countedIncome).toBe(o.counted.toString());
          expect(d.values.countedMembers).toBe(String(o.n));
          expect(d.outcome).toBe(o.eligible ? 'eligible' : 'ineligible');
          if (o.gapAmount !== undefined) expect(d.amount?.total).toBe(o.gapAmount.toFixed(2));
        },
      ),
      params,
    );
  });

  it('equal to the standard is not below it; one fen less is', () => {
    fc.assert(
      fc.property(
        tableArb(),
        householdSpecArb({ complete: true, maxMembers: 4 }),
        fc.constantFrom(0, 1),
        ({ table, model }, spec0, fenLess) => {
          // One wage item of the head makes counted income exactly standard × n (− 1 fen).
          const spec: HouseholdSpec = { ...spec0, incomes: [], expenditures: [] };
          const n = oracle(spec, model, ON).n; // members as 第七条 counts them
          const fen = Number(model.standardFen[spec.area!]) * n - fenLess;
          if (fen < 0) return;
          const inForce = model.exclusions.filter(
            (x) => (x.from ?? '') <= ON && ON <= (x.to ?? '9'),
          );
          const type = (['wage', 'business', 'property', 'transfer', 'other'] as const).find(
            (t) => !inForce.some((x) => x.type === t),
          )!;
          spec.incomes = [{ member: 0, type, fen, period: 'month', asNumber: false }];
          const d = dibao(spec, table);
          expect(d.outcome).toBe(fenLess === 0 ? 'ineligible' : 'eligible');
          expect(d.reasons.map((r) => r.code)).toContain(
            fenLess === 0 ? 'income_not_below_threshold' : 'income_below_threshold',
          );
        },
      ),
      params,
    );
  });

  it('the amount never rises when an income rises (gap and bands, floors and supplements)', () => {
    fc.assert(
      fc.property(
        anyTable,
        householdSpecArb({ complete: true }),
        fc.nat(),
        fc.integer({ min: 1, max: 500_000 }),
        ({ table }, spec, pick, extra) => {
          if (spec.incomes.length === 0)
            spec.incomes.push({
              member: 0,
              type: 'wage',
              fen: 0,
              period: 'month',
              asNumber: false,
            });
          const i = pick % spec.incomes.length;
          const richer: HouseholdSpec = {
            ...spec,
            incomes: spec.incomes.map((x, j) => (j === i ? { ...x, fen: x.fen + extra } : x)),
          };
          const before = dibao(spec, table);
          const after = dibao(richer, table);
          // Every fact is stated and the top band reaches the standard: always decided.
          expect(before.outcome).not.toBe('undetermined');
          expect(after.outcome).not.toBe('undetermined');
          expect(paid(after).lte(paid(before)), `${paid(after)} > ${paid(before)}`).toBe(true);
          // A richer household is never eligible when the poorer one is not.
          if (before.outcome === 'ineligible') expect(after.outcome).toBe('ineligible');
        },
      ),
      params,
    );
  });

  it('does not depend on the order of members or income items', () => {
    fc.assert(
      fc.property(
        anyTable,
        anyHousehold.chain((spec) =>
          fc.tuple(
            fc.constant(spec),
            fc.shuffledSubarray(
              spec.members.map((_, i) => i),
              { minLength: spec.members.length },
            ),
            fc.shuffledSubarray(
              spec.incomes.map((_, i) => i),
              { minLength: spec.incomes.length },
            ),
          ),
        ),
        ({ table }, [spec, memberOrder, incomeOrder]) => {
          // Members keep their ids; references follow them to their new positions.
          const position = new Map(memberOrder.map((old, neu) => [old, neu]));
          const move = (m: number | undefined) => (m === undefined ? undefined : position.get(m));
          const shuffled: HouseholdSpec = {
            ...spec,
            members: memberOrder.map((i) => spec.members[i]!),
            incomes: incomeOrder.map((i) => ({
              ...spec.incomes[i]!,
              member: move(spec.incomes[i]!.member),
            })),
            expenditures: spec.expenditures?.map((e) => ({ ...e, member: move(e.member) })),
          };
          // toInput names members by their spec id, so references stay with the member.
          const fix = (s: HouseholdSpec) => {
            const input = toInput(s);
            for (const x of [...input.incomes, ...(input.expenditures ?? [])]) {
              const m = (x as { memberId?: string }).memberId;
              if (m !== undefined)
                (x as { memberId?: string }).memberId = s.members[Number(m.slice(1))]!.id;
            }
            return input;
          };
          for (const entry of PROGRAMS) {
            const a = entry.run(fix(spec), table, ON);
            const b = entry.run(fix(shuffled), table, ON);
            // Per-member programs list members in input order: match them by member id.
            const key = (d: Determination) =>
              `${d.program}:${(d as { memberId?: string }).memberId ?? ''}`;
            const byKey = new Map(b.map((d) => [key(d), d]));
            expect(b.length).toBe(a.length);
            for (const da of a) {
              const db = byKey.get(key(da));
              expect(db, key(da)).toBeDefined();
              if (db === undefined) continue;
              expect(db.outcome).toBe(da.outcome);
              expect(db.values).toEqual(da.values);
              expect(db.amount?.total).toBe(da.amount?.total);
              const lines = (d: Determination) =>
                (d.amount?.breakdown ?? [])
                  .map((l) => `${l.code}@${l.memberId ?? ''}=${l.amount}`)
                  .sort();
              expect(lines(db)).toEqual(lines(da));
              const codes = (d: Determination) => d.reasons.map((r) => r.code).sort();
              expect(codes(db)).toEqual(codes(da));
            }
          }
        },
      ),
      params,
    );
  });

  it('identical input gives byte-identical JSON, also from a freshly parsed table', () => {
    fc.assert(
      fc.property(anyTable, anyHousehold, ({ input, table }, spec) => {
        const again = parseStandardsTable(structuredClone(input));
        if (!again.ok) throw again.error;
        const household = parseHousehold(toInput(spec));
        for (const entry of PROGRAMS) {
          const first = JSON.stringify(entry.run(toInput(spec), table, ON));
          expect(JSON.stringify(entry.run(toInput(spec), table, ON))).toBe(first);
          expect(JSON.stringify(entry.run(toInput(spec), again.value, ON))).toBe(first);
          if (household.ok)
            expect(JSON.stringify(entry.run(household.value, again.value, ON))).toBe(first);
        }
      }),
      params,
    );
  });
});
