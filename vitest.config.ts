import { defineConfig } from 'vitest/config';

/**
 * Two projects. `fast`: unit, component and golden tests, in process (`npm run
 * test:unit`). `slow`: what starts programs or terminals, and the properties
 * that render many generated datasets. No test measures time; waits are for a
 * frame or an event, so the time-outs below only stop a hung run.
 */
const SLOW = [
  'test/e2e/**',
  'test/reliability/**',
  'test/cli/cli.test.ts',
  'test/bench/**',
  'test/data/watch.test.ts',
  'test/ui/largeDataset.test.tsx',
  'test/data/watch.saves.test.ts',
  'test/**/*.property.test.{ts,tsx}',
];

export default defineConfig({
  test: {
    pool: 'forks',
    // Every test, and every program a test starts, caches validated data in a temporary directory.
    globalSetup: ['test/helpers/cacheDir.ts'],
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: ['test/**/*.test.{ts,tsx}'], exclude: SLOW, testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW.map((g) => (g.endsWith('**') ? `${g}/*.test.{ts,tsx}` : g)),
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
