import { accessSync, constants, createReadStream, readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { parseStandardsTable } from '../standards/parseStandardsTable';
import type { StandardsTable } from '../standards/schema';
import { UsageError } from './args';

/** Reads a whole file (or stdin for `-`) as UTF-8 text without a byte-order mark. */
export function readText(file: string): string {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text from a file; a syntax error is a {@link UsageError} naming the file. */
export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not valid JSON`);
  }
}

/** A table file read and validated: the raw JSON (for workers) and the parsed table. */
export interface LoadedTable {
  raw: unknown;
  table: StandardsTable;
}

/** Reads and validates a standards table; an invalid one is a {@link UsageError} listing its issues. */
export function loadTable(file: string): LoadedTable {
  const raw = readJson(file);
  const r = parseStandardsTable(raw);
  if (!r.ok) {
    const lines = r.error.issues.map((i) => `  ${i.pathText}: ${i.message.en}`);
    throw new UsageError(`invalid standards table ${file}:\n${lines.join('\n')}`);
  }
  return { raw, table: r.value };
}

/** The input stream: a file, or stdin for `-` or no argument. */
export function openInput(file: string | undefined): Readable {
  if (file === undefined || file === '-') return process.stdin;
  try {
    accessSync(file, constants.R_OK); // fail early, as a usage error
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return createReadStream(file, { highWaterMark: 1 << 16 });
}

/**
 * Buffered writing with backpressure: text is collected and written in chunks of about 64 KiB;
 * {@link Output.flush} waits for `drain` when the stream's buffer is full.
 */
export class Output {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {}

  /**
   * Queues text (written in chunks of about 64 KiB) or bytes (written at once, after what is
   * queued). Returns a promise only when the stream's buffer is full: await it for backpressure.
   */
  push(chunk: string | Uint8Array): Promise<void> | undefined {
    if (typeof chunk !== 'string') {
      const pending = this.flush();
      if (pending) return pending.then(() => this.write(chunk));
      return this.write(chunk);
    }
    this.parts.push(chunk);
    this.size += chunk.length;
    return this.size >= 1 << 16 ? this.flush() : undefined;
  }

  /** Writes what is queued and waits for `drain` if the stream asks for it. */
  flush(): Promise<void> | undefined {
    if (this.parts.length === 0) return undefined;
    const chunk = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.size = 0;
    return this.write(chunk);
  }

  /** The wait for `drain` while the stream's buffer is full: one, however many writes wait. */
  private draining: Promise<void> | undefined;

  private write(chunk: string | Uint8Array): Promise<void> | undefined {
    if (this.stream.write(chunk)) return this.draining;
    if (this.draining === undefined) {
      this.draining = new Promise((resolve) =>
        this.stream.once('drain', () => {
          this.draining = undefined;
          resolve();
        }),
      );
    }
    return this.draining;
  }

  /** Flushes and waits until everything queued so far is handed to the OS. */
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
  }
}
