import { type CaseloadSummaryData, TIERS } from '../analysis/caseloadSummary';
import type { ComparisonSummaryData } from '../analysis/comparisonSummary';

const signed = (s: string) => (s.startsWith('-') ? s : `+${s}`);

function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) =>
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}

/** A caseload summary as a few lines of text (the figures are the JSON summary's, unchanged). */
export function caseloadText(s: CaseloadSummaryData, failed: number): string {
  const lines = [
    `households: ${s.households}${failed > 0 ? ` (${failed} lines failed)` : ''}`,
    `tiers: ${TIERS.map((t) => `${t} ${s.tiers[t]}`).join(', ')}`,
    `outlay (yuan): monthly ${s.outlay.monthly}, annual ${s.outlay.annual}, one-off ${s.outlay.once}`,
    'programs (eligible / ineligible / undetermined, monthly yuan):',
    ...Object.entries(s.programs).map(
      ([k, p]) =>
        `  ${k}: ${p.eligible} / ${p.ineligible} / ${p.undetermined}, ${p.monthly}${p.once !== '0.00' ? ` (one-off ${p.once})` : ''}`,
    ),
    'regions:',
    ...Object.entries(s.regions).map(
      ([code, r]) =>
        `  ${code}: ${r.households} households, monthly ${r.outlay.monthly}, annual ${r.outlay.annual}`,
    ),
  ];
  const facts = Object.entries(s.undetermined.missingFacts).sort((a, b) => b[1] - a[1]);
  if (facts.length > 0) {
    lines.push(
      `missing facts (${s.undetermined.households} households with an undetermined program):`,
    );
    for (const [f, n] of facts) lines.push(`  ${f}: ${n}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A comparison summary as a few lines of text (the figures are the JSON summary's). */
export function comparisonText(s: ComparisonSummaryData, failed: number): string {
  const rows = [
    ['outlay (yuan)', 'old', 'new', 'difference'],
    ['monthly', s.old.outlay.monthly, s.new.outlay.monthly, signed(s.difference.monthly)],
    ['annual', s.old.outlay.annual, s.new.outlay.annual, signed(s.difference.annual)],
    ['one-off', s.old.outlay.once, s.new.outlay.once, signed(s.difference.once)],
  ];
  const tiers = [
    ['tier', 'old', 'new'],
    ...TIERS.map((t) => [t, String(s.old.tiers[t]), String(s.new.tiers[t])]),
  ];
  const programs = [
    ['program', 'newly', 'no longer', 'up', 'down', 'same', 'Δ monthly'],
    ...Object.entries(s.programs).map(([k, p]) => [
      k,
      String(p['newly-eligible']),
      String(p['no-longer-eligible']),
      String(p.up),
      String(p.down),
      String(p.same + p['outcome-changed']),
      signed(p.monthly),
    ]),
  ];
  const regions = [
    ['region', 'households', 'gain', 'loss', 'old monthly', 'new monthly', 'Δ monthly', 'Δ annual'],
    ...Object.entries(s.regions).map(([code, r]) => [
      code,
      String(r.households),
      String(r.gain),
      String(r.loss),
      r.old.monthly,
      r.new.monthly,
      signed(r.difference.monthly),
      signed(r.difference.annual),
    ]),
  ];
  return `${[
    `households: ${s.households}${failed > 0 ? ` (${failed} lines failed)` : ''}; ${s.fare.gain} gain, ${s.fare.loss} lose, ${s.fare.unchanged} unchanged; ${s.tierChanged} change tier`,
    table(rows),
    table(tiers),
    table(programs),
    table(regions),
  ].join('\n\n')}\n`;
}
