import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess';
import {
  assessmentSchema,
  collectDeterminations,
  determinationSchema,
} from '../../src/schema/determination';
import { loadHouseholdFixtures, loadTable } from '../fixtures/load';

describe('the determination and assessment schemas', () => {
  it('describe what assess returns for every fixture household', () => {
    let checked = 0;
    for (const f of loadHouseholdFixtures()) {
      let a: ReturnType<typeof assess>;
      try {
        a = assess(f.household as never, loadTable(f.table), { on: f.on });
      } catch {
        continue; // invalid households and missing standards are other tests' business
      }
      const r = assessmentSchema.safeParse(JSON.parse(JSON.stringify(a)));
      expect(r.success, `${f.file}: ${r.error?.message}`).toBe(true);
      const all = collectDeterminations(JSON.parse(JSON.stringify(a)));
      expect(all.map((d) => d.path)).toContain('determinations.dibao');
      for (const { path, determination } of all) {
        const d = determinationSchema.safeParse(determination);
        expect(d.success, `${f.file} ${path}: ${d.error?.message}`).toBe(true);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('reject a determination without an outcome', () => {
    expect(determinationSchema.safeParse({ program: 'dibao' }).success).toBe(false);
  });

  it('reject a reason without its step, with a message, or naming a step beyond the trace', () => {
    const f = loadHouseholdFixtures().find((x) => x.file.startsWith('dibao-02'));
    if (f === undefined) throw new Error('fixture dibao-02 missing');
    const d = JSON.parse(
      JSON.stringify(
        assess(f.household as never, loadTable(f.table), { on: f.on }).determinations.dibao,
      ),
    );
    expect(determinationSchema.safeParse(d).success).toBe(true);
    const reason = d.reasons.find((r: { code: string }) => r.code === 'income_below_threshold');
    expect(reason.step).toBe(3);
    reason.step = 42;
    const beyond = determinationSchema.safeParse(d);
    expect(beyond.success).toBe(false);
    expect(beyond.error?.issues[0]?.path).toEqual(['reasons', 0, 'step']);
    delete reason.step;
    const none = determinationSchema.safeParse(d);
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.path.slice(0, 2)).toEqual(['reasons', 0]);
    // The message is in the step; a reason holding one (0.2's form) is not a record of this version.
    reason.step = 3;
    reason.message = { id: 'dibao.incomeBelow', args: [] };
    expect(determinationSchema.safeParse(d).success).toBe(false);
    delete reason.message;
    // Nor is a step holding a message object instead of its code and args.
    const step = d.trace[2];
    expect(step.code).toBe('dibao.incomeBelow');
    expect(determinationSchema.safeParse(d).success).toBe(true);
    step.message = { id: step.code, args: step.args };
    expect(determinationSchema.safeParse(d).success).toBe(false);
  });
});
