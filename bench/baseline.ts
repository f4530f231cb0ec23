/**
 * The benchmark's baseline: the previous release, built from this repository's history and run
 * beside the working tree in the same benchmark run, so that every "× the previous release"
 * figure is a ratio of one run on one machine (never of figures from different days).
 *
 * `npm run bench` uses {@link DEFAULT_BASELINE} (the last commit of 0.1.0); `-- --baseline REV`
 * names another commit, `-- --baseline none` leaves the baseline out. The release's `src/` and
 * `fixtures/` are taken with `git archive` into node_modules/.cache and bundled like `dist/` is;
 * it runs on its own standards tables (a release reads the table format of its day) and the
 * dependencies installed now.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index';

/** The previous release: 0.1.0, whose last commit is 17ae122 (2026-12-02). */
export const DEFAULT_BASELINE = { label: '0.1.0', rev: '17ae122' };

/** A built baseline: its library, its CLI bundle and its own fixture folder. */
export interface Baseline {
  label: string;
  /** The full commit id. */
  commit: string;
  lib: typeof Library;
  cli: string;
  /** The release's `fixtures/` folder (standards tables and households of its day). */
  fixtures: string;
}

/**
 * Builds the baseline named by `--baseline` (or the default) into `cache`, with `bundle` (the
 * benchmark's own bundler). Returns `undefined`, with the reason on stderr, when there is none to
 * build (`--baseline none`, a clone without that commit, no git).
 */
export async function loadBaseline(
  root: string,
  cache: string,
  argv: string[],
  bundle: (entry: string, outDir: string) => string,
): Promise<Baseline | undefined> {
  const i = argv.indexOf('--baseline');
  const asked = i > 0 ? argv[i + 1] : undefined;
  if (asked === 'none') return undefined;
  const rev = asked ?? DEFAULT_BASELINE.rev;
  const label = asked === undefined ? DEFAULT_BASELINE.label : asked;
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    console.error(
      `baseline ${label}: commit ${rev} is not in this clone (a shallow clone, or no git); the baseline columns are left out`,
    );
    return undefined;
  }
  const dir = join(cache, `baseline-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'src', 'index.ts'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', commit, 'src', 'fixtures'], {
      cwd: root,
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  const out = join(dir, 'dist');
  const lib = (await import(
    pathToFileURL(bundle(join(dir, 'src/index.ts'), out)).href
  )) as typeof Library;
  const cli = bundle(join(dir, 'src/cli/main.ts'), out);
  return { label, commit, lib, cli, fixtures: join(dir, 'fixtures') };
}
