import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { finished, startCollectorChild } from './childProcess.ts';
import { burstUntilKilled, createSiteOverHttp } from './collectorClient.ts';
import { tempDirs } from './tempDirs.ts';
import { rating } from './testApp.ts';

// The collector commits ratings in groups (ingest/groupCommit.ts) and splits
// comments into terms after the commit. Killed while groups are in flight, it
// must have stored every rating it acknowledged, and after a restart every
// stored comment must get its terms, read back from the stored rows.

const TOKEN = 'crash-test-token';
const tempDir = tempDirs('touchpoint-crash-');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function start(dir: string) {
  const started = await startCollectorChild(dir, TOKEN);
  children.push(started.child);
  return started;
}

it('keeps every acknowledged id when killed with SIGKILL while groups are being committed, and indexes their comments after a restart', { timeout: 40_000 }, async () => {
  const dir = tempDir();
  const first = await start(dir);
  const siteKey = await createSiteOverHttp(first.url, TOKEN);
  const { acknowledged, inFlightAtKill } = await burstUntilKilled(first.child, first.url, {
    senders: 50,
    killAfter: 600,
    prefix: 'group_crash_',
    rating: (id) => rating(siteKey, { id, rating: 2, comment: `Parcel tracking broken ${id}` }),
  });
  await finished(first.child, 5000);
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(inFlightAtKill).toBeGreaterThan(10); // requests were waiting for a group's commit when it died

  const disk = new Database(join(dir, 'touchpoint.db'), { readonly: true });
  expect(disk.pragma('integrity_check', { simple: true })).toBe('ok');
  const stored = new Set(disk.prepare('SELECT id FROM responses').pluck().all() as string[]);
  expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

  // Comments whose terms were not made before the kill are split after the next start, from the rows.
  await start(dir);
  const unindexed = disk.prepare('SELECT count(*) FROM responses WHERE terms_indexed = 0');
  for (let waited = 0; unindexed.pluck().get() !== 0 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  expect(unindexed.pluck().get()).toBe(0);
  const withTerms = disk.prepare("SELECT count(DISTINCT response_id) FROM comment_terms WHERE term = 'parcel tracking'").pluck().get();
  expect(withTerms).toBe(stored.size);
  disk.close();
});
