import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,server,widget,dashboard,demo,bench,tests/clock}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Pins the calendar (TOUCHPOINT_TEST_NOW, or a fixed default): no test depends on the day it runs.
    setupFiles: ['tests/clock/pinClock.ts'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
