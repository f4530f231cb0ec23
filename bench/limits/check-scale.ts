// CPU time and findings of checkStandards on a generated table (issues 16.2 and 19.5).
// Usage: npx tsx bench/limits/check-scale.ts N [layered|lean|overlap] (see generated-table.ts)
import { createHash } from 'node:crypto';
import { checkStandards } from '../../src/index';
import { generatedTable, type TableShape } from './generated-table';

const n = Number(process.argv[2] ?? 10_000);
const mode = (process.argv[3] ?? 'layered') as TableShape;
const { table, entries } = generatedTable(n, mode);
const c0 = process.cpuUsage();
const findings = checkStandards(table);
const cpu = process.cpuUsage(c0);
const counts: Record<string, number> = {};
for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
const digest = createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 12);
console.log(
  `${mode} ${entries} entries: ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${findings.length} findings ${JSON.stringify(counts)} (sha ${digest})`,
);
