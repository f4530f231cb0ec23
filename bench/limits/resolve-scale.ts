// CPU time of one region's resolution in tables of 100, 10,000 and 100,000 entries (issue 16.2).
// Usage: npx tsx bench/limits/resolve-scale.ts [resolutions=20000]
import { resolveStandards, type StandardsTable } from '../../src/index';
import { markParsed } from '../../src/schema/brand';

const source = { document: 'generated', clause: '一', published: '2016-01-01' };
const m = Number(process.argv[2] ?? 20_000);
for (const n of [100, 10_000, 100_000]) {
  const entries: unknown[] = [
    { id: 'n', region: '100000', effective: { from: '1900-01-01' }, source, params: {} },
  ];
  for (let i = 0; entries.length < n; i++) {
    // 640100: one entry a year from 1900; the rest of the table: other regions.
    const region = i < 100 ? '640100' : String(110101 + (i % 5000));
    const y = i < 100 ? 1900 + i : 1900 + (Math.floor(i / 5000) % 100);
    entries.push({
      id: `e${i}`,
      region,
      effective: { from: `${y}-01-01`, to: `${y}-12-31` },
      source,
      params: { dibao: { standard: { urban: { yuan: '900' } } } },
    });
  }
  // Built without the schema (it accepts 10,000 entries): the entries are valid as they are.
  const table = markParsed({ id: `t${n}`, entries }) as unknown as StandardsTable;
  resolveStandards(table, { region: '640100', on: '1950-06-01' });
  const c0 = process.cpuUsage();
  for (let i = 0; i < m; i++) {
    const on = new Date(Date.UTC(1900, 0, 1) + i * 155_520_000).toISOString().slice(0, 10);
    resolveStandards(table, { region: '640100', on });
  }
  const c = process.cpuUsage(c0);
  console.log(`${n} entries: ${((c.user + c.system) / m).toFixed(1)} µs CPU per resolution`);
}
