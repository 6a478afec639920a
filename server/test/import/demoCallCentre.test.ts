import { describe, expect, it } from 'vitest';
import { CALL_CENTRE_MAPPING, callCentreCsv } from '../../../demo/callCentreCsv.ts';
import { generateSeedResponses } from '../../../demo/seedResponses.ts';
import { TEST_NOW } from '../../../tests/clock/testInstants.ts';
import { importApp } from './importFixture.ts';

const mean = (db: ReturnType<typeof importApp>['db'], channel: string, path: string) =>
  (db.prepare(`SELECT AVG(rating) AS mean, COUNT(*) AS n FROM responses WHERE type = 'page_rating' AND channel = ? AND path = ?`).get(channel, path) as {
    mean: number;
    n: number;
  });

describe('the demo call centre’s export (demo/call-centre.csv)', () => {
  it('imports whole with the demo mapping, and its callers about payment are clearly less satisfied than the web’s', async () => {
    const { importText, admin, base, db } = importApp();
    // The demo seed's web ratings of the same 30 days, as the demo site has them.
    const web = generateSeedResponses({ now: TEST_NOW, days: 30, idPrefix: 'web' });
    for (let i = 0; i < web.length; i += 5000) {
      const res = await admin(`${base}/import`, { method: 'POST', body: JSON.stringify({ responses: web.slice(i, i + 5000) }) });
      expect(res.status).toBe(201);
    }

    const csv = callCentreCsv({ now: TEST_NOW });
    const lines = csv.trimEnd().split('\r\n').length - 1;
    expect(lines).toBeGreaterThan(300);
    const job = await importText(csv, CALL_CENTRE_MAPPING, 'all-or-nothing');
    expect(job).toMatchObject({ status: 'done', rowsRead: lines, inserted: lines, errorCount: 0 });

    const phonePayment = mean(db, 'phone', '/checkout/payment');
    const webPayment = mean(db, 'web', '/checkout/payment');
    expect(phonePayment.n).toBeGreaterThan(100);
    expect(webPayment.mean - phonePayment.mean).toBeGreaterThan(0.7);
    // Elsewhere the phone does about as well as the web: the payment touchpoint stands out.
    for (const path of ['/checkout/shipping', '/checkout/thank-you']) {
      expect(mean(db, 'web', path).mean - mean(db, 'phone', path).mean).toBeLessThan(0.5);
    }
  });
});
