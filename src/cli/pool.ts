import { parentPort, Worker, workerData } from 'node:worker_threads';
import { parseStandardsTable } from '../standards/parseStandardsTable';
import { type AssessContext, assessBatch } from './assessLines';
import type { Detail } from './detail';
import type { LineBatch } from './lines';

/** What a worker is started with. */
interface WorkerSetup {
  role: 'jiuzhu-assess-worker';
  table: unknown;
  on?: string;
  region?: string;
  detail?: Detail;
}

/** A batch's output as UTF-8 bytes, with its counts. */
export interface WorkerResult {
  bytes: Uint8Array;
  count: number;
  errors: number;
}

/** A batch sent to a worker, with the id its answer carries. */
export interface Job {
  id: number;
  batch: LineBatch;
}

/** True in a thread started by {@link AssessPool}. */
export function isAssessWorker(): boolean {
  return (workerData as WorkerSetup | undefined)?.role === 'jiuzhu-assess-worker';
}

/** The body of a worker thread: assesses the batches it is sent. */
export function runAssessWorker(): void {
  const setup = workerData as WorkerSetup;
  const r = parseStandardsTable(setup.table);
  if (!r.ok) throw r.error;
  const ctx: AssessContext = {
    table: r.value,
    ...(setup.on !== undefined ? { on: setup.on } : {}),
    ...(setup.region !== undefined ? { region: setup.region } : {}),
    ...(setup.detail !== undefined ? { detail: setup.detail } : {}),
  };
  const out = new ByteWriter();
  parentPort?.on('message', (job: Job) => {
    const r = assessBatch(job.batch, ctx, (text) => out.write(text));
    // Encoded here and transferred (not copied): the main thread only writes bytes.
    const bytes = out.take();
    const result: WorkerResult = { bytes, count: r.count, errors: r.errors };
    parentPort?.postMessage({ id: job.id, result }, [bytes.buffer]);
  });
}

/**
 * Output lines encoded to UTF-8 one after another into one buffer, grown as needed: no joined
 * string of the whole batch is built first.
 */
export class ByteWriter {
  private readonly encoder = new TextEncoder();
  private buf: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 20);
  private used = 0;

  write(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    const need = this.used + text.length * 3;
    if (need > this.buf.length) {
      const grown = new Uint8Array(Math.max(need, this.buf.length * 2));
      grown.set(this.buf.subarray(0, this.used));
      this.buf = grown;
    }
    this.used += this.encoder.encodeInto(text, this.buf.subarray(this.used)).written;
  }

  /** The bytes written since the last call, in a buffer of their own (to transfer). */
  take(): Uint8Array<ArrayBuffer> {
    const bytes = this.buf.slice(0, this.used);
    this.used = 0;
    return bytes;
  }
}

/** Batches a worker has waiting before the calling thread takes one itself. */
const QUEUED_PER_WORKER = 2;

/** Young-generation size of a worker thread, MB. */
const YOUNG_GENERATION_MB = 12;

/**
 * Starts a worker on the CLI's own module. From the TypeScript sources (under tsx, whose loader
 * hooks do not reach worker threads) the worker registers tsx first; the built file runs as is.
 */
function startWorker(entry: URL, setup: unknown): Worker {
  // A small young generation keeps each worker's memory flat at no measurable cost in time
  // (assessments are short-lived garbage; see README "Performance").
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (!entry.pathname.endsWith('.ts'))
    return new Worker(entry, { workerData: setup, resourceLimits });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData: setup, resourceLimits });
}

interface Slot<R> {
  worker: Worker;
  pending: Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>;
  /** Why the worker stopped (an error, or its exit); it takes no more batches. */
  stopped?: Error;
}

/**
 * A pool of worker threads that each take batches of lines and answer one result per batch
 * (`assess`, `compare`, `summarize`). The same module file is the worker's entry (`main.ts` checks
 * the role in its `workerData`), so it works from the sources under tsx and from the single
 * bundled `dist/cli.js`.
 */
export class WorkerPool<R> {
  private readonly slots: Slot<R>[] = [];
  private nextId = 0;

  constructor(entry: URL, size: number, setup: unknown) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker(entry, setup);
      const slot: Slot<R> = { worker, pending: new Map() };
      worker.on('message', (m: { id: number; result: R }) => {
        const p = slot.pending.get(m.id);
        slot.pending.delete(m.id);
        p?.resolve(m.result);
      });
      const fail = (e: Error) => {
        slot.stopped ??= e;
        for (const p of slot.pending.values()) p.reject(e);
        slot.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
      this.slots.push(slot);
    }
  }

  /**
   * True while every worker has {@link QUEUED_PER_WORKER} batches or more unanswered: the calling
   * thread then assesses the next batch itself instead of queueing it. The share of each thread
   * follows its speed (the calling thread also reads and writes), where a fixed turn left one
   * thread waiting for the other: with `--workers 2` on 40,000 lines, the same wall time and a
   * peak RSS of 181–189 MB instead of 235 MB.
   */
  get saturated(): boolean {
    for (const s of this.slots)
      if (s.stopped === undefined && s.pending.size < QUEUED_PER_WORKER) return false;
    return true;
  }

  /**
   * Sends a batch to the least busy worker. Rejects at once when every worker has stopped (one
   * that exits between batches is never sent another, which nothing would answer).
   */
  run(batch: LineBatch): Promise<R> {
    let slot: Slot<R> | undefined;
    for (const s of this.slots)
      if (s.stopped === undefined && (slot === undefined || s.pending.size < slot.pending.size))
        slot = s;
    if (slot === undefined)
      return Promise.reject(this.slots[0]?.stopped ?? new Error('the pool has no worker'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, batch } satisfies Job);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** The pool of `assess` (its workers run {@link runAssessWorker}). */
export class AssessPool extends WorkerPool<WorkerResult> {
  constructor(entry: URL, size: number, setup: Omit<WorkerSetup, 'role'>) {
    super(entry, size, { role: 'jiuzhu-assess-worker', ...setup } satisfies WorkerSetup);
  }
}
