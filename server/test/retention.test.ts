import { describe, expect, it } from 'vitest';
import { deletedSchema } from '../../shared/schemas/deletion.ts';
import type { Db } from '../src/db/openDatabase.ts';
import { createSite } from '../src/db/queries/sites/createSite.ts';
import { insertJourneyEvent } from '../src/db/queries/journeys/insertJourneyEvent.ts';
import { insertResponse } from '../src/db/queries/responses/insertResponse.ts';
import { applyRetention, startRetentionJob } from '../src/jobs/retention.ts';
import { SHOP_ORIGIN, testApp } from './testApp.ts';
import { TEST_NOW } from '../../tests/clock/testInstants.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);

let seq = 0;
function storeResponse(db: Db, siteId: number, daysAgo: number, id = `resp_${(seq++).toString().padStart(8, '0')}`) {
  const at = NOW - daysAgo * DAY;
  insertResponse(db, { id, siteId, type: 'page_rating', rating: 3, path: '/', channel: 'web', createdAt: at, receivedAt: at });
  return id;
}

function storeJourneyEvent(db: Db, siteId: number, daysAgo: number) {
  const at = NOW - daysAgo * DAY;
  insertJourneyEvent(db, {
    id: `evt_${(seq++).toString().padStart(8, '0')}`,
    siteId,
    visitId: 'visit_0000001',
    journey: 'checkout',
    step: 'cart',
    event: 'reached',
    path: '/cart',
    createdAt: at,
    receivedAt: at,
  });
}

const idsOf = (db: Db, siteId: number) => db.prepare('SELECT id FROM responses WHERE site_id = ? ORDER BY id').pluck().all(siteId);
const eventsOf = (db: Db, siteId: number) => db.prepare('SELECT count(*) FROM journey_events WHERE site_id = ?').pluck().get(siteId);

describe('retention', () => {
  it('deletes responses and journey events older than 395 days by default', async () => {
    const { db, site } = testApp();
    const kept = [storeResponse(db, site.id, 394), storeResponse(db, site.id, 0)];
    storeResponse(db, site.id, 396);
    storeResponse(db, site.id, 1000);
    storeJourneyEvent(db, site.id, 400);
    storeJourneyEvent(db, site.id, 10);
    expect(await applyRetention(db, NOW)).toBe(3);
    expect(idsOf(db, site.id)).toEqual(kept);
    expect(eventsOf(db, site.id)).toBe(1);
  });

  it('follows each site’s own retention, set with PATCH', async () => {
    const { db, site, admin } = testApp();
    const other = createSite(db, { name: 'Other', origins: [SHOP_ORIGIN] }, TEST_NOW);
    await admin(`/api/sites/${site.key}`, { method: 'PATCH', body: JSON.stringify({ retentionDays: 30 }) });
    const recent = storeResponse(db, site.id, 29);
    storeResponse(db, site.id, 31);
    const otherOld = storeResponse(db, other.id, 31);
    await applyRetention(db, NOW);
    expect(idsOf(db, site.id)).toEqual([recent]);
    expect(idsOf(db, other.id)).toEqual([otherOld]);
  });

  // 5 000 rows stored one statement each: a round trip each on PostgreSQL (30 s seen at load 7).
  it('deletes in batches, however many rows are due', { timeout: 90_000 }, async () => {
    const { db, site } = testApp();
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) storeResponse(db, site.id, 500);
    })();
    storeResponse(db, site.id, 1);
    expect(await applyRetention(db, NOW)).toBe(5000);
    expect(idsOf(db, site.id)).toHaveLength(1);
  });

  it('runs once when the job starts', async () => {
    const { db, site } = testApp();
    storeResponse(db, site.id, 400);
    const job = startRetentionJob(db, () => NOW, 3_600_000);
    await job.stop();
    expect(idsOf(db, site.id)).toEqual([]);
  });
});

describe('DELETE /api/sites/:siteKey/responses', () => {
  it('deletes one response by id, and only the site’s own', async () => {
    const { db, site, admin } = testApp();
    const other = createSite(db, { name: 'Other', origins: [SHOP_ORIGIN] }, TEST_NOW);
    const [gone, stays] = [storeResponse(db, site.id, 1), storeResponse(db, site.id, 1)];
    const foreign = storeResponse(db, other.id, 1);
    const res = await admin(`/api/sites/${site.key}/responses/${gone}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(deletedSchema.parse(await res.json())).toEqual({ deleted: 1 });
    expect(idsOf(db, site.id)).toEqual([stays]);
    expect((await admin(`/api/sites/${site.key}/responses/${gone}`, { method: 'DELETE' })).status).toBe(404);
    expect((await admin(`/api/sites/${site.key}/responses/${foreign}`, { method: 'DELETE' })).status).toBe(404);
    expect(idsOf(db, other.id)).toEqual([foreign]);
  });

  it('deletes everything visitors sent to a site only with ?confirm=SITE_KEY', async () => {
    const { db, site, admin } = testApp();
    const other = createSite(db, { name: 'Other', origins: [SHOP_ORIGIN] }, TEST_NOW);
    for (let i = 0; i < 3; i++) storeResponse(db, site.id, i);
    storeJourneyEvent(db, site.id, 1);
    const foreign = storeResponse(db, other.id, 1);

    const unconfirmed = await admin(`/api/sites/${site.key}/responses`, { method: 'DELETE' });
    expect(unconfirmed.status).toBe(400);
    expect((await unconfirmed.json()).error.issues[0].path).toBe('confirm');
    expect((await admin(`/api/sites/${site.key}/responses?confirm=${other.key}`, { method: 'DELETE' })).status).toBe(400);
    expect(idsOf(db, site.id)).toHaveLength(3);

    const res = await admin(`/api/sites/${site.key}/responses?confirm=${site.key}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: 4 });
    expect(idsOf(db, site.id)).toEqual([]);
    expect(eventsOf(db, site.id)).toBe(0);
    expect(idsOf(db, other.id)).toEqual([foreign]);
    expect((await admin(`/api/sites/${site.key}/summary`)).status).toBe(200); // the site itself stays
  });

  it('needs the admin token', async () => {
    const { app, site } = testApp();
    expect((await app.request(`/api/sites/${site.key}/responses?confirm=${site.key}`, { method: 'DELETE' })).status).toBe(401);
  });
});
