import type { Assessment } from '../assess/assess';
import type { Determination, Outcome } from '../trace/types';

/** One program's result in an assessment, as an analyst counts it. */
export interface ProgramFigure {
  /**
   * The program's key: `dibao`, `lowIncome`, `tekun`, `phaseOut`, the special-assistance keys
   * (`educationAid`, …, `premiumSubsidy`), and for results given one per member, event or bill
   * `singlePerson.<memberId>`, `temporaryAid.<n>`, `medicalAid.<n>` (n from 0).
   */
  key: string;
  /** The key without its member, event or bill: what summaries count under. */
  program: string;
  outcome: Outcome;
  /** The amount's total when eligible with an amount (exact decimal yuan), else null. */
  amount: string | null;
  /** The amount's period: `month` (a recurring payment) or `once`. */
  period: 'month' | 'once' | null;
}

function figure(key: string, program: string, d: Determination): ProgramFigure {
  const a = d.outcome === 'eligible' ? d.amount : null;
  return {
    key,
    program,
    outcome: d.outcome,
    amount: a ? a.total : null,
    period: a ? a.period : null,
  };
}

/**
 * Every program result of an assessment, in a fixed order: the tier programs (低保, 低收入, 特困,
 * 渐退期), 单人户 per member, temporary aid per event, the special assistance, medical aid per
 * bill. Programs an assessment leaves out (渐退期 for a household stated not to be a 低保
 * household) are not listed.
 *
 * @param a - an assessment from `assess`
 * @returns the figures, one per program result
 *
 * @example
 * programFigures(assess(household, table, { on: '2021-08-01' }))[0]
 * // { key: 'dibao', program: 'dibao', outcome: 'eligible', amount: '926.00', period: 'month' }
 */
export function programFigures(a: Assessment): ProgramFigure[] {
  const out: ProgramFigure[] = [];
  const d = a.determinations;
  out.push(figure('dibao', 'dibao', d.dibao));
  out.push(figure('lowIncome', 'lowIncome', d.lowIncome));
  out.push(figure('tekun', 'tekun', d.tekun));
  if (d.phaseOut) out.push(figure('phaseOut', 'phaseOut', d.phaseOut));
  for (const s of a.singlePerson) out.push(figure(`singlePerson.${s.memberId}`, 'singlePerson', s));
  a.temporaryAid.forEach((t, i) => {
    out.push(figure(`temporaryAid.${i}`, 'temporaryAid', t));
  });
  for (const [key, s] of Object.entries(a.special) as [string, Determination][])
    out.push(figure(key, key, s));
  a.medicalAid.forEach((m, i) => {
    out.push(figure(`medicalAid.${i}`, 'medicalAid', m));
  });
  return out;
}
