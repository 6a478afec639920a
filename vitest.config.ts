import { defineConfig } from 'vitest/config';
import { POSTGRES_CONFORMANCE_FILES } from './server/test/postgres/conformanceFiles.ts';

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Pins the calendar (TOUCHPOINT_TEST_NOW, or a fixed default): no test depends on the day it runs.
    setupFiles: ['tests/clock/pinClock.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['{shared,server,widget,dashboard,demo,bench,tests/clock}/**/*.test.{ts,tsx}'] },
      },
      {
        // The same server tests on PostgreSQL (issue 16's conformance suite), in a throwaway cluster.
        extends: true,
        test: {
          name: 'postgres',
          include: POSTGRES_CONFORMANCE_FILES,
          globalSetup: ['server/test/postgres/globalSetup.ts'],
          env: { TOUCHPOINT_TEST_ENGINE: 'postgres' },
        },
      },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
