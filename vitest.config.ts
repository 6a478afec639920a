import { defineConfig } from 'vitest/config';
import { POSTGRES_CONFORMANCE_FILES } from './server/test/postgres/conformanceFiles.ts';

export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Pins the calendar (TOUCHPOINT_TEST_NOW, or a fixed default): no test depends on the day it runs.
    setupFiles: ['tests/clock/pinClock.ts'],
    // Two test files at a time on the 2-core machine (vitest's default is cores − 1, one): most files wait on
    // PostgreSQL round trips, child processes or timers, so a second one fills that time. Same-run figures,
    // 8 Dec 2026, whole suite at load 6–7: 985 s wall for 1,560 s of test time; only two PostgreSQL tests ran past their timeouts (since lengthened).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['{shared,server,widget,dashboard,demo,bench,tests/clock}/**/*.test.{ts,tsx}'],
          // PostgreSQL's own tests (the collector process on it) need the postgres project's cluster.
          exclude: ['**/node_modules/**', '**/dist/**', 'server/test/postgres/**'],
        },
      },
      {
        // The same server tests on PostgreSQL (issue 16's conformance suite), in a throwaway cluster.
        extends: true,
        test: {
          name: 'postgres',
          // TOUCHPOINT_POSTGRES_TRY=a.test.ts,b.test.ts tries files not (yet) on the list.
          include: process.env.TOUCHPOINT_POSTGRES_TRY?.split(',') ?? [...POSTGRES_CONFORMANCE_FILES, 'server/test/postgres/**/*.test.ts'],
          globalSetup: ['server/test/postgres/globalSetup.ts'],
          setupFiles: ['server/test/postgres/closeTestDatabases.ts'],
          env: { TOUCHPOINT_TEST_ENGINE: 'postgres' },
          // A file's first app starts the connection thread (tsx compiles it): seconds on a busy machine.
          testTimeout: 30_000,
        },
      },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
