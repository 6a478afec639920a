import { describe, expect, it } from 'vitest';
import { finished, startCollectorChild } from '../childProcess.ts';
import { tempDirs } from '../tempDirs.ts';
import { rating } from '../testApp.ts';
import { collectorChildren, createSite, emptyDatabase, postResponse as post, storedIds } from './collectorRequests.ts';

// Two real collector processes (`node --import tsx server/src/main.ts`), each on
// its own port and data directory, against one fresh database of the throwaway
// cluster: they must behave as one collector would (ARCHITECTURE.md, "Many collectors").

const TOKEN = 'many-collectors-token';
const tempDir = tempDirs('touchpoint-many-collectors-');

const { children, admin } = collectorChildren();

/** Two collectors on one new, empty database (the first to start migrates it); `env` adds to both. */
async function twoCollectors(env: Record<string, string> = {}) {
  const { url: database } = emptyDatabase(admin, 'many');
  const start = async () => {
    const started = await startCollectorChild(tempDir(), TOKEN, { TOUCHPOINT_DATABASE_URL: database, ...env });
    children.push(started.child);
    return started;
  };
  const first = await start();
  const second = await start();
  return { database, first, second };
}

describe('two collectors on one PostgreSQL', () => {
  it('store every acknowledged rating once when one is killed with SIGKILL in a burst sent to both', { timeout: 120_000 }, async () => {
    const { database, first, second } = await twoCollectors();
    const siteKey = await createSite(first.url, TOKEN);

    const acknowledged: string[] = [];
    const unanswered: string[] = [];
    const BURST = 600;
    let sent = 0;
    let killed = false;
    let inFlightToFirst = 0;
    let inFlightToFirstAtKill = 0;
    // Each sender alternates between the two, as a load balancer would; after the kill only the second answers.
    const sender = async (n: number) => {
      for (let turn = n; sent < BURST; turn++) {
        const id = `many_${(sent++).toString().padStart(5, '0')}`;
        const toFirst = !killed && turn % 2 === 0;
        if (toFirst) inFlightToFirst++;
        try {
          const res = await post(toFirst ? first.url : second.url, rating(siteKey, { id, rating: 2, comment: `Parcel tracking broken ${id}` }));
          (res.status === 202 ? acknowledged : unanswered).push(id);
        } catch {
          unanswered.push(id); // cut off by the kill: never acknowledged, so it may or may not be stored
        } finally {
          if (toFirst) inFlightToFirst--;
        }
        if (!killed && acknowledged.length >= 200) {
          killed = true;
          inFlightToFirstAtKill = inFlightToFirst;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, n) => sender(n)));
    await finished(first.child, 5000);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(inFlightToFirstAtKill).toBeGreaterThan(0); // the first died with requests in flight
    expect(acknowledged.length).toBeGreaterThan(200); // the second went on answering

    const stored = storedIds(database);
    expect(acknowledged.filter((id) => !stored.includes(id))).toEqual([]);
    expect(stored.length).toBe(new Set(stored).size);

    // The widgets send again what they did not see acknowledged, and may resend what they did: each id is stored once.
    for (const id of [...unanswered, ...acknowledged.slice(0, 20)]) {
      expect((await post(second.url, rating(siteKey, { id, rating: 2 }))).status).toBe(202);
    }
    const after = storedIds(database);
    expect(after).toEqual([...new Set([...acknowledged, ...unanswered])].sort());
  });

  it('hold a site’s and an address’s rate limit across both', { timeout: 90_000 }, async () => {
    const { first, second } = await twoCollectors({
      TOUCHPOINT_TRUST_PROXY: '1',
      TOUCHPOINT_RATE_LIMIT_PER_ADDRESS: '4',
      TOUCHPOINT_RATE_LIMIT_PER_SITE: '6',
    });
    const siteKey = await createSite(first.url, TOKEN);
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const statuses = async (address: string, urls: string[]) => {
      const seen = [];
      for (const url of urls) seen.push((await post(url, rating(siteKey), from(address))).status);
      return seen;
    };
    // One address: four between the two, then refused by either.
    expect(await statuses('203.0.113.1', [first.url, second.url, first.url, second.url, first.url, second.url])).toEqual([202, 202, 202, 202, 429, 429]);
    // Another address has its own four, but the site has only two of its six left.
    expect(await statuses('203.0.113.2', [second.url, first.url, second.url, first.url])).toEqual([202, 202, 429, 429]);
  });
});
