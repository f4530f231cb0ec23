/**
 * `checkStandards` on generated tables of 10,000 and 100,000 entries (issue 16.2: 100,000 in
 * < 2 s), as CPU time of this process, beside the reference path that resolves every region and
 * date through `resolveStandards` (`checkStandardsByResolution`, the way the check worked before
 * it shared layerings) on the smaller tables. Both give the same findings (the digest is printed).
 * The machine is shared and noisy: compare figures of one run.
 * Usage: npm run bench:check-table [-- --quick] (quick: 10,000 entries only)
 */
import { createHash } from 'node:crypto';
import {
  checkCounts,
  checkStandards,
  checkStandardsByResolution,
} from '../src/check-standards/checkStandards';
import type { StandardsTable } from '../src/index';
import { layeringCounts } from '../src/standards/resolveStandards';
import { generatedTable, type TableShape } from './limits/generated-table';

const quick = process.argv.includes('--quick');
const sizes = quick ? [10_000] : [10_000, 100_000];
/** The reference path takes ~1 ms per region and date here: only on tables up to this size. */
const REFERENCE_MAX = 10_000;

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const digest = (x: unknown) =>
  createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 12);

function measure(label: string, check: (t: StandardsTable) => unknown[], table: StandardsTable) {
  const before = { ...checkCounts, ...layeringCounts };
  let findings: unknown[] = [];
  const seconds = cpuSeconds(() => {
    findings = check(table);
  });
  const resolutions = checkCounts.resolutions - before.resolutions;
  const merges = layeringCounts.merges - before.merges;
  const paths = layeringCounts.paths - before.paths;
  console.log(
    `  ${label.padEnd(30)} ${seconds.toFixed(2).padStart(6)} s CPU  ${String(findings.length).padStart(6)} findings (sha ${digest(findings)})  ${resolutions} resolutions, ${merges} merges, ${paths} paths set`,
  );
}

console.log(
  `checkStandards on generated tables${quick ? ' (quick)' : ''}: node ${process.version}`,
);
for (const mode of ['layered', 'lean', 'overlap'] as TableShape[])
  for (const n of sizes) {
    // A fresh table for each path: the caches of one are not the other's.
    const { table, entries } = generatedTable(n, mode);
    console.log(`${mode}, ${entries.toLocaleString('en')} entries`);
    measure('checkStandards', checkStandards, table);
    if (n <= REFERENCE_MAX)
      measure(
        'every region and date resolved',
        checkStandardsByResolution,
        generatedTable(n, mode).table,
      );
  }
