/**
 * The benchmark (`npm run bench`, `npm run bench -- --quick`). Not part of the tests; figures are
 * measured in one run, and ratios between figures of the same run are what to compare (the
 * machine is noisy). See README "Performance".
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { assess } from '../src/assess/assess';
import { assessDibao } from '../src/dibao/assessDibao';
import type { Household } from '../src/schema/household';
import { parseHousehold } from '../src/schema/parseHousehold';
import { parseStandardsTable } from '../src/standards/parseStandardsTable';
import { type ResolvedStandards, resolveStandards } from '../src/standards/resolveStandards';
import { BENCH_ON, householdGenerator } from './generate';
import { plainConfig, plainDibao } from './plain';
import { benchTableJson } from './table';

const quick = process.argv.includes('--quick');
/** `--lines N`: CLI lines (default 200,000; 20,000 with --quick). */
const linesArg = process.argv.indexOf('--lines');
const CLI_LINES = linesArg > 0 ? Number(process.argv[linesArg + 1]) : quick ? 20_000 : 200_000;
const WORKER_LINES = Math.min(CLI_LINES, quick ? 10_000 : 50_000);
const SECONDS = quick ? 1 : 3;
const ROOT = join(import.meta.dirname, '..');

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const line = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`);

/** CPU seconds (user + system) this process has used. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * Runs `fn` over `items` repeatedly for about `seconds` of CPU time; returns items per CPU
 * second. CPU time, not wall time: the machine is shared, and a thread that waits for a core
 * should not count as slow.
 */
function rate<T>(items: T[], fn: (x: T) => unknown, seconds: number): number {
  for (let i = 0; i < Math.min(items.length, 2000); i++) fn(items[i] as T); // warm-up
  let done = 0;
  const start = cpu();
  let now = start;
  while (now - start < seconds) {
    for (const x of items) fn(x);
    done += items.length;
    now = cpu();
  }
  return done / (now - start);
}

const tableJson = benchTableJson();
const parsedTable = parseStandardsTable(tableJson);
if (!parsedTable.ok) throw parsedTable.error;
const table = parsedTable.value;
const gen = householdGenerator(20211);
const raw = Array.from({ length: 20_000 }, (_, i) => gen(i));

console.log(
  `jiuzhu benchmark${quick ? ' (quick)' : ''}: node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}; rates are per CPU second of one thread unless stated`,
);

// 1. assess on raw households: validation, every program, trace.
const outcomes = new Map<string, number>();
for (const h of raw.slice(0, 2000)) {
  const d = assess(h as never, table, { on: BENCH_ON }).determinations.dibao;
  const k = d?.amount ? `eligible` : (d?.outcome ?? 'none');
  outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
}
console.log(
  `\n1. assess (validation + all programs + trace), ${fmt(raw.length)} generated households`,
);
line('outcomes in the first 2,000', JSON.stringify(Object.fromEntries(outcomes)));
const assessRate = rate(raw, (h) => assess(h as never, table, { on: BENCH_ON }), SECONDS);
line('assess', `${fmt(assessRate)} households/s  (target ≥ 50,000)`);

// 2. assessDibao on parsed households vs plain numbers.
const parsed: { h: Household; std: ResolvedStandards; plain: ReturnType<typeof plainConfig> }[] =
  [];
for (const h of raw) {
  const p = parseHousehold(h);
  if (!p.ok) throw p.error;
  const r = resolveStandards(table, { region: p.value.region, on: BENCH_ON });
  if (!r.ok) throw r.error;
  parsed.push({ h: p.value, std: r.value, plain: plainConfig(r.value, p.value.area ?? 'urban') });
}
console.log(
  '\n2. assessDibao (parsed, trace on) vs plain-number arithmetic (no validation, no trace)',
);
const dibaoRate = rate(parsed, (x) => assessDibao(x.h, x.std), SECONDS);
let sink = 0;
const plainRate = rate(
  parsed,
  (x) => {
    sink += plainDibao(x.h, x.plain);
  },
  SECONDS,
);
line('assessDibao', `${fmt(dibaoRate)} households/s`);
line('plain numbers', `${fmt(plainRate)} households/s`);
line('ratio plain / assessDibao', `${(plainRate / dibaoRate).toFixed(1)} ×  (target ≤ 20 ×)`);
if (sink === Number.MIN_VALUE) console.log(sink);

// 3. The CLI against a bare JSON pass, and 4. workers.
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
  console.log(
    `\n3. CLI on ${fmt(CLI_LINES)} NDJSON households (${(size / 1e6).toFixed(0)} MB, generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s), output to /dev/null`,
  );
  // The CLI as users run it: bundled like dist/cli.js (built here, so the bench needs no
  // `npm run build` and leaves dist/ alone). The bare pass runs under tsx; its loader costs
  // it a little time and memory, which favours the CLI in neither figure.
  const bundleDir = join(ROOT, 'node_modules', '.cache', 'jiuzhu-bench');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsup/dist/cli-default.js'),
      'src/cli/main.ts',
      '--no-config',
      '--format',
      'esm',
      '--platform',
      'node',
      '--target',
      'node20',
      '--out-dir',
      bundleDir,
      '--silent',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const tsxImport = ['--import', 'tsx'];
  const cli = (extra: string[]) => [
    join(bundleDir, 'main.js'),
    'assess',
    '--table',
    tableFile,
    '--on',
    BENCH_ON,
    ...extra,
    input,
  ];
  // A sample of real output lines for the bare pass.
  const sampleIn = join(dir, 'sample.ndjson');
  writeFileSync(sampleIn, `${firstLines.join('\n')}\n`);
  const sampleOut = join(dir, 'sample-out.ndjson');
  const sampleText = spawnSync(process.execPath, [...cli([]).slice(0, -1), sampleIn], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  }).stdout.toString();
  writeFileSync(sampleOut, sampleText);
  const avgOut = sampleText.length / 1000;

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
    `${fmt(t.rate)} lines/CPU-s (${t.cpuSecs.toFixed(1)} CPU-s, ${t.wall.toFixed(1)} s wall), peak RSS ${t.mb.toFixed(0)} MB`;
  const bare = timed([...tsxImport, join(ROOT, 'bench/bare.ts'), input, sampleOut], CLI_LINES);
  const one = timed(cli([]), CLI_LINES);
  line('bare JSON.parse + JSON.stringify pass', show(bare));
  line('jiuzhu assess', show(one));
  line('ratio bare / CLI (CPU)', `${(bare.rate / one.rate).toFixed(2)} ×  (target ≤ 3 ×)`);
  line('peak RSS of the CLI', `${one.mb.toFixed(0)} MB  (target < 200 MB)`);
  line('average output line', `${fmt(avgOut)} characters`);

  // 4. Workers, on the first WORKER_LINES lines.
  const wInput = join(dir, 'workers.ndjson');
  execFileSync('sh', ['-c', `head -n ${WORKER_LINES} "${input}" > "${wInput}"`]);
  const w = (n: number) =>
    timed([...cli(['--workers', String(n)]).slice(0, -1), wInput], WORKER_LINES);
  console.log(
    `\n4. --workers on ${fmt(WORKER_LINES)} lines (wall-clock rates: this is about cores)`,
  );
  const w1 = w(1);
  const w2 = w(2);
  for (const [label, t] of [
    ['--workers 1', w1],
    ['--workers 2', w2],
  ] as const)
    line(
      label,
      `${fmt(t.wallRate)} lines/s wall, ${t.cpuSecs.toFixed(1)} CPU-s, peak RSS ${t.mb.toFixed(0)} MB`,
    );
  line('speed-up 2 / 1 (wall)', `${(w2.wallRate / w1.wallRate).toFixed(2)} ×  (target ≥ 1.7 ×)`);
  console.log(
    `\nload average at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
