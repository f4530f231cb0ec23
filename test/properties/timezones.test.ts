import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MUTATION } from '../arbitraries/runs';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

describe.skipIf(MUTATION)('time zones', () => {
  it('every fixture determination is byte-identical under UTC, Asia/Shanghai, America/Los_Angeles and the ±14 h zones', async () => {
    const outputs = await Promise.all(
      ZONES.map(async (tz) => {
        const { stdout } = await run(
          process.execPath,
          ['--import', 'tsx', 'test/properties/tz-run.ts'],
          {
            cwd: ROOT,
            env: { ...process.env, TZ: tz },
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        return stdout;
      }),
    );
    const first = outputs[0]!;
    expect(JSON.parse(first).length).toBeGreaterThan(20);
    for (const [i, out] of outputs.entries()) expect(out === first, ZONES[i]).toBe(true);
  }, 120_000);
});
