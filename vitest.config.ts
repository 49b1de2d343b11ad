import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    pool: 'forks',
    // Hang guards only (no test asserts a duration): generous, because the machine running
    // the suite may be shared, and a loaded 2-core machine runs the bin several times slower.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
