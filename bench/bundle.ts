import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..');

/** Where the benchmarks bundle: inside node_modules, so dist/ is left alone. */
export const CACHE = join(ROOT, 'node_modules', '.cache', 'jiuzhu-bench');

/**
 * Bundles an entry point like tsup does for dist/ (ESM, node20, one file) into `outDir`, and
 * returns the bundle's path: the benchmarks measure the library and the CLI as users run them.
 */
export function bundle(entry: string, outDir = CACHE): string {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsup/dist/cli-default.js'),
      entry,
      '--no-config',
      '--format',
      'esm',
      '--platform',
      'node',
      '--target',
      'node20',
      '--no-splitting',
      '--out-dir',
      outDir,
      '--silent',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return join(outDir, `${entry.split('/').pop()?.replace(/\.ts$/, '')}.js`);
}
