import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import type { Db } from '../../src/db/openDatabase.ts';
import type { PostgresDb } from '../../src/db/postgres/PostgresDb.ts';
import { failInterruptedImports, importLock } from '../../src/db/queries/imports/failInterruptedImports.ts';
import { findImport, insertImport, setImportStatus } from '../../src/db/queries/imports/importRecords.ts';
import { insertMail } from '../../src/db/queries/mail/insertMail.ts';
import { aloneOrSkip } from '../../src/db/shared/aloneOrSkip.ts';
import { write } from '../../src/db/write.ts';
import { applyRetention } from '../../src/jobs/retention.ts';
import type { MailOutcome, MailTransport, OutgoingMail } from '../../src/mail/mailTransport.ts';
import { startMailRelay } from '../../src/mail/mailRelay.ts';
import { visitorHash } from '../../src/privacy/visitorHash.ts';
import { addTestUser, dashboardWrite, sessionAs, signIn } from '../accounts.ts';
import { rating, SHOP_ORIGIN, testApp, TOKEN } from '../testApp.ts';
import { anotherConnection } from './testPostgresDb.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';

// Two collectors on one PostgreSQL, in one process: two apps, each on its own
// connection to the same database, as two processes would be (postgres project
// only: SQLite's state is one process's by design). manyCollectors.test.ts runs real processes.
const DAY = 86_400_000;

/** A first collector (testApp, with its site) and a second one on another connection to its database. */
function twoCollectors(limits: { perAddressPerMinute: number; perSitePerMinute: number }) {
  const config = { adminToken: TOKEN, widgetDir: '/nonexistent', dashboardDir: '/nonexistent', secureCookies: false, now: () => TEST_NOW, limits };
  const first = testApp(config);
  const secondDb = anotherConnection(first.db as unknown as PostgresDb);
  const second = { app: createApp({ db: secondDb, config }), db: secondDb };
  const collect = (app: typeof second.app, body: unknown) =>
    app.request('/v1/responses', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'text/plain', origin: SHOP_ORIGIN } });
  return { first, second, secondDb, collect };
}

describe('two collectors on one PostgreSQL', () => {
  it('share a site’s rate limit: the second refuses once the first has spent the budget', async () => {
    const { first, second, collect } = twoCollectors({ perAddressPerMinute: 1000, perSitePerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await collect(first.app, rating(first.site.key))).status);
    const refused = await collect(second.app, rating(first.site.key));
    expect(statuses).toEqual([202, 202, 202]);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBe(20);
  });

  it('share an address’s rate limit, taken before the body is read', async () => {
    const { first, second, collect } = twoCollectors({ perAddressPerMinute: 2, perSitePerMinute: 1000 });
    expect((await collect(second.app, rating(first.site.key))).status).toBe(202);
    expect((await collect(first.app, rating(first.site.key))).status).toBe(202);
    expect((await collect(second.app, 'not even JSON')).status).toBe(429);
    expect((await collect(first.app, rating(first.site.key))).status).toBe(429);
  });

  it('hash a visitor alike on the same day, and drop the day’s salt after it', () => {
    const { first, secondDb } = twoCollectors({ perAddressPerMinute: 60, perSitePerMinute: 600 });
    const hash = (db: Db, now: number) => visitorHash(db, first.site.key, '203.0.113.7', 'Firefox', now);
    expect(hash(secondDb, TEST_NOW)).toBe(hash(first.db, TEST_NOW));
    const tomorrow = TEST_NOW + DAY;
    expect(hash(first.db, tomorrow)).toBe(hash(secondDb, tomorrow));
    expect(hash(first.db, tomorrow)).not.toBe(hash(first.db, TEST_NOW));
  });

  it('keep only today’s salt once the retention job has run', async () => {
    const { first, secondDb } = twoCollectors({ perAddressPerMinute: 60, perSitePerMinute: 600 });
    visitorHash(first.db, first.site.key, '203.0.113.7', undefined, TEST_NOW);
    visitorHash(secondDb, first.site.key, '203.0.113.7', undefined, TEST_NOW + DAY);
    await applyRetention(secondDb, TEST_NOW + DAY);
    const days = first.db.prepare('SELECT day FROM visitor_salts').pluck().all();
    expect(days).toEqual([new Date(TEST_NOW + DAY).toISOString().slice(0, 10)]);
  });

  it('accept a session made on the other, with its CSRF token', async () => {
    const { first, second } = twoCollectors({ perAddressPerMinute: 60, perSitePerMinute: 600 });
    await addTestUser(first.db, 'owner@shop.example', 'admin');
    const session = await sessionAs(first.app, 'owner@shop.example');
    const made = await second.app.request('/api/sites', { method: 'POST', headers: dashboardWrite(session), body: JSON.stringify({ name: 'Second shop', origins: ['https://second.example'] }) });
    expect(made.status).toBe(201);
    const forged = await second.app.request('/api/sites', { method: 'POST', headers: { ...dashboardWrite(session), 'x-csrf-token': 'forged' }, body: JSON.stringify({ name: 'Third', origins: ['https://third.example'] }) });
    expect(forged.status).toBe(403);
  });

  it('make a guesser who failed on one wait on the other too', async () => {
    const { first, second } = twoCollectors({ perAddressPerMinute: 60, perSitePerMinute: 600 });
    await addTestUser(first.db, 'owner@shop.example', 'admin');
    const guess = { email: 'owner@shop.example', password: 'a wrong guess' };
    expect((await signIn(first.app, guess)).status).toBe(401);
    const refused = await signIn(second.app, guess);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
  });

  it('run a job’s turn one at a time: the other skips while one holds it, and may run after', async () => {
    const { first, secondDb } = twoCollectors({ perAddressPerMinute: 60, perSitePerMinute: 600 });
    let release!: () => void;
    const held = aloneOrSkip(first.db, 'retention', () => new Promise<string>((resolve) => (release = () => resolve('first'))));
    expect(aloneOrSkip(secondDb, 'retention', () => 'second')).toBeUndefined();
    expect(aloneOrSkip(secondDb, 'alerts', () => 'another job')).toBe('another job');
    release();
    expect(await held).toBe('first');
    expect(aloneOrSkip(secondDb, 'retention', () => 'second')).toBe('second');
  });

  it('leave an import the other is running when one starts, and fail it once its collector is gone', async () => {
    const { first, secondDb } = twoCollectors({ perAddressPerMinute: 60, perSitePerMinute: 600 });
    const id = 'imp_running_elsewhere';
    insertImport(first.db, { id, siteId: first.site.id, fileName: 'calls.csv', filePath: '/nonexistent', format: 'csv', size: 10, columns: ['rating'], createdAt: TEST_NOW });
    setImportStatus(first.db, id, 'storing');
    let finish!: () => void;
    const running = aloneOrSkip(first.db, importLock(id), () => new Promise<void>((resolve) => (finish = resolve)));
    expect(failInterruptedImports(secondDb, TEST_NOW)).toBe(0);
    expect(findImport(secondDb, first.site.id, id)?.status).toBe('storing');
    finish();
    await running;
    expect(failInterruptedImports(secondDb, TEST_NOW)).toBe(1);
    expect(findImport(secondDb, first.site.id, id)?.status).toBe('failed');
  });

  it('send a due mail once when both mail relays look at the outbox at once', async () => {
    const { first, secondDb } = twoCollectors({ perAddressPerMinute: 60, perSitePerMinute: 600 });
    write(first.db, () =>
      insertMail(first.db, { siteId: null, caseId: null, responseId: null, kind: 'test', to: 'a@shop.example', from: 'tp@shop.example', subject: 'Hi', text: 'Hello', headers: {}, lang: null, at: TEST_NOW }),
    );
    const sent: OutgoingMail[] = [];
    let letGo!: () => void;
    const slow = new Promise<void>((resolve) => (letGo = resolve));
    const transport: MailTransport = {
      send: async (mail): Promise<MailOutcome> => {
        sent.push(mail);
        await slow; // both relays have looked before either marks it sent
        return { status: 'written', file: null };
      },
      close: () => {},
    };
    const relays = [startMailRelay(first.db, transport, () => TEST_NOW), startMailRelay(secondDb, transport, () => TEST_NOW)];
    letGo();
    await Promise.all(relays.map((relay) => relay.idle()));
    await Promise.all(relays.map((relay) => relay.stop()));
    expect(sent.map((mail) => mail.to)).toEqual(['a@shop.example']);
  });
});
