// Mutation testing (issue 5): `npm run mutate`. Too slow for CI on a 2-core machine (see README
// "Reliability"); run it before a release or after changing rule code.
// The property tests read this to run fewer cases per mutant, and the spawn-based tests
// (time zones, npm pack) skip themselves: they exercise no mutated code in this process.
process.env.JIUZHU_MUTATION = '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level schema and rule tables) cost ~45 % of the run and are covered by
  // the schema tests; `npm run mutate -- --ignoreStatic false` includes them.
  ignoreStatic: true,
  mutate: [
    'src/**/*.ts',
    '!src/cli/**',
    '!src/index.ts',
    '!src/**/index.ts',
    '!src/**/codes.ts',
    '!src/version.ts',
  ],
  ignorePatterns: ['dist', 'coverage', 'reports', 'docs', '.stryker-tmp', '*.tgz'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
