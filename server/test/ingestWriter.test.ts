import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../src/config.ts';
import { BUSY_TIMEOUT_MS, openDatabase } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { startCollector, type RunningCollector } from '../src/startCollector.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';
import { tempDirs } from './tempDirs.ts';
import { rating, SHOP_ORIGIN } from './testApp.ts';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const tempDir = tempDirs('touchpoint-ingest-writer-');

// The collector as it runs (startCollector): ingest commits on the writer
// thread's own connection, so an fsync never holds the event loop (issue 15).
describe('the ingest writer thread', () => {
  let collector: RunningCollector | undefined;
  afterEach(async () => {
    await collector?.close();
    collector = undefined;
  });

  async function start(now?: () => number) {
    const dataDir = tempDir();
    collector = await startCollector({ ...settingsFromEnv({}), host: '127.0.0.1', port: 0, dataDir, adminTokenFromEnv: 'writer', now });
    const site = createSite(collector.db, { name: 'Shop', origins: [SHOP_ORIGIN] }, TEST_NOW);
    const post = (body: unknown) =>
      fetch(`${collector!.url}/v1/responses`, {
        method: 'POST',
        // A browser's: Node's own would be taken for a bot, answered 202 and not stored.
        headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN, 'user-agent': BROWSER },
        body: JSON.stringify(body),
      });
    return { c: collector, dataDir, site, post };
  }

  it('stores every acknowledged rating through its own connection, not the main thread’s, and indexes the comments there', { timeout: 20_000 }, async () => {
    const { c, site, post } = await start();
    const changesOnMain = () => c.db.prepare('SELECT total_changes()').pluck().get() as number;
    const before = changesOnMain();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => post(rating(site.key, { id: `writer_${i}`, comment: i % 4 === 0 ? 'Shipping cost surprised me' : undefined }))),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
    // Acknowledged means committed: another connection sees every row at once.
    expect(c.db.prepare("SELECT count(*) FROM responses WHERE id LIKE 'writer_%'").pluck().get()).toBe(40);
    expect(changesOnMain()).toBe(before);
    // The writer's consumers split the comments after its commits, on its connection too.
    await expect
      .poll(() => c.db.prepare("SELECT count(DISTINCT response_id) FROM comment_terms WHERE term = 'shipping'").pluck().get(), { timeout: 10_000 })
      .toBe(10);
    expect(changesOnMain()).toBe(before);
  });

  it('answers 503 with Retry-After, and stores nothing, while another connection holds the write lock', { timeout: 20_000 }, async () => {
    const { c, dataDir, site, post } = await start();
    const other = openDatabase(join(dataDir, 'touchpoint.db'));
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const res = await post(rating(site.key, { id: 'writer_busy' }));
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(c.db.prepare("SELECT count(*) FROM responses WHERE id = 'writer_busy'").pluck().get()).toBe(0);
    expect((await post(rating(site.key, { id: 'writer_busy' }))).status).toBe(202);
  });

  it('waits out a write lock held longer than the main thread would wait for it, and answers 202', { timeout: 20_000 }, async () => {
    const { dataDir, site, post } = await start();
    // The writer's thread is up (it loads its modules while the first group waits).
    expect((await post(rating(site.key, { id: 'writer_warm' }))).status).toBe(202);
    const other = openDatabase(join(dataDir, 'touchpoint.db'));
    other.prepare('BEGIN IMMEDIATE').run();
    // Released within the writer thread's wait (WRITER_BUSY_TIMEOUT_MS), long after the main thread's (BUSY_TIMEOUT_MS).
    const release = setTimeout(() => other.prepare('ROLLBACK').run(), BUSY_TIMEOUT_MS * 16);
    try {
      expect((await post(rating(site.key, { id: 'writer_waited' }))).status).toBe(202);
    } finally {
      clearTimeout(release);
      if (other.inTransaction) other.prepare('ROLLBACK').run();
      other.close();
    }
  });

  it('opens cases on the writer thread by the collector’s clock, never the wall clock', { timeout: 20_000 }, async () => {
    // A clock far from the wall's (and from the pinned Date of this thread): the writer's thread must take it from the groups.
    const CLOCK = Date.parse('2031-03-04T05:06:07Z');
    const started = performance.now();
    const { c, site, post } = await start(() => CLOCK + Math.round(performance.now() - started));
    const res = await post(rating(site.key, { id: 'writer_case', rating: 1, comment: 'Payment failed twice', visitId: 'visit_writer_case' }));
    expect(res.status).toBe(202);
    await expect.poll(() => c.db.prepare('SELECT count(*) FROM cases').pluck().get(), { timeout: 10_000 }).toBe(1);
    // The audit trail's "created" entry is stamped by the clock of the thread that opened the case.
    const opened = c.db.prepare("SELECT cases.created_at, case_events.created_at AS at FROM cases JOIN case_events ON case_events.case_id = cases.id AND case_events.field = 'created'").get() as { created_at: number; at: number };
    for (const at of [opened.created_at, opened.at]) {
      expect(at).toBeGreaterThanOrEqual(CLOCK);
      expect(at).toBeLessThan(CLOCK + 60_000);
    }
  });
});
