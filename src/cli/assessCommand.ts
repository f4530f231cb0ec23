import { availableParallelism } from 'node:os';
import { resolveStandards } from '../standards/resolveStandards';
import {
  countOption,
  dateOption,
  EXIT,
  echo,
  parseCommandArgs,
  regionOption,
  requiredOption,
  stringOption,
  UsageError,
} from './args';
import { type AssessContext, assessBatch } from './assessLines';
import { DETAILS, type Detail } from './detail';
import { loadTable, Output, openInput } from './io';
import { type LineBatch, lineBatches, rebatch, withDocuments } from './lines';
import { AssessPool, ByteWriter, type WorkerResult } from './pool';
import { Progress } from './progress';
import { MAX_WORKERS, threadCount } from './workers';

export const ASSESS_HELP = `Usage: jiuzhu assess --table FILE [--on DATE] [--region CODE] [--detail LEVEL] [--workers N [--workers-force] [--batch N]] [INPUT]

Assesses households and writes one NDJSON line per household:
  {"line": n, "ok": true, "assessment": {...}}
  {"line": n, "ok": false, "error": {"kind", "issues": [{path, pathText, code, message}]}}

INPUT is a file of NDJSON households (one JSON object per line) or a single JSON household
(which may span lines); "-" or no INPUT reads stdin. A line may also be a request
  {"household": {...}, "on"?: DATE, "region"?: CODE, "events"?: [...], "bills"?: [...],
   "democraticScore"?: SCORE}
with its own date, region, hardship events (临时救助), medical bills (医疗救助) and the
democratic-assessment score of the "3+1" review; a fixture file of this repository is such a
request. Any other key of a request is an error (a misspelt "events" is not ignored).

  --table FILE    standards table (JSON), validated first
  --on DATE       assessment date YYYY-MM-DD of every line that gives none (there is no default)
  --region CODE   six-digit GB/T 2260 region whose standards apply (default: each household's)
  --detail LEVEL  full (default): every determination with its trace, the audit record;
                  reasons: without traces; outcome: outcomes, amounts and values only
  --workers N     assess on N threads: this one and N - 1 worker threads (0 or 1, the default:
                  this thread only); output order is kept. N is at most the available cores
                  (a larger N is lowered to it, with a note on stderr) and at most 64
  --workers-force run N threads even when N is more than the available cores
  --batch N       lines per message to a worker (default 10)
Numbers are decimal digits only ("0x2", "1e1", " 2" are usage errors).
  -h, --help      show this help

Line numbers are those of the input; blank lines are skipped (no output line) but counted, so
every non-blank input line gives exactly one output line, in input order. A UTF-8 BOM, CRLF line
ends and a last line without a line end are accepted; a bad line (not JSON, invalid household,
no standards in force) gives an error line and the run goes on. A line longer than 16 MiB
(16,777,216 bytes) is not read: it gives an error line (code line_too_long) and the run goes on
with the next line.

Exit codes: 0 every line ok, 1 some lines failed, 2 usage or table error, 3 the output could not
be written (disk full, closed pipe: it is incomplete), 4 internal error.
A progress line goes to stderr when it is a terminal or past 10,000 lines.`;

/**
 * Lines per worker message. An assessment of every program is ~60 KB of JSON, so 10 lines make a
 * message of ~0.6 MB: small buffers, and the threads share the work evenly from the first lines.
 * Measured with `--workers 2` on 40,000 lines (2 cores): 250 lines took 14.1 s wall and 366 MB
 * peak RSS, 50 lines 13.8 s and 313 MB, 10 lines 11.8–12.1 s and 262 MB; one thread 21.1 s.
 */
const WORKER_BATCH = 10;

/** `jiuzhu assess`: streams households through `assess`. */
export async function assessCommand(args: string[], self: URL): Promise<number> {
  const p = parseCommandArgs(args, {
    table: { type: 'string' },
    on: { type: 'string' },
    region: { type: 'string' },
    workers: { type: 'string' },
    'workers-force': { type: 'boolean' },
    batch: { type: 'string' },
    detail: { type: 'string' },
  });
  if (p.values.help) {
    process.stdout.write(`${ASSESS_HELP}\n`);
    return EXIT.ok;
  }
  const tableFile = requiredOption(p, 'table');
  const on = dateOption(p, 'on', false);
  const region = regionOption(p);
  const requested = countOption(p, 'workers', 0, MAX_WORKERS) ?? 0;
  const batchSize = countOption(p, 'batch', 1, 100_000) ?? WORKER_BATCH;
  const detail = stringOption(p, 'detail') ?? 'full';
  if (!(DETAILS as readonly string[]).includes(detail))
    throw new UsageError(`--detail must be one of ${DETAILS.join(', ')} (got ${echo(detail)})`);
  if (p.positionals.length > 1) throw new UsageError('give at most one INPUT');
  const { threads: workers, note } = threadCount(
    requested,
    availableParallelism(),
    p.values['workers-force'] === true,
  );
  if (note !== undefined) process.stderr.write(`jiuzhu assess: ${note}\n`);
  const { raw, table } = loadTable(tableFile);
  if (region !== undefined && on !== undefined) {
    // One region and date for every line: a table with nothing in force for it is a usage error.
    const r = resolveStandards(table, { region, on });
    if (!r.ok) throw new UsageError(r.error.messages.en);
  }
  const input = openInput(p.positionals[0]);
  const ctx: AssessContext = {
    table,
    ...(on !== undefined ? { on } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(detail !== 'full' ? { detail: detail as Detail } : {}),
  };
  const out = new Output(process.stdout);
  const progress = new Progress(process.stderr, process.stderr.isTTY === true);
  const batches = withDocuments(lineBatches(input));

  if (workers <= 1) {
    let pending: Promise<void> | undefined;
    const emit = (text: string) => {
      pending = out.push(text) ?? pending;
    };
    for await (const batch of batches) {
      const r = assessBatch(batch, ctx, emit);
      progress.add(r.count, r.errors);
      // Backpressure: a full stream stops reading until it drains.
      if (pending) {
        await pending;
        pending = undefined;
      }
    }
  } else {
    // N assessing threads: this one and N − 1 workers. On a machine of N cores every core then
    // assesses; reading and writing are short and happen between this thread's own batches.
    const pool = new AssessPool(self, workers - 1, {
      table: raw,
      ...(on !== undefined ? { on } : {}),
      ...(region ? { region } : {}),
      ...(ctx.detail !== undefined ? { detail: ctx.detail } : {}),
    });
    const local = new ByteWriter();
    const runHere = (batch: LineBatch): WorkerResult => {
      const r = assessBatch(batch, ctx, (text) => local.write(text));
      return { bytes: local.take(), count: r.count, errors: r.errors };
    };
    const take = async (r: WorkerResult) => {
      progress.add(r.count, r.errors);
      if (r.bytes.length > 0) await out.push(r.bytes);
    };
    try {
      // In-flight batches in input order: awaiting the oldest keeps the output order and
      // bounds memory (reading waits while 2 batches per thread are out). A batch is assessed
      // here while the workers are saturated.
      const inflight: Promise<WorkerResult>[] = [];
      for await (const batch of rebatch(batches, batchSize)) {
        const here = pool.saturated;
        const pending = here ? Promise.resolve(runHere(batch)) : pool.run(batch);
        pending.catch(() => {}); // awaited below, in order
        inflight.push(pending);
        while (inflight.length > workers * 2)
          await take(await (inflight.shift() as Promise<WorkerResult>));
      }
      while (inflight.length > 0) await take(await (inflight.shift() as Promise<WorkerResult>));
    } finally {
      await pool.close();
    }
  }
  await out.end();
  progress.done();
  return progress.errors > 0 ? EXIT.someFailed : EXIT.ok;
}
