import os from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Four projects: `npm test` runs unit, component and integration on SQLite; `npm run test:pg`
// runs the storage contract and the integration tests again on a real PostgreSQL server.
export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default (cores − 1) leaves one worker on a 2-core CI machine while the other core
    // idles; two workers take the suite from about 410 s to 290 s there.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/model/**/*.test.ts',
            // The bench harness's pure parts (the benchmarks themselves never run in tests).
            'tests/bench/**/*.test.ts',
          ],
          setupFiles: ['tests/setup/node-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/app/**/*.test.tsx'],
          setupFiles: ['tests/setup/dom-setup.ts'],
          // A file's first test imports its lazy page and translations: slow on a busy machine.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          // tests/build: the chunk graph of a real production build (decision 009).
          include: ['tests/integration/**/*.test.ts', 'tests/build/**/*.test.ts'],
          setupFiles: ['tests/setup/node-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'pg',
          environment: 'node',
          include: [
            'src/server/**/*.contract.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/integration-pg/**/*.test.ts',
          ],
          setupFiles: ['tests/setup/node-setup.ts'],
          env: { GEZIEN_TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
