import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRequest } from '../../src/cli/request';
import {
  type Assessment,
  assess,
  CaseloadSummary,
  ComparisonSummary,
  compareAssessments,
  parseStandardsTable,
  programFigures,
  Rational,
  type StandardsTable,
} from '../../src/index';
import { FIXTURES, loadHouseholdFixtures, loadTable } from '../fixtures/load';

/** The bundled table with 常州's urban and rural 低保 standard set to `yuan`. */
function changzhouAt(yuan: string): StandardsTable {
  const raw = JSON.parse(readFileSync(join(FIXTURES, 'standards', 'bundled.json'), 'utf8'));
  const cz = raw.entries.find((e: { id: string }) => e.id === 'changzhou-2021-07');
  cz.params.dibao.standard = { urban: { yuan }, rural: { yuan } };
  const r = parseStandardsTable(raw);
  if (!r.ok) throw r.error;
  return r.value;
}

const OLD = loadTable('bundled.json');
/** How many fixture households the bundled table has (every one is in each summary). */
const BUNDLED = loadHouseholdFixtures().filter((f) => f.table === 'bundled.json').length;
const NEW = changzhouAt('1000');

/** Every bundled-table fixture assessed under a table, as the CLI reads a fixture file. */
function caseload(table: StandardsTable): Assessment[] {
  return loadHouseholdFixtures()
    .filter((f) => f.table === 'bundled.json')
    .map(({ file, ...f }) => {
      const req = readRequest(f);
      if (Array.isArray(req)) throw new Error(file);
      return assess(req.household as never, table, {
        on: f.on,
        ...(req.events.length ? { events: req.events as never } : {}),
        ...(req.bills.length ? { bills: req.bills as never } : {}),
        ...(req.democraticScore !== undefined ? { democraticScore: req.democraticScore } : {}),
      });
    });
}

function fixtureHousehold(file: string) {
  return JSON.parse(readFileSync(join(FIXTURES, 'households', file), 'utf8')).household;
}

describe('compareAssessments', () => {
  it('prices a raise of the standard for one household: 940 → 1000 adds 3 × 60 to the gap', () => {
    // 常州 2021-08, 3 members, counted income 1894: 940 × 3 − 1894 = 926; 1000 × 3 − 1894 = 1106.
    const h = fixtureHousehold('dibao-02-plain-gap.json');
    const c = compareAssessments(
      assess(h, OLD, { on: '2021-08-01' }),
      assess(h, NEW, { on: '2021-08-01' }),
    );
    const dibao = c.programs.find((p) => p.key === 'dibao');
    expect(dibao).toEqual({
      key: 'dibao',
      program: 'dibao',
      period: 'month',
      old: { outcome: 'eligible', amount: '926.00' },
      new: { outcome: 'eligible', amount: '1106.00' },
      change: 'up',
      delta: '180.00',
    });
    expect(c.tier).toEqual({ old: 'dibao', new: 'dibao', changed: false });
    expect(c.delta).toEqual({ monthly: '180.00', once: '0.00', change: 'gain' });
    expect(c.old.monthly).toBe('926.00');
    expect(c.new.monthly).toBe('1106.00');
  });

  it('a household at the old standard is newly eligible under the raised one', () => {
    // Per-capita income equal to 940 is not below it (低于 is strict); below 1000 it is.
    const h = fixtureHousehold('dibao-01-equal-to-standard.json');
    const c = compareAssessments(
      assess(h, OLD, { on: '2021-08-01' }),
      assess(h, NEW, { on: '2021-08-01' }),
    );
    const dibao = c.programs.find((p) => p.key === 'dibao');
    expect(dibao?.change).toBe('newly-eligible');
    expect(dibao?.old).toEqual({ outcome: 'ineligible', amount: null });
    expect(dibao?.delta).toBe(dibao?.new?.amount);
    expect(c.tier.new).toBe('dibao');
  });

  it('a lowered standard makes households lose, and some no longer eligible', () => {
    const low = changzhouAt('600');
    const h = fixtureHousehold('dibao-02-plain-gap.json');
    const c = compareAssessments(
      assess(h, OLD, { on: '2021-08-01' }),
      assess(h, low, { on: '2021-08-01' }),
    );
    // 600 × 3 = 1800 < 1894: no longer eligible; the delta is the whole old amount.
    const dibao = c.programs.find((p) => p.key === 'dibao');
    expect(dibao?.change).toBe('no-longer-eligible');
    expect(dibao?.delta).toBe('-926.00');
    expect(c.delta.change).toBe('loss');
  });

  it('the same table gives no change anywhere', () => {
    const before = caseload(OLD);
    for (const a of before) {
      const c = compareAssessments(a, a);
      expect(c.programs.every((p) => p.change === 'same' && p.delta === '0.00')).toBe(true);
      expect(c.delta.change).toBe('unchanged');
    }
  });
});

describe('ComparisonSummary', () => {
  const before = caseload(OLD);
  const after = caseload(NEW);
  const comparisons = before.map((a, i) => compareAssessments(a, after[i] as Assessment));
  const summary = new ComparisonSummary();
  comparisons.forEach((c, i) => {
    summary.add(before[i] as Assessment, after[i] as Assessment, c);
  });
  const s = summary.toJSON();

  it('Σ of the households’ deltas equals the difference of the totals, to the fen', () => {
    let monthly = Rational.ZERO;
    let once = Rational.ZERO;
    for (const c of comparisons) {
      monthly = monthly.add(Rational.parse(c.delta.monthly) as Rational);
      once = once.add(Rational.parse(c.delta.once) as Rational);
    }
    const diff = (Rational.parse(s.new.outlay.monthly) as Rational).sub(
      Rational.parse(s.old.outlay.monthly) as Rational,
    );
    expect(monthly.toFixed(2)).toBe(diff.toFixed(2));
    expect(monthly.toFixed(2)).toBe(s.difference.monthly);
    expect(once.toFixed(2)).toBe(s.difference.once);
    // And each side's total is the Σ of the per-program amounts it counted.
    let old = Rational.ZERO;
    for (const a of before)
      for (const f of programFigures(a))
        if (f.period === 'month') old = old.add(Rational.parse(f.amount as string) as Rational);
    expect(old.toFixed(2)).toBe(s.old.outlay.monthly);
    // Σ of the programs' deltas is the same difference; Σ of the regions' too.
    let byProgram = Rational.ZERO;
    for (const p of Object.values(s.programs))
      byProgram = byProgram.add(Rational.parse(p.monthly) as Rational);
    expect(byProgram.toFixed(2)).toBe(s.difference.monthly);
    let byRegion = Rational.ZERO;
    for (const r of Object.values(s.regions))
      byRegion = byRegion.add(Rational.parse(r.difference.monthly) as Rational);
    expect(byRegion.toFixed(2)).toBe(s.difference.monthly);
  });

  it('counts gainers, losers and the unchanged; a raise is priced where the standard rose', () => {
    expect(s.households).toBe(BUNDLED);
    expect(s.fare.gain + s.fare.loss + s.fare.unchanged).toBe(BUNDLED);
    expect(s.fare.gain).toBeGreaterThan(0);
    // 银川 (640100, 640104) keeps its table: no change there.
    for (const code of ['640100', '640104'])
      expect(s.regions[code]?.difference).toEqual({
        monthly: '0.00',
        annual: '0.00',
        once: '0.00',
      });
    expect(s.regions['320412']?.gain).toBeGreaterThan(0);
    expect(s.difference.annual).toBe(
      (Rational.parse(s.difference.monthly) as Rational).times(12).toFixed(2),
    );
    expect(s.programs.dibao?.up).toBeGreaterThan(0);
    expect(s.programs.dibao?.['newly-eligible']).toBeGreaterThan(0);
  });

  it('parts merged equal the whole (the summaries of worker threads)', () => {
    const a = new ComparisonSummary();
    const b = new ComparisonSummary();
    comparisons.forEach((c, i) => {
      (i % 3 === 0 ? a : b).add(before[i] as Assessment, after[i] as Assessment, c);
    });
    const merged = new ComparisonSummary();
    merged.merge(a.toJSON());
    merged.merge(b.toJSON());
    expect(merged.toJSON()).toEqual(s);
  });
});

describe('CaseloadSummary', () => {
  const before = caseload(OLD);
  const s = new CaseloadSummary();
  for (const a of before) s.add(a);
  const data = s.toJSON();

  it('counts tiers and programs and adds the outlay exactly', () => {
    expect(data.households).toBe(BUNDLED);
    const tiers = Object.values(data.tiers).reduce((x, y) => x + y, 0);
    expect(tiers).toBe(BUNDLED);
    const d = data.programs.dibao;
    expect((d?.eligible ?? 0) + (d?.ineligible ?? 0) + (d?.undetermined ?? 0)).toBe(BUNDLED);
    let dibao = Rational.ZERO;
    for (const a of before)
      if (a.determinations.dibao.amount)
        dibao = dibao.add(Rational.parse(a.determinations.dibao.amount.total) as Rational);
    expect(d?.monthly).toBe(dibao.toFixed(2));
    expect(data.outlay.annual).toBe(
      (Rational.parse(data.outlay.monthly) as Rational).times(12).toFixed(2),
    );
  });

  it('counts the households missing each fact (indices folded), for undetermined programs only', () => {
    // dibao-07: co-residence of a member unknown.
    const h = fixtureHousehold('dibao-07-co-residence-unknown.json');
    const one = new CaseloadSummary();
    one.add(assess(h, OLD, { on: '2021-08-01' }));
    const facts = one.toJSON().undetermined.missingFacts;
    expect(facts['members[].livesWithHousehold']).toBe(1);
    expect(Object.keys(facts).every((k) => !/\[\d/.test(k))).toBe(true);
    expect(data.undetermined.missingFacts['members[].livesWithHousehold']).toBeGreaterThanOrEqual(
      1,
    );
  });
});
