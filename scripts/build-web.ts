/**
 * Builds the static page of examples/web (`npm run build:web`) into examples/web/dist, and
 * measures the core: `src/index.ts` bundled for the browser, minified, and gzipped. Both builds
 * target the browser platform, so an import from `node:` anywhere in the core fails the build.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Options } from 'tsup';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'examples', 'web', 'dist');

const common: Options = {
  config: false,
  platform: 'browser',
  target: 'es2022',
  minify: true,
  splitting: false,
  sourcemap: false,
  dts: false,
  silent: true,
  // zod and date-fns go into the bundle: the figures are what a browser loads.
  noExternal: [/.*/],
};

/** Sizes in bytes of the page's script, of the core with its dependencies, and of the core alone. */
export interface WebSizes {
  app: { minified: number; gzip: number };
  core: { minified: number; gzip: number };
  coreWithoutDependencies: { minified: number; gzip: number };
}

export async function buildWeb(): Promise<WebSizes> {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    ...common,
    entry: { app: join(ROOT, 'examples/web/app.ts') },
    format: ['iife'],
    outDir: OUT,
  });
  await build({
    ...common,
    entry: { core: join(ROOT, 'src/index.ts') },
    format: ['esm'],
    outDir: join(OUT, 'core'),
  });
  await build({
    ...common,
    noExternal: [],
    entry: { core: join(ROOT, 'src/index.ts') },
    format: ['esm'],
    outDir: join(OUT, 'core-alone'),
  });
  const size = (file: string) => {
    const bytes = readFileSync(file);
    return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sizes: WebSizes = {
    app: size(join(OUT, 'app.global.js')),
    core: size(join(OUT, 'core', 'core.js')),
    coreWithoutDependencies: size(join(OUT, 'core-alone', 'core.js')),
  };
  writeFileSync(join(OUT, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  return sizes;
}

if (process.argv[1] === import.meta.filename) {
  const s = await buildWeb();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `examples/web/dist/app.global.js (page, core and bundled table): ${kb(s.app.minified)} minified, ${kb(s.app.gzip)} gzip`,
  );
  console.log(
    `core (src/index.ts for the browser, ESM, with zod and date-fns): ${kb(s.core.minified)} minified, ${kb(s.core.gzip)} gzip`,
  );
  console.log(
    `core without its dependencies: ${kb(s.coreWithoutDependencies.minified)} minified, ${kb(s.coreWithoutDependencies.gzip)} gzip`,
  );
  console.log('open examples/web/index.html in a browser');
}
