import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/args';
import { internalErrorText, outputErrorText } from '../../src/cli/failure';
import { fixtureLine, jiuzhu, ON, ROOT, records, TABLE } from './run';

const SPAWN_TIMEOUT = 120_000;
const GAP = fixtureLine('dibao-02-plain-gap.json');
const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-failures-'));
const STACK = /^\s+at |\.ts:\d+|node:internal/m;

/** Runs the CLI with its stdout going to a file descriptor of ours (e.g. /dev/full). */
function jiuzhuTo(fd: number, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
      {
        cwd: ROOT,
        stdio: ['ignore', fd, 'pipe'],
      },
    );
    const err: Buffer[] = [];
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('one-line messages for failures', () => {
  it('names a failed write and says the output is incomplete', () => {
    expect(outputErrorText({ code: 'ENOSPC' })).toBe(
      'jiuzhu: cannot write the output (ENOSPC: no space left on the device); it is incomplete',
    );
    expect(outputErrorText({ code: 'EPIPE' })).toBe(
      'jiuzhu: cannot write the output (EPIPE: the reader closed the pipe); it is incomplete',
    );
    expect(outputErrorText({ code: 'EWHAT', message: 'odd\nthing' })).toContain('(EWHAT: odd');
  });

  it('gives an unexpected error as its name and message on one line, cut to 200 characters', () => {
    expect(internalErrorText(new RangeError('not a YYYY-MM-DD date: 10001-06-01'))).toBe(
      'jiuzhu: internal error: RangeError: not a YYYY-MM-DD date: 10001-06-01',
    );
    const long = internalErrorText(new Error(`first\nsecond ${'v'.repeat(10_000)}`));
    expect(long).not.toContain('\n');
    expect(long.startsWith('jiuzhu: internal error: Error: first second vvv')).toBe(true);
    expect(long.length).toBeLessThanOrEqual('jiuzhu: internal error: '.length + 201);
    expect(internalErrorText('a string')).toBe('jiuzhu: internal error: a string');
    expect(EXIT).toEqual({ ok: 0, someFailed: 1, usage: 2, output: 3, internal: 4 });
  });
});

describe.skipIf(!existsSync('/dev/full'))(
  'a failed write: one line on stderr and exit 3',
  { timeout: SPAWN_TIMEOUT },
  () => {
    const full = (args: string[]) => {
      const fd = openSync('/dev/full', 'w');
      return jiuzhuTo(fd, args).finally(() => closeSync(fd));
    };
    it('assess, explain and schema > /dev/full', async () => {
      const fixture = join(ROOT, 'fixtures', 'households', 'dibao-02-plain-gap.json');
      const runs = await Promise.all([
        full(['assess', '--table', TABLE, fixture]),
        full(['explain', '--table', TABLE, fixture]),
        full(['schema', 'household']),
      ]);
      for (const r of runs) {
        expect(r.code, r.stderr).toBe(EXIT.output);
        expect(r.stderr).toBe(
          'jiuzhu: cannot write the output (ENOSPC: no space left on the device); it is incomplete\n',
        );
      }
    });

    it('a reader that closes the pipe early (EPIPE), with and without workers', async () => {
      const many = join(dir, 'many.ndjson');
      writeFileSync(many, `${GAP}\n`.repeat(400));
      const early = (args: string[]) =>
        new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
            { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
          );
          const err: Buffer[] = [];
          child.stderr.on('data', (b: Buffer) => err.push(b));
          // Like `| head -c 1`: read the first bytes, then close.
          child.stdout.once('data', () => child.stdout.destroy());
          child.on('error', reject);
          child.on('close', (code) =>
            resolve({ code, stderr: Buffer.concat(err).toString('utf8') }),
          );
        });
      const runs = await Promise.all([
        early(['assess', '--table', TABLE, '--on', ON, many]),
        early(['assess', '--table', TABLE, '--on', ON, '--workers', '2', many]),
      ]);
      for (const r of runs) {
        expect(r.code, r.stderr).toBe(EXIT.output);
        expect(r.stderr).toBe(
          'jiuzhu: cannot write the output (EPIPE: the reader closed the pipe); it is incomplete\n',
        );
      }
    });
  },
);

describe('jiuzhu CLI limits', { timeout: SPAWN_TIMEOUT }, () => {
  it.concurrent('explain never prints a stack trace (a 渐退期 starting in year 9999)', async () => {
    const household = JSON.parse(fixtureLine('phase-out-01-first-day.json'));
    household.status.phaseOut.start = '9999-12-01';
    const r = await jiuzhu(
      ['explain', '--table', TABLE, '--on', ON, '-'],
      JSON.stringify(household),
    );
    // An internal error (4) until the library gives a typed error for the date (then 1).
    expect([EXIT.someFailed, EXIT.internal]).toContain(r.code);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.concurrent('explain reports a malformed request by path, without a stack trace', async () => {
    const household = JSON.parse(GAP);
    const r = await jiuzhu(
      ['explain', '--table', TABLE, '--on', ON, '-'],
      JSON.stringify({ household, [`evnets${'x'.repeat(10_000)}`]: [] }),
    );
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.stderr).not.toMatch(STACK);
    // The unknown key is echoed cut to 64 characters.
    const key = `evnets${'x'.repeat(58)}…`;
    expect(r.stderr).toBe(`${key}: 未知字段：${key}\n`);
  });

  it.concurrent('assess echoes an unknown request key cut to 64 characters', async () => {
    const household = JSON.parse(GAP);
    const name = `k${'y'.repeat(1_000_000)}`;
    const r = await jiuzhu(
      ['assess', '--table', TABLE, '--on', ON],
      `${JSON.stringify({ household, [name]: 1 })}\n`,
    );
    expect(r.code).toBe(EXIT.someFailed);
    const [o] = records(r.stdout) as { error: { issues: Record<string, unknown>[] } }[];
    const key = `k${'y'.repeat(63)}…`;
    expect(o?.error.issues).toEqual([
      {
        path: [key],
        pathText: key,
        code: 'unrecognized_keys',
        message: { 'zh-CN': `未知字段：${key}`, en: `unrecognized key: ${key}` },
      },
    ]);
    expect(r.stdout.length).toBeLessThan(1000);
  });

  it.concurrent('a line over 16 MiB is an error line, and the next lines are assessed', async () => {
    // A valid household padded with spaces to 17 MiB: read whole before, not read now.
    const padded = `${GAP.slice(0, -1)}${' '.repeat(17 * 1024 * 1024)}}`;
    const input = join(dir, 'long.ndjson');
    writeFileSync(input, `${GAP}\n${padded}\n${GAP}\n${'{'.repeat(17 * 1024 * 1024)}`);
    const r = await jiuzhu(['assess', '--table', TABLE, '--on', ON, '--detail', 'outcome', input]);
    expect(r.code).toBe(EXIT.someFailed);
    const out = records(r.stdout) as {
      line: number;
      ok: boolean;
      error?: { issues: { code: string; message: { en: string } }[] };
    }[];
    expect(out.map((o) => [o.line, o.ok, o.error?.issues[0]?.code])).toEqual([
      [1, true, undefined],
      [2, false, 'line_too_long'],
      [3, true, undefined],
      [4, false, 'line_too_long'],
    ]);
    expect(out[1]?.error?.issues[0]?.message.en).toBe(
      `the line is ${padded.length} bytes long, over the limit of 16777216 bytes; it was not read`,
    );
  });

  it.concurrent('numbers in flags are decimal digits only: others are usage errors (exit 2)', async () => {
    const bad = ['', ' 2', '0x2', '1e1']; // and more in workers.test.ts
    const runs = await Promise.all(
      bad.map((v) =>
        jiuzhu(['assess', '--table', TABLE, '--on', ON, `--workers=${v}`], `${GAP}\n`),
      ),
    );
    runs.forEach((r, i) => {
      expect(r.code).toBe(EXIT.usage);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `jiuzhu: --workers must be a whole number from 0 to 64 (got ${JSON.stringify(bad[i])})\n`,
      );
    });
    const batch = await jiuzhu(['assess', '--table', TABLE, '--on', ON, '--batch', '1e1'], '');
    expect(batch.code).toBe(EXIT.usage);
  });

  it('caps --workers at the available cores, with a note, unless --workers-force', async () => {
    const cores = availableParallelism();
    const asked = String(Math.min(cores + 1, 64));
    const args = ['assess', '--table', TABLE, '--on', ON, '--workers', asked];
    const [capped, forced] = await Promise.all([
      jiuzhu(args, `${GAP}\n`),
      jiuzhu([...args, '--workers-force'], `${GAP}\n`),
    ]);
    expect(capped.code).toBe(0);
    expect(capped.stderr).toBe(
      `jiuzhu assess: --workers ${asked} capped at ${cores}, the available cores (--workers-force to run ${asked})\n`,
    );
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe('');
    expect(forced.stdout).toBe(capped.stdout);
  });
});
