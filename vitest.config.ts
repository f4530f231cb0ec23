import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      exclude: ['src/cli/**'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: {
        lines: 90,
        branches: 85,
      },
    },
  },
});
