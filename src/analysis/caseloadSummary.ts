import type { Assessment } from '../assess/assess';
import type { Tier } from '../assess/tier';
import { Rational } from '../money/rational';
import { collectDeterminations } from '../schema/determination';
import type { Outcome } from '../trace/types';
import { householdTotals } from './compareAssessments';
import { programFigures } from './programFigures';

/** Months in a year: a monthly outlay × 12 is its annual outlay (a calendar fact, not policy). */
export const MONTHS_PER_YEAR = 12;

/** The tiers, in the order summaries list them. */
export const TIERS: readonly Tier[] = ['tekun', 'dibao', 'low-income', 'none', 'undetermined'];

/** Outlay in exact decimal yuan (2 decimals). */
export interface Outlay {
  /** Σ of the eligible monthly amounts. */
  monthly: string;
  /** The monthly outlay × 12. */
  annual: string;
  /** Σ of the eligible one-off amounts (temporary aid, medical aid). */
  once: string;
}

/** One program's counts and amounts in a caseload. */
export interface ProgramCounts extends Record<Outcome, number> {
  /** Σ of its eligible monthly amounts, and of its one-off amounts. */
  monthly: string;
  once: string;
}

/** One region's share of a caseload. */
export interface RegionSummary {
  households: number;
  tiers: Record<Tier, number>;
  outlay: Outlay;
}

/** The aggregate of a caseload's assessments under one table (`jiuzhu summarize`). */
export interface CaseloadSummaryData {
  /** Households assessed. */
  households: number;
  /** Households per tier. */
  tiers: Record<Tier, number>;
  /** Per program key (per-member, per-event and per-bill results counted under their program). */
  programs: Record<string, ProgramCounts>;
  outlay: Outlay;
  /** Per region code (the region whose standards applied). */
  regions: Record<string, RegionSummary>;
  /**
   * What data to collect next: the households with some undetermined program, and per missing
   * fact (a household path, member and item indices written `[]`) or missing table parameter, the
   * households whose undetermined programs need it.
   */
  undetermined: {
    households: number;
    missingFacts: Record<string, number>;
    missingParameters: Record<string, number>;
  };
}

interface Sums {
  monthly: Rational;
  once: Rational;
}

const tiersZero = (): Record<Tier, number> => ({
  tekun: 0,
  dibao: 0,
  'low-income': 0,
  none: 0,
  undetermined: 0,
});

const parse = (s: string) => Rational.parse(s) ?? Rational.ZERO;

/** Outlay from monthly and one-off sums. */
export function outlayOf(monthly: Rational, once: Rational): Outlay {
  return {
    monthly: monthly.toFixed(2),
    annual: monthly.times(MONTHS_PER_YEAR).toFixed(2),
    once: once.toFixed(2),
  };
}

function increment(m: Map<string, number>, k: string, by = 1) {
  m.set(k, (m.get(k) ?? 0) + by);
}

function sorted(m: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...m.keys()].sort()) out[k] = m.get(k) as number;
  return out;
}

/**
 * Adds up a caseload's assessments under one table: households per tier, each program's counts
 * and amounts, the monthly, annual and one-off outlay, the same by region, and what the
 * undetermined households miss. Sums are exact (rationals); a summary of parts (the batches of
 * several threads) merges exactly with {@link CaseloadSummary.merge}.
 *
 * @example
 * const s = new CaseloadSummary();
 * for (const a of assessments) s.add(a);
 * s.toJSON().outlay   // { monthly: '926.00', annual: '11112.00', once: '0.00' }
 */
export class CaseloadSummary {
  private households = 0;
  private readonly tiers = tiersZero();
  private readonly programs = new Map<string, Record<Outcome, number> & Sums>();
  private total: Sums = { monthly: Rational.ZERO, once: Rational.ZERO };
  private readonly regions = new Map<
    string,
    { households: number; tiers: Record<Tier, number> } & Sums
  >();
  private undeterminedHouseholds = 0;
  private readonly missingFacts = new Map<string, number>();
  private readonly missingParameters = new Map<string, number>();

  /** Adds one household's assessment. */
  add(a: Assessment): void {
    const figures = programFigures(a);
    const t = householdTotals(figures);
    this.households++;
    this.tiers[a.tier.tier]++;
    this.total = { monthly: this.total.monthly.add(t.monthly), once: this.total.once.add(t.once) };
    const r = this.region(a.region);
    r.households++;
    r.tiers[a.tier.tier]++;
    r.monthly = r.monthly.add(t.monthly);
    r.once = r.once.add(t.once);
    for (const f of figures) {
      const p = this.program(f.program);
      p[f.outcome]++;
      if (f.amount === null) continue;
      if (f.period === 'month') p.monthly = p.monthly.add(parse(f.amount));
      else p.once = p.once.add(parse(f.amount));
    }
    if (figures.some((f) => f.outcome === 'undetermined')) this.addMissing(a);
  }

  private addMissing(a: Assessment) {
    this.undeterminedHouseholds++;
    const facts = new Set<string>();
    const params = new Set<string>();
    for (const { determination } of collectDeterminations(a)) {
      if (determination.outcome !== 'undetermined') continue;
      for (const r of determination.reasons) {
        if (r.code === 'missing_fact')
          for (const p of r.paths) facts.add(p.replace(/\[\d+\]/g, '[]'));
        else if (r.code === 'missing_parameter') params.add(r.parameter);
      }
    }
    for (const f of facts) increment(this.missingFacts, f);
    for (const p of params) increment(this.missingParameters, p);
  }

  private program(key: string) {
    let p = this.programs.get(key);
    if (!p) {
      p = {
        eligible: 0,
        ineligible: 0,
        undetermined: 0,
        monthly: Rational.ZERO,
        once: Rational.ZERO,
      };
      this.programs.set(key, p);
    }
    return p;
  }

  private region(code: string) {
    let r = this.regions.get(code);
    if (!r) {
      r = { households: 0, tiers: tiersZero(), monthly: Rational.ZERO, once: Rational.ZERO };
      this.regions.set(code, r);
    }
    return r;
  }

  /** Adds a summary made elsewhere (another thread's part of the caseload), exactly. */
  merge(s: CaseloadSummaryData): void {
    this.households += s.households;
    for (const t of TIERS) this.tiers[t] += s.tiers[t];
    this.total = {
      monthly: this.total.monthly.add(parse(s.outlay.monthly)),
      once: this.total.once.add(parse(s.outlay.once)),
    };
    for (const [key, c] of Object.entries(s.programs)) {
      const p = this.program(key);
      p.eligible += c.eligible;
      p.ineligible += c.ineligible;
      p.undetermined += c.undetermined;
      p.monthly = p.monthly.add(parse(c.monthly));
      p.once = p.once.add(parse(c.once));
    }
    for (const [code, c] of Object.entries(s.regions)) {
      const r = this.region(code);
      r.households += c.households;
      for (const t of TIERS) r.tiers[t] += c.tiers[t];
      r.monthly = r.monthly.add(parse(c.outlay.monthly));
      r.once = r.once.add(parse(c.outlay.once));
    }
    this.undeterminedHouseholds += s.undetermined.households;
    for (const [k, n] of Object.entries(s.undetermined.missingFacts))
      increment(this.missingFacts, k, n);
    for (const [k, n] of Object.entries(s.undetermined.missingParameters))
      increment(this.missingParameters, k, n);
  }

  /** The monthly and one-off totals, exact. */
  totals(): { monthly: Rational; once: Rational } {
    return this.total;
  }

  /** The region's monthly and one-off totals, exact (zero for a region not seen). */
  regionTotals(code: string): { monthly: Rational; once: Rational } {
    const r = this.regions.get(code);
    return r
      ? { monthly: r.monthly, once: r.once }
      : { monthly: Rational.ZERO, once: Rational.ZERO };
  }

  /** The summary as data (keys sorted, amounts as 2-decimal strings). */
  toJSON(): CaseloadSummaryData {
    const programs: Record<string, ProgramCounts> = {};
    for (const [k, p] of this.programs)
      programs[k] = {
        eligible: p.eligible,
        ineligible: p.ineligible,
        undetermined: p.undetermined,
        monthly: p.monthly.toFixed(2),
        once: p.once.toFixed(2),
      };
    const regions: Record<string, RegionSummary> = {};
    for (const code of [...this.regions.keys()].sort()) {
      const r = this.regions.get(code) as {
        households: number;
        tiers: Record<Tier, number>;
      } & Sums;
      regions[code] = {
        households: r.households,
        tiers: { ...r.tiers },
        outlay: outlayOf(r.monthly, r.once),
      };
    }
    return {
      households: this.households,
      tiers: { ...this.tiers },
      programs,
      outlay: outlayOf(this.total.monthly, this.total.once),
      regions,
      undetermined: {
        households: this.undeterminedHouseholds,
        missingFacts: sorted(this.missingFacts),
        missingParameters: sorted(this.missingParameters),
      },
    };
  }
}
