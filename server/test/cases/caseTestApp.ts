import type { AppConfig } from '../../src/app.ts';
import { groupCommit } from '../../src/ingest/groupCommit.ts';
import { testApp } from '../testApp.ts';

/**
 * testApp whose `collect` also runs what follows a commit (cases open from
 * the stored rows a moment after the 202), so a test reads the cases at once.
 */
export function caseTestApp(config: Partial<AppConfig> = {}) {
  const t = testApp(config);
  const collect: typeof t.collect = async (...args) => {
    const res = await t.collect(...args);
    groupCommit(t.db).drain();
    return res;
  };
  return { ...t, collect };
}
