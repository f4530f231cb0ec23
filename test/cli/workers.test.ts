import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { countOption, parseCommandArgs, UsageError } from '../../src/cli/args';
import { WorkerPool } from '../../src/cli/pool';
import { MAX_WORKERS, threadCount } from '../../src/cli/workers';

describe('threadCount (--workers capped at the available cores)', () => {
  it('keeps a request within the cores, and 0 or 1 (this thread only)', () => {
    expect(threadCount(0, 2, false)).toEqual({ threads: 0 });
    expect(threadCount(1, 2, false)).toEqual({ threads: 1 });
    expect(threadCount(2, 2, false)).toEqual({ threads: 2 });
    expect(threadCount(8, 16, false)).toEqual({ threads: 8 });
  });

  it('lowers a request above the cores to the cores, with a note naming both and the override', () => {
    expect(threadCount(64, 2, false)).toEqual({
      threads: 2,
      note: '--workers 64 capped at 2, the available cores (--workers-force to run 64)',
    });
    expect(threadCount(3, 1, false).threads).toBe(1);
    // A machine that reports no cores still runs this thread.
    expect(threadCount(4, 0, false).threads).toBe(1);
  });

  it('runs the request as asked with --workers-force', () => {
    expect(threadCount(64, 2, true)).toEqual({ threads: 64 });
    expect(MAX_WORKERS).toBe(64);
  });
});

describe('countOption (numbers in flags: decimal digits only)', () => {
  const workers = (v: string) =>
    countOption(
      parseCommandArgs([`--workers=${v}`], { workers: { type: 'string' } }),
      'workers',
      0,
      64,
    );

  it('accepts decimal digits within the range', () => {
    expect(workers('0')).toBe(0);
    expect(workers('2')).toBe(2);
    expect(workers('02')).toBe(2);
    expect(workers('64')).toBe(64);
    expect(
      countOption(parseCommandArgs([], { workers: { type: 'string' } }), 'workers', 0, 64),
    ).toBe(undefined);
  });

  it.each([
    '',
    ' 2',
    '2 ',
    '+2',
    '-1',
    '0x2',
    '0b10',
    '1e1',
    '2.0',
    '2.',
    '٢',
    '65',
    '9'.repeat(400),
  ])('refuses %j as a usage error naming the flag', (v) => {
    expect(() => workers(v)).toThrow(UsageError);
    expect(() => workers(v)).toThrow(/^--workers must be a whole number from 0 to 64 \(got "/);
  });

  it('echoes a long value cut to 64 characters', () => {
    try {
      workers('x'.repeat(10_000));
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe(
        `--workers must be a whole number from 0 to 64 (got "${'x'.repeat(64)}…")`,
      );
    }
  });
});

describe('WorkerPool: a worker that stops between batches', () => {
  it('is sent no more batches: run() rejects at once instead of waiting forever', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-pool-'));
    const entry = join(dir, 'exits.mjs');
    writeFileSync(entry, 'process.exit(3);\n');
    const pool = new WorkerPool<unknown>(pathToFileURL(entry), 1, {});
    try {
      // Stopped, with nothing asked of it: the calling thread takes every batch from now on.
      await vi.waitFor(() => expect(pool.saturated).toBe(true), { timeout: 10_000 });
      await expect(pool.run({ first: 1, lines: ['{}'], truncatedLast: false })).rejects.toThrow(
        'worker exited with code 3',
      );
    } finally {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
