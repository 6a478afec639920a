import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POSTGRES_CONFORMANCE_FILES, SQLITE_ONLY_FILES } from './conformanceFiles.ts';

describe('the PostgreSQL conformance list', () => {
  it('names every server test file once: on PostgreSQL too, or SQLite-only with a reason', () => {
    const files = (readdirSync('server/test', { recursive: true }) as string[])
      .filter((f) => f.endsWith('.test.ts') && !f.startsWith('postgres/'))
      .map((f) => `server/test/${f}`)
      .sort();
    const named = [...POSTGRES_CONFORMANCE_FILES, ...Object.keys(SQLITE_ONLY_FILES)];
    expect(named.filter((f, i) => named.indexOf(f) !== i)).toEqual([]);
    expect(named.sort()).toEqual(files);
  });
});
