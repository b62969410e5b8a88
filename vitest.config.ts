import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Test files share each worker's module cache: compromise (0.4 s to import) is loaded once per
    // worker, not once per file. Tests must not rely on a fresh module state.
    isolate: false,
    reporters: ['default', './scripts/summary-reporter.mjs'],
  },
});
