import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MUTATION } from '../arbitraries/runs';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

/** The only things the published tarball may hold. */
const ALLOWED = [
  /^dist\//,
  /^schemas\//,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
];

describe.skipIf(MUTATION)('published package', () => {
  it('npm pack holds only dist/, schemas/, README.md, CHANGELOG.md, LICENSE and package.json', async () => {
    // `npm pack` runs `prepack` (the build) first.
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    // Build logs may precede the JSON; it starts on a line of its own.
    const json = stdout.slice(Math.max(0, stdout.search(/^\[$/m)));
    const [pack] = JSON.parse(json) as { files: { path: string }[] }[];
    const paths = pack!.files.map((f) => f.path);
    const stray = paths.filter((p) => !ALLOWED.some((re) => re.test(p)));
    expect(stray).toEqual([]);
    expect(paths).toContain('package.json');
    expect(paths).toContain('LICENSE');
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/index.cjs');
    expect(paths).toContain('dist/index.d.ts');
    // No source maps of tests, fixtures or sources leak in.
    expect(paths.filter((p) => /(^|\/)(test|src|fixtures)\//.test(p))).toEqual([]);
  }, 180_000);
});
