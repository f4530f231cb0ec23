import { describe, expect, it } from 'vitest';
import {
  assess,
  assessmentSchema,
  type Determination,
  placeInTier,
  renderMessage,
  StandardsError,
} from '../../src/index';
import { loadHouseholdFixtures, loadTable } from '../fixtures/load';

const fx = (name: string) => {
  const f = loadHouseholdFixtures().find((x) => x.file.startsWith(name));
  if (!f) throw new Error(name);
  return f;
};
const d = (outcome: Determination['outcome']) => ({ outcome }) as Determination;

describe('placeInTier', () => {
  it('takes the highest eligible tier and lists the higher ones left undetermined', () => {
    expect(placeInTier({ tekun: d('undetermined'), dibao: d('eligible') })).toMatchObject({
      tier: 'dibao',
      higherUndetermined: ['tekun'],
    });
    expect(placeInTier({ tekun: d('eligible'), dibao: d('eligible') }).tier).toBe('tekun');
    expect(
      placeInTier({ tekun: d('ineligible'), dibao: d('ineligible'), lowIncome: d('eligible') })
        .tier,
    ).toBe('low-income');
    expect(
      placeInTier({ tekun: d('ineligible'), dibao: d('ineligible'), lowIncome: d('ineligible') })
        .tier,
    ).toBe('none');
    expect(
      placeInTier({ tekun: d('ineligible'), dibao: d('undetermined'), lowIncome: d('ineligible') })
        .tier,
    ).toBe('undetermined');
  });

  it('keeps a household in its 渐退期 in the 低保 tier', () => {
    const r = placeInTier({
      tekun: d('ineligible'),
      dibao: d('ineligible'),
      phaseOut: d('eligible'),
      lowIncome: d('eligible'),
    });
    expect(r.tier).toBe('dibao');
    expect(renderMessage(r.message, 'zh-CN')).toBe('救助层级：最低生活保障');
  });
});

describe('assess', () => {
  it('leaves out the results that do not apply, so Object.values lists determinations only', () => {
    const f = fx('dibao-02');
    const household = f.household as { status?: Record<string, unknown> };
    // Stated not to be a current 低保 household: no 渐退期 determination.
    const stated = { ...household, status: { ...household.status, dibao: false } };
    const a = assess(stated as never, loadTable(f.table), { on: f.on });
    expect(Object.keys(a.determinations)).toEqual(['dibao', 'lowIncome', 'tekun']);
    // Not stated: 渐退期 is decided (here ineligible: income is still below the standard) and
    // names status.dibao as missing, not silently left out.
    const { status: _, ...unstated } = household;
    const u = assess(unstated as never, loadTable(f.table), { on: f.on });
    expect(u.determinations.phaseOut?.outcome).toBe('ineligible');
    expect(
      u.determinations.phaseOut?.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : [])),
    ).toContain('status.dibao');
    expect(Object.values(a.determinations).map((d) => d.program)).toEqual([
      'dibao',
      'low-income',
      'tekun',
    ]);
    expect('povertyScore' in a).toBe(false);
    expect('povertyAlleviated' in a).toBe(false);
  });

  it('gives every section of the assessment, matching its schema', () => {
    const f = fx('temporary-aid-01');
    const a = assess(f.household as never, loadTable(f.table), {
      on: f.on,
      events: [f.inputs?.event as never],
    });
    expect(a.temporaryAid.map((t) => t.amount?.total)).toEqual(['4200.00']);
    expect(Object.keys(a.special).sort()).toEqual([
      'disabilitySubsidies',
      'educationAid',
      'elderlyCare',
      'employmentAid',
      'housingAid',
      'premiumSubsidy',
    ]);
    expect(a.povertyScore).toBeUndefined();
    expect(assessmentSchema.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
  });

  it('scores the household ("3+1") when a democratic-assessment score is given: 0.7 × 110 + 0.3 × 80 = 101', () => {
    const f = fx('poverty-score-01');
    const a = assess(f.household as never, loadTable(f.table), { on: f.on, democraticScore: '80' });
    expect(a.povertyScore?.score).toBe('101');
    expect(assessmentSchema.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
  });

  it('throws a StandardsError when no standards are in force', () => {
    const f = fx('dibao-02');
    expect(() => assess(f.household as never, loadTable(f.table), { on: '2030-01-01' })).toThrow(
      StandardsError,
    );
  });
});
