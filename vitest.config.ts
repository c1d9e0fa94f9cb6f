import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const clinicalSource = fileURLToPath(new URL('./packages/clinical/src/index.ts', import.meta.url));

// Tests run against the TypeScript sources directly; `@titrate/clinical` resolves to its source so
// no build is needed before `npm test`.
export default defineConfig({
  resolve: { alias: { '@titrate/clinical': clinicalSource } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'clinical', include: ['packages/clinical/test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts'],
          globalSetup: ['packages/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
