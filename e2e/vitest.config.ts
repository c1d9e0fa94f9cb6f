import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests against a real server: one server for the run (global setup), one test file at a time,
// generous timeouts (the first start migrates the database and loads the demo clinic).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
