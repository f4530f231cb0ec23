/**
 * Load test of `jiuzhu serve` (`npm run bench:serve`; `-- --quick` for a short run). Not part of
 * the tests. Loopback only (127.0.0.1), bounded in requests and in time: it stops by itself.
 *
 * - `POST /assess` of one typical household (3 members, the benchmark's generator) at 1, 8 and 64
 *   concurrent keep-alive clients: requests/s and p50/p99 latency, beside the library called in
 *   this process on the same households (assess + JSON of the result, what the server does).
 * - The server's RSS over a long run of requests (`--soak N`, default 200,000 at `detail=outcome`).
 *
 * The server is the CLI bundled like `dist/cli.js` (built into node_modules/.cache, dist/ is left
 * alone), with its default limits. Figures of one run compare with each other only: the machine
 * is shared and noisy.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index';
import { bundle, CACHE } from './bundle';
import { BENCH_ON, householdGenerator } from './generate';
import { benchTableJson } from './table';

const quick = process.argv.includes('--quick');
const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
/** Requests per concurrency level, and the time a level may take at most. */
const PER_LEVEL = quick ? 500 : 5_000;
const LEVEL_SECONDS = quick ? 10 : 40;
/** Requests of the RSS run, and its time limit. */
const SOAK = argValue('--soak') ?? (quick ? 5_000 : 200_000);
const SOAK_SECONDS = quick ? 30 : 240;
const LEVELS = [1, 8, 64];
/** Its own bundle folder: it may run beside `npm run bench`. */
const SERVE_CACHE = join(CACHE, 'serve');

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => `${n.toFixed(2)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const lib = (await import(
  pathToFileURL(bundle('src/index.ts', SERVE_CACHE)).href
)) as typeof Library;
const cli = bundle('src/cli/main.ts', SERVE_CACHE);

const tableJson = benchTableJson();
const parsed = lib.parseStandardsTable(tableJson);
if (!parsed.ok) throw parsed.error;
const table = parsed.value;
const gen = householdGenerator(20211);
/** Typical households: 3 members each, the generator's mix of facts. */
const households: Record<string, unknown>[] = [];
for (let i = 0; households.length < 200; i++) {
  const h = gen(i) as { members: unknown[] };
  if (h.members.length === 3) households.push(h as Record<string, unknown>);
}
const bodies = households.map((h) => JSON.stringify(h));

const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-serve-bench-'));
const tableFile = join(dir, 'table.json');
writeFileSync(tableFile, JSON.stringify(tableJson));

console.log(
  `jiuzhu serve benchmark${quick ? ' (quick)' : ''}: node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}; loopback, keep-alive; the server and the clients share the machine`,
);

// The library in this process: what one request costs without HTTP.
{
  const lat: number[] = [];
  for (let i = 0; i < 300; i++)
    JSON.stringify(lib.assess(households[i % 200] as never, table, { on: BENCH_ON }));
  const n = Math.min(PER_LEVEL, 3_000);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const h = lib.parseHousehold(JSON.parse(bodies[i % bodies.length] as string));
    if (!h.ok) throw h.error;
    JSON.stringify(lib.assess(h.value, table, { on: BENCH_ON }));
    lat.push(performance.now() - t);
  }
  const secs = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  console.log('\nLibrary in-process (parse + assess + JSON, one thread):');
  line('assessments/s', fmt(n / secs));
  line('p50 / p99 per assessment', `${ms(percentile(lat, 50))} / ${ms(percentile(lat, 99))}`);
}

const server = spawn(
  process.execPath,
  [cli, 'serve', '--table', tableFile, '--port', '0', '--host', '127.0.0.1'],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
const port = await new Promise<number>((resolve, reject) => {
  let err = '';
  server.stderr.on('data', (b: Buffer) => {
    err += b.toString();
    const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
    if (m) resolve(Number(m[1]));
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
});

function rssMiB(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}

/** One POST /assess; resolves with the status after reading the whole answer. */
function post(agent: Agent, body: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * `clients` loops, each sending its next request when the last is answered, until `total`
 * requests are sent or `seconds` pass.
 */
async function load(
  clients: number,
  total: number,
  seconds: number,
  path: string,
  onEach?: (done: number) => void,
): Promise<{ done: number; secs: number; lat: number[]; failed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const lat: number[] = [];
  let next = 0;
  let done = 0;
  let failed = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const loop = async () => {
    while (next < total && performance.now() < deadline) {
      const i = next++;
      const t = performance.now();
      const status = await post(agent, bodies[i % bodies.length] as string, path);
      lat.push(performance.now() - t);
      if (status !== 200) failed++;
      done++;
      onEach?.(done);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  agent.destroy();
  lat.sort((a, b) => a - b);
  return { done, secs: (performance.now() - start) / 1000, lat, failed };
}

const path = `/assess?on=${BENCH_ON}`;
await load(4, 300, 10, path); // warm-up
console.log(
  `\nServer, POST /assess of one household (full record, ~60 KB answer), ≤ ${fmt(PER_LEVEL)} requests or ${LEVEL_SECONDS} s per level:`,
);
for (const clients of LEVELS) {
  const r = await load(clients, PER_LEVEL, LEVEL_SECONDS, path);
  line(
    `${clients} client${clients > 1 ? 's' : ''}: requests/s · p50 / p99`,
    `${fmt(r.done / r.secs)} · ${ms(percentile(r.lat, 50))} / ${ms(percentile(r.lat, 99))}${r.failed ? ` (${r.failed} not 200)` : ''} [${fmt(r.done)} requests]`,
  );
}
{
  const r = await load(8, PER_LEVEL, LEVEL_SECONDS, `${path}&detail=outcome`);
  line(
    '8 clients, detail=outcome: requests/s · p50 / p99',
    `${fmt(r.done / r.secs)} · ${ms(percentile(r.lat, 50))} / ${ms(percentile(r.lat, 99))}${r.failed ? ` (${r.failed} not 200)` : ''}`,
  );
}

// RSS over a long run: sampled at tenths of the run.
console.log(
  `\nServer RSS over ≤ ${fmt(SOAK)} requests (8 clients, detail=outcome, ≤ ${SOAK_SECONDS} s):`,
);
const samples: [number, number][] = [[0, rssMiB()]];
const step = Math.max(1, Math.floor(SOAK / 10));
const soak = await load(8, SOAK, SOAK_SECONDS, `${path}&detail=outcome`, (done) => {
  if (done % step === 0) samples.push([done, rssMiB()]);
});
samples.push([soak.done, rssMiB()]);
line('requests · RSS (MiB)', samples.map(([n, r]) => `${fmt(n)}: ${r.toFixed(0)}`).join(', '));
line(
  'requests/s over the run',
  `${fmt(soak.done / soak.secs)}${soak.failed ? ` (${soak.failed} not 200)` : ''}`,
);

server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });
