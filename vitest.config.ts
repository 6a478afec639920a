import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,server,widget,dashboard,demo,bench}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
