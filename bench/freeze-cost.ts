/**
 * What deep-freezing parsed households costs, relative to `assess`, measured in one run:
 * - `assess` on frozen parsed households against the same households unfrozen (read cost);
 * - `deepFreeze` of a parsed household against one `assess` of it (the cost parsing adds);
 * - the entry checks one `assess` makes (its options, and 16 program functions' `programArgs`).
 * Rounds are interleaved and the median is reported, as the machine is noisy.
 * Usage: tsx bench/freeze-cost.ts [households=2000] [rounds=7]
 */
import { assess, type Household, parseHousehold, parseStandardsTable } from '../src/index';
import { checkAssessOptions, programArgs } from '../src/schema/arguments';
import { markParsed } from '../src/schema/brand';
import { compileReader } from '../src/schema/fastReader';
import { householdObject } from '../src/schema/household';
import { deepFreeze } from '../src/schema/ownData';
import { resolveStandards } from '../src/standards/resolveStandards';
import { BENCH_ON, householdGenerator } from './generate';
import { benchTableJson } from './table';

const n = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 7);
const t = parseStandardsTable(benchTableJson());
if (!t.ok) throw t.error;
const table = t.value;
const gen = householdGenerator(7);
const inputs: unknown[] = [];
const frozen: Household[] = [];
for (let i = 0; i < n; i++) {
  const input = gen(i);
  const r = parseHousehold(input);
  if (!r.ok) continue;
  inputs.push(input);
  frozen.push(r.value);
}
// The same households as parseHousehold's fast reader builds them, left unfrozen.
const read = compileReader(householdObject);
const thawed = inputs.map((x) => markParsed(read(x) as Household));

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const assessAll = (list: readonly Household[]) => () => {
  for (const h of list) assess(h, table, { on: BENCH_ON });
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

// Warm up both paths.
assessAll(frozen)();
assessAll(thawed)();
const onFrozen: number[] = [];
const onThawed: number[] = [];
const freezing: number[] = [];
const checking: number[] = [];
const resolved = frozen.map((h) => {
  const r = resolveStandards(table, { region: h.region, on: BENCH_ON });
  if (!r.ok) throw r.error;
  return r.value;
});
const options = { on: BENCH_ON };
const checks = () => {
  for (let i = 0; i < frozen.length; i++) {
    checkAssessOptions('assess', options);
    for (let k = 0; k < 16; k++) programArgs('assessDibao', frozen[i] as Household, resolved[i]);
  }
};
for (let r = 0; r < rounds; r++) {
  onThawed.push(time(assessAll(thawed)));
  onFrozen.push(time(assessAll(frozen)));
  const copies = inputs.map((x) => read(x));
  freezing.push(time(() => copies.forEach((h) => deepFreeze(h))));
  checking.push(time(checks));
}
const a = median(onThawed);
const b = median(onFrozen);
const f = median(freezing);
const c = median(checking);
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
console.log(`${frozen.length} households, ${rounds} rounds (medians)`);
console.log(
  `assess, unfrozen households: ${a.toFixed(1)} ms (${((frozen.length / a) * 1000).toFixed(0)}/s)`,
);
console.log(
  `assess, frozen households:   ${b.toFixed(1)} ms (${((frozen.length / b) * 1000).toFixed(0)}/s)`,
);
console.log(`deepFreeze of each household: ${f.toFixed(2)} ms`);
console.log(`read cost of frozen values: ${pct(b / a - 1)} of assess`);
console.log(`freeze cost at parse:       ${pct(f / a)} of assess`);
console.log(`entry checks of assess (${c.toFixed(2)} ms): ${pct(c / a)} of assess`);
