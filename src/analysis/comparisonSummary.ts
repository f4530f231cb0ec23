import type { Assessment } from '../assess/assess';
import { Rational } from '../money/rational';
import {
  CaseloadSummary,
  type CaseloadSummaryData,
  MONTHS_PER_YEAR,
  type Outlay,
  outlayOf,
} from './caseloadSummary';
import type { AssessmentComparison, Change } from './compareAssessments';

/** Households that gained, lost or kept the same support. */
export interface FareCounts {
  gain: number;
  loss: number;
  unchanged: number;
}

/** A program's changes across a caseload. */
export type ProgramChangeCounts = Record<Change, number> & {
  /** Σ of the program's deltas, monthly and one-off. */
  monthly: string;
  once: string;
};

/** One region's comparison. */
export interface RegionComparison extends FareCounts {
  households: number;
  old: Outlay;
  new: Outlay;
  difference: Outlay;
}

/** The aggregate of a caseload compared under two tables (`jiuzhu compare --summary`). */
export interface ComparisonSummaryData {
  /** Households compared. */
  households: number;
  old: CaseloadSummaryData;
  new: CaseloadSummaryData;
  /** New outlay − old outlay: equal, to the fen, to the sum of the households' deltas. */
  difference: Outlay;
  /** Households by their monthly total (then one-off) under the new table against the old. */
  fare: FareCounts;
  /** Households whose tier moved. */
  tierChanged: number;
  /** Per program: results by change, and the sum of its deltas. */
  programs: Record<string, ProgramChangeCounts>;
  /** Per region code of the household (its standards' region under the new table). */
  regions: Record<string, RegionComparison>;
}

const CHANGES: readonly Change[] = [
  'newly-eligible',
  'no-longer-eligible',
  'up',
  'down',
  'same',
  'outcome-changed',
];

const parse = (s: string) => Rational.parse(s) ?? Rational.ZERO;

interface Acc extends FareCounts {
  households: number;
  oldMonthly: Rational;
  oldOnce: Rational;
  newMonthly: Rational;
  newOnce: Rational;
}

function difference(a: Outlay, b: Outlay): Outlay {
  const m = parse(b.monthly).sub(parse(a.monthly));
  return {
    monthly: m.toFixed(2),
    annual: m.times(MONTHS_PER_YEAR).toFixed(2),
    once: parse(b.once).sub(parse(a.once)).toFixed(2),
  };
}

/**
 * Adds up a caseload compared under two tables: each side's {@link CaseloadSummary}, the
 * difference of the outlays, gainers / losers / unchanged, each program's changes and the sum of
 * its deltas, and the same by region. Exact throughout; parts merge with
 * {@link ComparisonSummary.merge}.
 *
 * @example
 * const s = new ComparisonSummary();
 * s.add(before, after, compareAssessments(before, after));
 * s.toJSON().difference   // { monthly: '180.00', annual: '2160.00', once: '0.00' }
 */
export class ComparisonSummary {
  private readonly before = new CaseloadSummary();
  private readonly after = new CaseloadSummary();
  private households = 0;
  private readonly fare: FareCounts = { gain: 0, loss: 0, unchanged: 0 };
  private tierChanged = 0;
  private readonly programs = new Map<
    string,
    Record<Change, number> & { monthly: Rational; once: Rational }
  >();
  private readonly regions = new Map<string, Acc>();

  /** Adds one household: its assessments under both tables and their comparison. */
  add(before: Assessment, after: Assessment, c: AssessmentComparison): void {
    this.before.add(before);
    this.after.add(after);
    this.households++;
    this.fare[c.delta.change]++;
    if (c.tier.changed) this.tierChanged++;
    for (const p of c.programs) {
      const acc = this.program(p.program);
      acc[p.change]++;
      if (p.period === 'once') acc.once = acc.once.add(parse(p.delta));
      else acc.monthly = acc.monthly.add(parse(p.delta));
    }
    const r = this.region(c.region);
    r.households++;
    r[c.delta.change]++;
    r.oldMonthly = r.oldMonthly.add(parse(c.old.monthly));
    r.oldOnce = r.oldOnce.add(parse(c.old.once));
    r.newMonthly = r.newMonthly.add(parse(c.new.monthly));
    r.newOnce = r.newOnce.add(parse(c.new.once));
  }

  private program(key: string) {
    let p = this.programs.get(key);
    if (!p) {
      p = {
        'newly-eligible': 0,
        'no-longer-eligible': 0,
        up: 0,
        down: 0,
        same: 0,
        'outcome-changed': 0,
        monthly: Rational.ZERO,
        once: Rational.ZERO,
      };
      this.programs.set(key, p);
    }
    return p;
  }

  private region(code: string): Acc {
    let r = this.regions.get(code);
    if (!r) {
      r = {
        households: 0,
        gain: 0,
        loss: 0,
        unchanged: 0,
        oldMonthly: Rational.ZERO,
        oldOnce: Rational.ZERO,
        newMonthly: Rational.ZERO,
        newOnce: Rational.ZERO,
      };
      this.regions.set(code, r);
    }
    return r;
  }

  /** Adds a summary made elsewhere (another thread's part of the caseload), exactly. */
  merge(s: ComparisonSummaryData): void {
    this.before.merge(s.old);
    this.after.merge(s.new);
    this.households += s.households;
    this.fare.gain += s.fare.gain;
    this.fare.loss += s.fare.loss;
    this.fare.unchanged += s.fare.unchanged;
    this.tierChanged += s.tierChanged;
    for (const [key, c] of Object.entries(s.programs)) {
      const p = this.program(key);
      for (const ch of CHANGES) p[ch] += c[ch];
      p.monthly = p.monthly.add(parse(c.monthly));
      p.once = p.once.add(parse(c.once));
    }
    for (const [code, c] of Object.entries(s.regions)) {
      const r = this.region(code);
      r.households += c.households;
      r.gain += c.gain;
      r.loss += c.loss;
      r.unchanged += c.unchanged;
      r.oldMonthly = r.oldMonthly.add(parse(c.old.monthly));
      r.oldOnce = r.oldOnce.add(parse(c.old.once));
      r.newMonthly = r.newMonthly.add(parse(c.new.monthly));
      r.newOnce = r.newOnce.add(parse(c.new.once));
    }
  }

  /** The summary as data (keys sorted, amounts as 2-decimal strings). */
  toJSON(): ComparisonSummaryData {
    const old = this.before.toJSON();
    const now = this.after.toJSON();
    const programs: Record<string, ProgramChangeCounts> = {};
    for (const [k, p] of this.programs) {
      const counts = {} as Record<Change, number>;
      for (const ch of CHANGES) counts[ch] = p[ch];
      programs[k] = { ...counts, monthly: p.monthly.toFixed(2), once: p.once.toFixed(2) };
    }
    const regions: Record<string, RegionComparison> = {};
    for (const code of [...this.regions.keys()].sort()) {
      const r = this.regions.get(code) as Acc;
      const o = outlayOf(r.oldMonthly, r.oldOnce);
      const n = outlayOf(r.newMonthly, r.newOnce);
      regions[code] = {
        households: r.households,
        gain: r.gain,
        loss: r.loss,
        unchanged: r.unchanged,
        old: o,
        new: n,
        difference: difference(o, n),
      };
    }
    return {
      households: this.households,
      old,
      new: now,
      difference: difference(old.outlay, now.outlay),
      fare: { ...this.fare },
      tierChanged: this.tierChanged,
      programs,
      regions,
    };
  }
}
