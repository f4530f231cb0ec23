import { parentPort, workerData } from 'node:worker_threads';
import { CaseloadSummary, type CaseloadSummaryData } from '../analysis/caseloadSummary';
import { ComparisonSummary, type ComparisonSummaryData } from '../analysis/comparisonSummary';
import { parseStandardsTable } from '../standards/parseStandardsTable';
import { type AnalysisContext, compareBatch, summarizeBatch } from './analysisLines';
import type { Output } from './io';
import { type LineBatch, rebatch } from './lines';
import { ByteWriter, type Job, WorkerPool } from './pool';
import type { Progress } from './progress';

/** The two analyses run on lines. */
export type AnalysisKind = 'compare' | 'summarize';

/** What an analysis worker is started with: the tables as raw JSON (already validated). */
interface AnalysisSetup {
  role: 'jiuzhu-analysis-worker';
  kind: AnalysisKind;
  old: unknown;
  new?: unknown;
  on?: string;
  onOld?: string;
  onNew?: string;
  region?: string;
}

/** A batch's output lines (UTF-8), counts and its part of the summary. */
interface AnalysisResult {
  bytes: Uint8Array;
  count: number;
  errors: number;
  summary: CaseloadSummaryData | ComparisonSummaryData;
}

/** True in a thread started for `compare` or `summarize`. */
export function isAnalysisWorker(): boolean {
  return (workerData as AnalysisSetup | undefined)?.role === 'jiuzhu-analysis-worker';
}

function table(raw: unknown) {
  const r = parseStandardsTable(raw);
  if (!r.ok) throw r.error;
  return r.value;
}

function contextOf(s: Omit<AnalysisSetup, 'role' | 'kind'>): AnalysisContext {
  return {
    old: table(s.old),
    ...(s.new !== undefined ? { new: table(s.new) } : {}),
    ...(s.on !== undefined ? { on: s.on } : {}),
    ...(s.onOld !== undefined ? { onOld: s.onOld } : {}),
    ...(s.onNew !== undefined ? { onNew: s.onNew } : {}),
    ...(s.region !== undefined ? { region: s.region } : {}),
  };
}

/** Runs one batch here, its output into `out`. */
function runBatch(kind: AnalysisKind, batch: LineBatch, ctx: AnalysisContext, out: ByteWriter) {
  const write = (t: string) => out.write(t);
  const r =
    kind === 'compare' ? compareBatch(batch, ctx, write) : summarizeBatch(batch, ctx, write);
  return { count: r.count, errors: r.errors, summary: r.summary.toJSON() };
}

/** The body of an analysis worker thread. */
export function runAnalysisWorker(): void {
  const setup = workerData as AnalysisSetup;
  const ctx = contextOf(setup);
  const out = new ByteWriter();
  parentPort?.on('message', (job: Job) => {
    const r = runBatch(setup.kind, job.batch, ctx, out);
    const bytes = out.take();
    const result: AnalysisResult = { bytes, ...r };
    parentPort?.postMessage({ id: job.id, result }, [bytes.buffer]);
  });
}

/** How a run of `compare` or `summarize` goes. */
export interface AnalysisRun {
  kind: AnalysisKind;
  ctx: AnalysisContext;
  /** The raw tables, for workers. */
  raw: { old: unknown; new?: unknown };
  /** Threads: this one and `workers − 1` workers (0 or 1: this thread only). */
  workers: number;
  /** Lines per worker message. */
  batchSize: number;
  /** Where output lines go (stdout for `compare`, stderr's error lines for `summarize`). */
  out: Output;
  progress: Progress;
  /** The CLI's entry module (`main`), which starts the worker body in a worker thread. */
  self: URL;
}

/**
 * Streams batches through `compare` or `summarize` on this thread, or on a pool of threads (the
 * pattern of `assess --workers`: a batch here while the workers are saturated, at most two
 * batches per thread in flight, output in input order), and returns the whole summary. Memory stays flat: only the
 * summary grows, by region and program, not by line.
 */
export async function runAnalysis(
  run: AnalysisRun,
  batches: AsyncGenerator<LineBatch>,
): Promise<CaseloadSummary | ComparisonSummary> {
  const summary = run.kind === 'compare' ? new ComparisonSummary() : new CaseloadSummary();
  const { out, progress, ctx } = run;
  if (run.workers <= 1) {
    let pending: Promise<void> | undefined;
    const emit = (text: string) => {
      pending = out.push(text) ?? pending;
    };
    for await (const batch of batches) {
      const r =
        run.kind === 'compare'
          ? compareBatch(batch, ctx, emit, summary as ComparisonSummary)
          : summarizeBatch(batch, ctx, emit, summary as CaseloadSummary);
      progress.add(r.count, r.errors);
      if (pending) {
        await pending;
        pending = undefined;
      }
    }
    return summary;
  }
  const setup: AnalysisSetup = {
    role: 'jiuzhu-analysis-worker',
    kind: run.kind,
    old: run.raw.old,
    ...(run.raw.new !== undefined ? { new: run.raw.new } : {}),
    ...(ctx.on !== undefined ? { on: ctx.on } : {}),
    ...(ctx.onOld !== undefined ? { onOld: ctx.onOld } : {}),
    ...(ctx.onNew !== undefined ? { onNew: ctx.onNew } : {}),
    ...(ctx.region !== undefined ? { region: ctx.region } : {}),
  };
  const pool = new WorkerPool<AnalysisResult>(run.self, run.workers - 1, setup);
  const local = new ByteWriter();
  const take = async (r: AnalysisResult) => {
    progress.add(r.count, r.errors);
    if (summary instanceof ComparisonSummary) summary.merge(r.summary as ComparisonSummaryData);
    else summary.merge(r.summary as CaseloadSummaryData);
    if (r.bytes.length > 0) await out.push(r.bytes);
  };
  try {
    const inflight: Promise<AnalysisResult>[] = [];
    for await (const batch of rebatch(batches, run.batchSize)) {
      const here = pool.saturated;
      const pending = here
        ? Promise.resolve({ ...runBatch(run.kind, batch, ctx, local), bytes: local.take() })
        : pool.run(batch);
      pending.catch(() => {});
      inflight.push(pending);
      while (inflight.length > run.workers * 2)
        await take(await (inflight.shift() as Promise<AnalysisResult>));
    }
    while (inflight.length > 0) await take(await (inflight.shift() as Promise<AnalysisResult>));
  } finally {
    await pool.close();
  }
  return summary;
}
