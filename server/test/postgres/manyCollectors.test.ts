import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { PostgresDb } from '../../src/db/postgres/PostgresDb.ts';
import { finished, startCollectorChild } from '../childProcess.ts';
import { tempDirs } from '../tempDirs.ts';
import { rating } from '../testApp.ts';

// Two real collector processes (`node --import tsx server/src/main.ts`), each on
// its own port and data directory, against one fresh database of the throwaway
// cluster: they must behave as one collector would (ARCHITECTURE.md, "Many collectors").

const TOKEN = 'many-collectors-token';
const ORIGIN = 'https://shop.example';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const tempDir = tempDirs('touchpoint-many-collectors-');

const children: ChildProcess[] = [];
const admin = new PostgresDb(inject('postgresUrl'));
let made = 0;
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => admin.close());

/** Two collectors on one new, empty database (the first to start migrates it); `env` adds to both. */
async function twoCollectors(env: Record<string, string> = {}) {
  const name = `many_${process.pid}_${++made}`;
  admin.exec(`CREATE DATABASE ${name}`);
  const database = inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
  const start = async () => {
    const started = await startCollectorChild(tempDir(), TOKEN, { TOUCHPOINT_DATABASE_URL: database, ...env });
    children.push(started.child);
    return started;
  };
  const first = await start();
  const second = await start();
  return { database, first, second };
}

async function createSite(url: string): Promise<string> {
  const res = await fetch(`${url}/api/sites`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Shop', origins: [ORIGIN] }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { key: string }).key;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', origin: ORIGIN, 'user-agent': BROWSER, ...headers },
    body: JSON.stringify(body),
  });

function storedIds(url: string): string[] {
  const db = new PostgresDb(url);
  try {
    return db.prepare('SELECT id FROM responses ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('two collectors on one PostgreSQL', () => {
  it('store every acknowledged rating once when one is killed with SIGKILL in a burst sent to both', { timeout: 120_000 }, async () => {
    const { database, first, second } = await twoCollectors();
    const siteKey = await createSite(first.url);

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
    const siteKey = await createSite(first.url);
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
