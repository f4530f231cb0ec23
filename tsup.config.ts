import { existsSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const CLI_ENTRY = 'src/cli/main.ts';

const library: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: {
    // tsup 8.5 sets `baseUrl` in its d.ts build, which TypeScript 6 rejects (TS5101).
    compilerOptions: { ignoreDeprecations: '6.0' },
  },
  sourcemap: true,
  // Both configs build in parallel into dist/: keep the CLI's output out of this clean.
  clean: ['!cli.js', '!cli.js.map'],
  target: 'node20',
  platform: 'node',
  splitting: false,
};

const configs: Options[] = [library];

if (existsSync(CLI_ENTRY)) {
  configs.push({
    // ESM only, no d.ts; tsup keeps the source's `#!/usr/bin/env node` line and marks it executable.
    entry: { cli: CLI_ENTRY },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
  });
}

export default defineConfig(configs);
