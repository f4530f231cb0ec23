// RSS over N distinct (region, date) lookups of resolveStandards on the bundled table (issue 16.1).
// Usage: npx tsx bench/limits/cache-rss.ts [N=1000000]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStandardsTable, resolveStandards } from '../../src/index';

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'standards', 'bundled.json');
const r = parseStandardsTable(JSON.parse(readFileSync(file, 'utf8')));
if (!r.ok) throw r.error;
const table = r.value;
const n = Number(process.argv[2] ?? 1_000_000);
// 1,000 regions: 99 counties of 常州 and 99 of 银川 (resolve on their dates), 802 with no entry.
const regions: string[] = [];
for (let c = 1; c <= 99; c++) regions.push(String(320400 + c), String(640100 + c));
for (let c = 0; regions.length < 1000; c++) regions.push(String(110101 + c));
const day0 = Date.UTC(2021, 6, 1);
const mb = () => Math.round(process.memoryUsage().rss / 1048576);
let resolved = 0;
let peak = 0;
console.log(`start: rss ${mb()} MB`);
for (let i = 0; i < n; i++) {
  const region = regions[i % 1000] as string;
  const on = new Date(day0 + Math.floor(i / 1000) * 86400000).toISOString().slice(0, 10);
  if (resolveStandards(table, { region, on }).ok) resolved++;
  if (i % 100_000 === 99_999) {
    peak = Math.max(peak, mb());
    console.log(`${i + 1} lookups (${resolved} resolved): rss ${mb()} MB`);
  }
}
console.log(`peak rss ${peak} MB`);
