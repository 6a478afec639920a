import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/schemas/error.ts';
import { commentsPageSchema } from '../../shared/schemas/themes.ts';
import { createApp } from '../src/app.ts';
import { openDatabase, type Db } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { insertResponse } from '../src/db/queries/responses/insertResponse.ts';
import { groupCommit } from '../src/ingest/groupCommit.ts';
import { tempDirs } from './tempDirs.ts';
import { rating, SHOP_ORIGIN, TOKEN } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

// POST /v1/responses commits in groups (ingest/groupCommit.ts): what a request
// is told must match what a second connection, as after a crash, finds on disk.

const tempDir = tempDirs('touchpoint-group-');
const DAY = 86_400_000;
const AROUND_NOW = `from=${new Date(TEST_NOW - DAY).toISOString()}&to=${new Date(TEST_NOW + DAY).toISOString()}`;
const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

function collector() {
  const file = join(tempDir(), 'touchpoint.db');
  const db = openDatabase(file);
  open.push(db);
  const site = createSite(db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
  const app = createApp({ db, config: { adminToken: TOKEN, widgetDir: '/x', dashboardDir: '/x', secureCookies: false, now: () => TEST_NOW } });
  const collect = (body: unknown) =>
    app.request('/v1/responses', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN } });
  /** Another connection to the file: sees only what was committed. */
  const disk = new Database(file, { readonly: true });
  const onDisk = (id: string) => disk.prepare('SELECT count(*) FROM responses WHERE id = ?').pluck().get(id) === 1;
  const storedCount = () => disk.prepare('SELECT count(*) FROM responses').pluck().get() as number;
  const terms = (id: string) => disk.prepare('SELECT term FROM comment_terms WHERE response_id = ? ORDER BY term').pluck().all(id);
  return { db, app, site, collect, onDisk, storedCount, terms };
}

describe('group commit of POST /v1/responses', () => {
  it('answers each request only once its row is committed, and commits the requests that came together in one transaction', async () => {
    const t = collector();
    t.db.pragma('wal_checkpoint(TRUNCATE)'); // an empty log: what follows is only these requests' commits
    const ids = Array.from({ length: 40 }, (_, i) => `grouped_${i.toString().padStart(3, '0')}`);
    await Promise.all(
      ids.map(async (id) => {
        const res = await t.collect(rating(t.site.key, { id }));
        expect(res.status).toBe(202);
        expect(t.onDisk(id)).toBe(true);
      }),
    );
    // Each commit appends every page it changed to the log (the responses table, its indexes, the
    // peak-end rollup): forty commits write hundreds of frames, one commit for the lot a dozen or so.
    const pageSize = t.db.pragma('page_size', { simple: true }) as number;
    const frames = (statSync(`${t.db.name}-wal`).size - 32) / (pageSize + 24);
    expect(frames).toBeLessThan(40);
  });

  it('fails only the request whose insert fails; the others in its transaction are stored', async () => {
    const t = collector();
    const queue = groupCommit(t.db);
    const row = (id: string, siteId: number) => ({ id, siteId, type: 'page_rating', rating: 4, path: '/', channel: 'web' as const, createdAt: TEST_NOW, receivedAt: TEST_NOW });
    const results = await Promise.allSettled([
      queue.submit(() => insertResponse(t.db, row('before_the_bad_one', t.site.id))),
      queue.submit(() => insertResponse(t.db, row('no_such_site_row', 999_999))), // a foreign key the database refuses
      queue.submit(() => insertResponse(t.db, row('after_the_bad_one', t.site.id))),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect([t.onDisk('before_the_bad_one'), t.onDisk('no_such_site_row'), t.onDisk('after_the_bad_one')]).toEqual([true, false, true]);
  });

  it('answers every request of a transaction that cannot commit 503 with Retry-After, and stores none of them', async () => {
    const t = collector();
    const other = new Database(t.db.name);
    other.exec('BEGIN IMMEDIATE'); // another process holds the write lock
    const answers = await Promise.all(['busy_one_1', 'busy_two_2', 'busy_three_3'].map((id) => t.collect(rating(t.site.key, { id }))));
    other.exec('ROLLBACK');
    other.close();
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(errorBodySchema.parse(await res.json()).error.code).toBe('unavailable');
    }
    expect(t.storedCount()).toBe(0);
  });

  it('stores a retried id once when both copies arrive in the same transaction', async () => {
    const t = collector();
    const body = rating(t.site.key, { id: 'sent_twice_together' });
    const answers = await Promise.all([t.collect(body), t.collect(body)]);
    expect(answers.map((r) => r.status)).toEqual([202, 202]);
    expect(t.storedCount()).toBe(1);
  });

  it('splits comments into theme terms after the commit, from the stored rows, not before the answer', async () => {
    const t = collector();
    const res = await t.collect(rating(t.site.key, { id: 'comment_terms_later', rating: 2, comment: 'Shipping cost surprised me' }));
    expect(res.status).toBe(202);
    expect(t.terms('comment_terms_later')).toEqual([]); // not on the acknowledgement's path
    groupCommit(t.db).drain(); // what runs shortly after every commit
    expect(t.terms('comment_terms_later')).toEqual(expect.arrayContaining(['shipping', 'shipping cost', 'surprised']));
    const found = await t.app.request(`/api/sites/${t.site.key}/comments?${AROUND_NOW}&theme=${encodeURIComponent('shipping cost')}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(commentsPageSchema.parse(await found.json()).comments.map((comment) => comment.id)).toEqual(['comment_terms_later']);
  });

  it('runs the consumers on its own shortly after a commit', async () => {
    const t = collector();
    expect((await t.collect(rating(t.site.key, { id: 'drained_by_timer', comment: 'Checkout button hidden' }))).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.terms('drained_by_timer')).toContain('checkout button');
  });
});
