import { defineConfig } from 'vitest/config';

/**
 * Under mutation testing (`npm run mutate` sets JIUZHU_MUTATION=1) only the tests of the rule
 * code run: the invariants, hostile-input and privacy suites, the fixtures and the unit tests of
 * the foundation. Each mutant reruns them, so they must pass on their own and stay fast.
 */
const MUTATION_TESTS = [
  'test/fixtures.test.ts',
  'test/properties/**/*.test.ts',
  'test/hostile/**/*.test.ts',
  'test/privacy/**/*.test.ts',
  'test/{money,standards,schema,dates,dibao,income,trace}/**/*.test.ts',
];

export default defineConfig({
  test: {
    include: process.env.JIUZHU_MUTATION === '1' ? MUTATION_TESTS : ['test/**/*.test.ts'],
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      exclude: ['src/cli/**'],
      reporter: ['text-summary', 'json-summary'],
      // Report even when a test fails, so the figures are visible while a program is in progress.
      reportOnFailure: true,
      thresholds: {
        // Whole core (src/ minus src/cli): 99.5 % of lines and 94.9 % of branches on 2026-11-25.
        lines: 95,
        branches: 90,
        // The foundation every program stands on: money, dates, standards, schema, trace,
        // income (R1) and 低保 (R2).
        'src/{money,dates,standards,schema,trace,income,dibao}/**': {
          lines: 95,
          branches: 90,
        },
      },
    },
  },
});
