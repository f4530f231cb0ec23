import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const TABLE = join(ROOT, 'fixtures', 'standards', 'bundled.json');
export const ON = '2021-08-01';

/** Runs the CLI from its sources (no build needed); resolves with the exit code and output. */
export function jiuzhu(
  args: string[],
  input?: string | Buffer,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
      {
        cwd: ROOT,
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => {}); // the CLI may exit before reading stdin (usage errors)
    child.stdin.end(input ?? '');
  });
}

/** A fixture's household as one JSON line. */
export function fixtureLine(file: string): string {
  const f = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'households', file), 'utf8'));
  return JSON.stringify(f.household);
}

/** The output lines parsed. */
export function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}
