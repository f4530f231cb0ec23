import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, parseHousehold } from '../../src/index';
import { householdSpecArb, idNumberArb, personalNameArb, toInput } from '../arbitraries/household';
import { PROGRAMS } from '../arbitraries/programs';
import { RUNS } from '../arbitraries/runs';
import { tableArb } from '../arbitraries/table';

const ON = '2021-07-01';

describe('privacy: names and ID numbers never reach the output', () => {
  it('no name or ID number given in the input appears in any program’s JSON output', () => {
    fc.assert(
      fc.property(
        tableArb({ extras: true, bands: true }),
        householdSpecArb({ withPersonalData: true }),
        fc.array(personalNameArb, { minLength: 6, maxLength: 6 }),
        fc.array(idNumberArb, { minLength: 6, maxLength: 6 }),
        ({ table }, spec, names, ids) => {
          // Every member has both; the secrets are what the output must not contain.
          spec.members.forEach((m, i) => {
            m.name = names[i]!;
            m.idNumber = ids[i]!;
          });
          const secrets = spec.members.flatMap((m) => [m.name!, m.idNumber!]);
          const input = toInput(spec);
          const outputs = PROGRAMS.map((p) => JSON.stringify(p.run(input, table, ON)));
          outputs.push(JSON.stringify(assess(input, table, { on: ON })));
          const parsed = parseHousehold(input);
          if (parsed.ok) outputs.push(JSON.stringify(assess(parsed.value, table, { on: ON })));
          for (const out of outputs)
            for (const s of secrets) expect(out.includes(s), s).toBe(false);
          // Members are named by id in reasons and trace.
          for (const p of PROGRAMS)
            for (const d of p.run(input, table, ON)) {
              for (const r of d.reasons)
                if (r.memberId !== undefined) expect(r.memberId).toMatch(/^m\d$/);
              for (const line of d.amount?.breakdown ?? [])
                if (line.memberId !== undefined) expect(line.memberId).toMatch(/^m\d$/);
            }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('input errors name the field, not the personal data around it', () => {
    fc.assert(
      fc.property(personalNameArb, idNumberArb, (name, idNumber) => {
        const r = parseHousehold({
          id: 'h',
          region: '320400',
          members: [{ id: 'a', name, idNumber, birthDate: '2021-02-30' }],
          incomes: [{ memberId: 'a', type: 'wage', amount: -1, period: 'month' }],
        });
        expect(r.ok).toBe(false);
        const text = JSON.stringify(r.ok ? null : r.error) + (r.ok ? '' : r.error.message);
        expect(text.includes(name)).toBe(false);
        expect(text.includes(idNumber)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
