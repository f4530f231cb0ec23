/**
 * The benchmark (`npm run bench`; `-- --quick` for a short run; `-- --lines N` for the CLI size).
 * Not part of the tests. Every figure is measured in one run, and the ratios between figures of
 * the same run are what to compare: the machine is shared and noisy. See README "Performance".
 *
 * The library and the CLI are measured as users run them: bundled like `dist/` (built here into
 * node_modules/.cache, so the bench needs no `npm run build` and leaves dist/ alone).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index';
import { loadBaseline } from './baseline';
import { bundle, CACHE, ROOT } from './bundle';
import { BENCH_ON, householdGenerator } from './generate';
import { plainConfig, plainDibao } from './plain';
import { benchTableJson } from './table';

const quick = process.argv.includes('--quick');
const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
/** CLI lines: 1,000,000 by default (20,000 with --quick). */
const CLI_LINES = argValue('--lines') ?? (quick ? 20_000 : 1_000_000);
/** The lighter CLI runs (`--detail outcome`, workers) take a part of the input. */
const PART_LINES = Math.min(CLI_LINES, quick ? 10_000 : 100_000);
const ROUNDS = quick ? 5 : 15;
/**
 * Lines of the compare section (5): the whole CLI input by default (the issue's figure is on
 * 1,000,000), or `--compare-lines` equal to the part size for a shorter run.
 */
const COMPARE_LINES = argValue('--compare-lines') ?? CLI_LINES;

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const line = (label: string, value: string) => console.log(`  ${label.padEnd(48)} ${value}`);

/** CPU seconds (user + system) this process has used. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * Items per CPU second of `fn` over `items`: the best of several rounds (each over all items),
 * after a warm-up. CPU time, not wall time: a thread that waits for a core is not slow. The best
 * round, not the mean: on a shared machine the noise only ever slows a round down.
 */
function rate<T>(items: T[], fn: (x: T) => unknown): number {
  for (let i = 0; i < Math.min(items.length, 3000); i++) fn(items[i] as T);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    const start = cpu();
    for (const x of items) fn(x);
    best = Math.min(best, (cpu() - start) / items.length);
  }
  return 1 / best;
}

const lib = (await import(pathToFileURL(bundle('src/index.ts')).href)) as typeof Library;
const cliBundle = bundle('src/cli/main.ts');
const base = await loadBaseline(ROOT, CACHE, process.argv, bundle);
/** The baseline's standards table (the format of its day), parsed by the baseline. */
const baseTableJson = base && benchTableJson(join(base.fixtures, 'standards'));
const baseTable = base && baseTableJson && mustParseTable(base.lib, baseTableJson);

function mustParseTable(l: typeof Library, json: unknown): Library.StandardsTable {
  const r = l.parseStandardsTable(json);
  if (!r.ok) throw r.error;
  return r.value;
}
/** `x × y` with two decimals: a ratio of two figures of this run. */
const times = (x: number, y: number) => `${(x / y).toFixed(2)} ×`;

const tableJson = benchTableJson();
const parsedTable = lib.parseStandardsTable(tableJson);
if (!parsedTable.ok) throw parsedTable.error;
const table = parsedTable.value;
const gen = householdGenerator(20211);
const raw = Array.from({ length: 20_000 }, (_, i) => gen(i));

console.log(
  `jiuzhu benchmark${quick ? ' (quick)' : ''}${base ? `, baseline ${base.label} (${base.commit.slice(0, 7)})` : ''}: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${loadavg()[0]?.toFixed(1)}; rates are per CPU second of one thread unless stated`,
);

// 0. The record: bytes of the full JSON record (`assess --detail full`) and explain lines.
/**
 * Bytes of the JSON record of every fixture household (each release with its own fixtures and
 * tables), the bench households' mean, and the longest default `explain` (0.2 on).
 */
function recordSizes(l: typeof Library, fixtures: string, t: Library.StandardsTable) {
  const tables = new Map<string, Library.StandardsTable>();
  const sizes: number[] = [];
  let explainMax = 0;
  for (const file of readdirSync(join(fixtures, 'households')).filter((f) => f.endsWith('.json'))) {
    const fx = JSON.parse(readFileSync(join(fixtures, 'households', file), 'utf8'));
    let ft = tables.get(fx.table);
    if (ft === undefined) {
      ft = mustParseTable(
        l,
        JSON.parse(readFileSync(join(fixtures, 'standards', fx.table), 'utf8')),
      );
      tables.set(fx.table, ft);
    }
    const a = l.assess(fx.household, ft, {
      on: fx.on,
      ...(fx.inputs?.event ? { events: [fx.inputs.event] } : {}),
      ...(fx.inputs?.bill ? { bills: [fx.inputs.bill] } : {}),
      ...(fx.inputs?.democraticScore !== undefined
        ? { democraticScore: fx.inputs.democraticScore }
        : {}),
    });
    sizes.push(Buffer.byteLength(JSON.stringify(a)));
    if (typeof l.explainAssessment === 'function')
      for (const locale of ['zh-CN', 'en'] as const)
        explainMax = Math.max(
          explainMax,
          l.explainAssessment(a, { locale }).trimEnd().split('\n').length,
        );
  }
  sizes.sort((x, y) => x - y);
  const bench = raw
    .slice(0, 2000)
    .map((h) => Buffer.byteLength(JSON.stringify(l.assess(h as never, t, { on: BENCH_ON }))));
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  return {
    count: sizes.length,
    median: sizes[Math.floor(sizes.length / 2)] ?? 0,
    mean: mean(sizes),
    largest: sizes[sizes.length - 1] ?? 0,
    bench: mean(bench),
    explainMax,
  };
}
{
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const now = recordSizes(lib, join(ROOT, 'fixtures'), table);
  const was = base && baseTable && recordSizes(base.lib, base.fixtures, baseTable);
  const vs = (x: number, y: number | undefined) =>
    y === undefined ? '' : `; ${base?.label}: ${kb(y)}, ${times(y, x)} smaller now`;
  console.log('\n0. the record (JSON of `assess`, as `jiuzhu assess --detail full` writes it)');
  line(
    `fixture households (${now.count}): median`,
    `${kb(now.median)}  (target ≤ 8 KB${vs(now.median, was?.median)})`,
  );
  line('fixture households: mean', `${kb(now.mean)}${vs(now.mean, was?.mean)}`);
  line('fixture households: largest', `${kb(now.largest)}${vs(now.largest, was?.largest)}`);
  line('bench households (first 2,000): mean', `${kb(now.bench)}${vs(now.bench, was?.bench)}`);
  line('explain lines (default), largest fixture', `${now.explainMax}  (target ≤ 40)`);
}

// 1. assess on raw households: validation, every program, trace.
const outcomes = new Map<string, number>();
let members = 0;
for (const h of raw.slice(0, 2000)) {
  const d = lib.assess(h as never, table, { on: BENCH_ON }).determinations.dibao;
  const k = d?.amount ? 'eligible' : (d?.outcome ?? 'none');
  outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
  members += (h.members as unknown[]).length;
}
console.log(
  `\n1. assess (validation + all programs + trace), ${fmt(raw.length)} generated households, ${(members / 2000).toFixed(1)} members on average`,
);
line('低保 outcomes in the first 2,000', JSON.stringify(Object.fromEntries(outcomes)));
const parseRate = rate(raw, (h) => lib.parseHousehold(h));
const assessRate = rate(raw, (h) => lib.assess(h as never, table, { on: BENCH_ON }));
line('parseHousehold alone', `${fmt(parseRate)} households/s`);
line('assess', `${fmt(assessRate)} households/s  (target ≥ 60,000)`);
const baseAssessRate =
  base && baseTable && rate(raw, (h) => base.lib.assess(h as never, baseTable, { on: BENCH_ON }));
if (base && baseAssessRate) {
  line(`assess of ${base.label}, same households`, `${fmt(baseAssessRate)} households/s`);
  line(
    `ratio assess / ${base.label}`,
    `${times(assessRate, baseAssessRate)}  (target: 60,000 / 25,564 = 2.35 ×)`,
  );
}

// 2. assessDibao on parsed households vs plain numbers.
const parsed: {
  h: Library.Household;
  std: Library.ResolvedStandards;
  plain: ReturnType<typeof plainConfig>;
}[] = [];
for (const h of raw) {
  const p = lib.parseHousehold(h);
  if (!p.ok) throw p.error;
  const r = lib.resolveStandards(table, { region: p.value.region, on: BENCH_ON });
  if (!r.ok) throw r.error;
  parsed.push({ h: p.value, std: r.value, plain: plainConfig(r.value, p.value.area ?? 'urban') });
}
console.log(
  '\n2. assessDibao (parsed, trace on) vs plain-number arithmetic (no validation, no trace)',
);
const dibaoRate = rate(parsed, (x) => lib.assessDibao(x.h, x.std));
let sink = 0;
const plainRate = rate(parsed, (x) => {
  sink += plainDibao(x.h, x.plain);
});
line('assessDibao', `${fmt(dibaoRate)} households/s`);
line('plain numbers', `${fmt(plainRate)} households/s`);
line('ratio plain / assessDibao', `${(plainRate / dibaoRate).toFixed(1)} ×  (target ≤ 20 ×)`);
line('ratio assessDibao / assess', `${(dibaoRate / assessRate).toFixed(1)} ×`);
line('ratio plain / assess', `${(plainRate / assessRate).toFixed(1)} ×`);
if (sink === Number.MIN_VALUE) console.log(sink);

// Where the time of `assess` goes: the same parsed households, each part run alone.
console.log(
  '\n   where assess spends its time (µs per household, parsed households, each part alone)',
);
const us = (perSecond: number) => `${(1e6 / perSecond).toFixed(1)} µs`;
const parsedAssessRate = rate(parsed, (x) => lib.assess(x.h, table, { on: BENCH_ON }));
line('assess without validation (all programs)', us(parsedAssessRate));
line('parseHousehold (validation)', us(parseRate));
line('assessDibao', us(dibaoRate));
line('assessLowIncome', us(rate(parsed, (x) => lib.assessLowIncome(x.h, x.std))));
line('assessTekun (every member)', us(rate(parsed, (x) => lib.assessTekun(x.h, x.std))));

// 3. The CLI against a bare JSON pass, and 4. threads.
const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-bench-'));
try {
  const input = join(dir, 'households.ndjson');
  const tableFile = join(dir, 'table.json');
  writeFileSync(tableFile, JSON.stringify(tableJson));
  const genStart = performance.now();
  const firstLines: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const ws = createWriteStream(input);
    const g = householdGenerator(7);
    let i = 0;
    const write = () => {
      let ok = true;
      while (i < CLI_LINES && ok) {
        let chunk = '';
        for (let k = 0; k < 1000 && i < CLI_LINES; k++) {
          const text = JSON.stringify(g(i++));
          if (firstLines.length < 1000) firstLines.push(text);
          chunk += `${text}\n`;
        }
        ok = ws.write(chunk);
      }
      if (i < CLI_LINES) ws.once('drain', write);
      else ws.end(resolve);
    };
    ws.on('error', reject);
    write();
  });
  const size = statSync(input).size;
  const part = join(dir, 'part.ndjson');
  execFileSync('sh', ['-c', `head -n ${PART_LINES} "${input}" > "${part}"`]);
  console.log(
    `\n3. CLI on ${fmt(CLI_LINES)} NDJSON households (${(size / 1e6).toFixed(0)} MB, generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s), output to /dev/null`,
  );
  const cli = (extra: string[], file: string) => [
    cliBundle,
    'assess',
    '--table',
    tableFile,
    '--on',
    BENCH_ON,
    ...extra,
    file,
  ];
  // A sample of real output lines for the bare pass.
  const sampleIn = join(dir, 'sample.ndjson');
  writeFileSync(sampleIn, `${firstLines.join('\n')}\n`);
  const sampleOut = join(dir, 'sample-out.ndjson');
  const sampleText = spawnSync(process.execPath, cli([], sampleIn), {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  }).stdout.toString();
  writeFileSync(sampleOut, sampleText);
  const avgOut = Buffer.byteLength(sampleText) / 1000;

  /** Runs a child under /usr/bin/time: wall and CPU seconds, peak RSS. */
  const timed = (args: string[], lines: number) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    });
    const last = r.stderr.toString().trim().split('\n').pop() ?? '';
    const [wall, user, sys, kb] = last.split(' ').map(Number) as [number, number, number, number];
    if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
    const cpuSecs = user + sys;
    return { wall, cpuSecs, mb: kb / 1024, rate: lines / cpuSecs, wallRate: lines / wall };
  };
  const show = (t: ReturnType<typeof timed>) =>
    `${fmt(t.rate)} lines/CPU-s (${t.cpuSecs.toFixed(0)} CPU-s, ${t.wall.toFixed(0)} s wall), peak RSS ${t.mb.toFixed(0)} MB`;
  const bare = timed(['--import', 'tsx', join(ROOT, 'bench/bare.ts'), input, sampleOut], CLI_LINES);
  const one = timed(cli([], input), CLI_LINES);
  line('bare JSON.parse + JSON.stringify pass', show(bare));
  line('jiuzhu assess', show(one));
  if (base && baseTableJson) {
    const baseTableFile = join(dir, 'base-table.json');
    writeFileSync(baseTableFile, JSON.stringify(baseTableJson));
    const was = timed(
      [base.cli, 'assess', '--table', baseTableFile, '--on', BENCH_ON, input],
      CLI_LINES,
    );
    line(`jiuzhu assess of ${base.label}`, show(was));
    line(`ratio CLI / ${base.label} (CPU)`, `${times(one.rate, was.rate)}  (target ≥ 4 ×)`);
  }
  line('ratio bare / CLI (CPU)', `${(bare.rate / one.rate).toFixed(2)} ×  (target ≤ 3 ×)`);
  line('peak RSS of the CLI', `${one.mb.toFixed(0)} MB  (target < 200 MB)`);
  line('average output line', `${fmt(avgOut)} bytes`);
  const outcome = timed(cli(['--detail', 'outcome'], part), PART_LINES);
  line(`--detail outcome, first ${fmt(PART_LINES)} lines`, show(outcome));

  // 4. Threads, on the first PART_LINES lines.
  const threads = (n: number) => timed(cli(['--workers', String(n)], part), PART_LINES);
  console.log(
    `\n4. --workers on ${fmt(PART_LINES)} lines (wall-clock rates: this is about cores; --workers N assesses on N threads, this one among them)`,
  );
  const w1 = threads(1);
  const w2 = threads(2);
  for (const [label, t] of [
    ['--workers 1', w1],
    ['--workers 2', w2],
  ] as const)
    line(
      label,
      `${fmt(t.wallRate)} lines/s wall, ${t.cpuSecs.toFixed(0)} CPU-s, peak RSS ${t.mb.toFixed(0)} MB`,
    );
  line('speed-up 2 / 1 (wall)', `${(w2.wallRate / w1.wallRate).toFixed(2)} ×  (target ≥ 1.7 ×)`);

  // 5. compare against two assess --detail outcome runs, same input, same run.
  const compareInput = COMPARE_LINES >= CLI_LINES ? input : part;
  const compareLines = Math.min(COMPARE_LINES, CLI_LINES);
  if (compareInput === part && compareLines !== PART_LINES)
    throw new Error(`--compare-lines is ${fmt(CLI_LINES)} (the whole input) or ${fmt(PART_LINES)}`);
  console.log(
    `\n5. jiuzhu compare (bench table against 常州's urban standard set to 1000) on ${fmt(compareLines)} lines, against assess --detail outcome`,
  );
  const assessOutcome = timed(cli(['--detail', 'outcome'], compareInput), compareLines);
  const compare = timed(
    [
      cliBundle,
      'compare',
      '--table',
      tableFile,
      '--set',
      'changzhou-2021-07:dibao.standard.urban=1000',
      '--on',
      BENCH_ON,
      compareInput,
    ],
    compareLines,
  );
  line('assess --detail outcome', show(assessOutcome));
  line('compare', show(compare));
  line(
    'compare / one assess (CPU)',
    `${(assessOutcome.rate / compare.rate).toFixed(2)} ×  (target ≤ 2.2 ×; two assess runs = 2 ×)`,
  );
  console.log(
    `\nload average at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
