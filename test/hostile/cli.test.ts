import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUTATION } from '../arbitraries/runs';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { cwd: ROOT, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}

const household = (id: string) =>
  JSON.stringify({
    id,
    region: '320400',
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true, name: '张三丰', idNumber: '320402198001011234' },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: 500, period: 'month' }],
  });

describe.skipIf(MUTATION || !existsSync(MAIN))('CLI with hostile input', () => {
  it('a BOM, CRLF line ends, junk lines and a truncated last line each give one typed line', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const lines = [
      household('h1'),
      '{"id":',
      '{"__proto__":{"polluted":true},"id":"h3"}',
      deep,
      '12',
      '',
      household('h7').replace('"amount":500', '"amount":1e308'),
      household('h8').replace('"region":"320400"', '"region":"999999"'),
      household('h9').slice(0, 60),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-cli-'));
    const file = join(dir, 'in.ndjson');
    writeFileSync(file, `\ufeff${lines.join('\r\n')}`);
    for (const workers of ['0', '2']) {
      const r = await cli([
        'assess',
        '--table',
        'fixtures/standards/bundled.json',
        '--on',
        '2021-07-01',
        '--workers',
        workers,
        file,
      ]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+|TypeError|RangeError|Maximum call stack/);
      const out = r.stdout
        .trim()
        .split('\n')
        .map(
          (l) =>
            JSON.parse(l) as {
              line: number;
              ok: boolean;
              error?: { issues?: unknown[] };
              assessment?: { tier: string | { tier: string } };
            },
        );
      expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 7, 8, 9]);
      expect(out.map((o) => o.ok)).toEqual([true, false, false, false, false, false, false, false]);
      const tier = out[0]!.assessment?.tier;
      expect(typeof tier === 'object' ? tier.tier : tier).toBe('dibao');
      for (const o of out.slice(1)) expect(o.error).toBeDefined();
      // personal data never reaches the output
      expect(r.stdout).not.toContain('张三丰');
      expect(r.stdout).not.toContain('320402198001011234');
    }
  }, 120_000);

  it('a pretty-printed household with a BOM and CRLF line ends is one household', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-cli-'));
    const file = join(dir, 'one.json');
    writeFileSync(
      file,
      `\ufeff${JSON.stringify(JSON.parse(household('p1')), null, 2).replaceAll('\n', '\r\n')}\r\n`,
    );
    const r = await cli([
      'assess',
      '--table',
      'fixtures/standards/bundled.json',
      '--on',
      '2021-07-01',
      file,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; assessment?: { householdId: string } });
    expect(out.map((o) => [o.ok, o.assessment?.householdId])).toEqual([[true, 'p1']]);
  }, 60_000);
});
