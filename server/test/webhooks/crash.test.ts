import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnTs, waitForOutput } from '../childProcess.ts';
import { tempDirs } from '../tempDirs.ts';
import { startReceiver } from './receiver.ts';

// The collector as it runs in production, in a child process, killed with
// SIGKILL twice: once while 1,000 deliveries wait behind a receiver answering
// 500, once in the middle of delivering them.

const TOKEN = 'crash-test-token';
const EVENTS = 1000;
const dataDir = tempDirs('touchpoint-webhook-crash-');
const children = new Set<ChildProcess>();
afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});

async function startChild(dir: string) {
  const child = spawnTs('server/src/main.ts', [], {
    PORT: '0',
    HOST: '127.0.0.1',
    TOUCHPOINT_DATA_DIR: dir,
    TOUCHPOINT_ADMIN_TOKEN: TOKEN,
    TOUCHPOINT_ALLOW_PRIVATE_WEBHOOKS: '1',
  });
  children.add(child);
  const [, url] = await waitForOutput(child, /dashboard: (http:\/\/\S+)/);
  return { child, url: url! };
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const api = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function until(condition: () => boolean, what: string, timeoutMs: number) {
  const end = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function pendingDeliveries(dir: string): number {
  const db = new Database(join(dir, 'touchpoint.db'), { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'`).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('webhook delivery across crashes', () => {
  it('delivers every event at least once, never under two ids, after SIGKILLs while 1,000 are pending and mid-delivery', { timeout: 90_000 }, async () => {
    const dir = dataDir();
    let secret: string | undefined;
    // The child runs on the wall clock (the suite's is pinned): the receiver checks timestamps against it.
    const receiver = await startReceiver({ secret: () => secret, clock: () => performance.timeOrigin + performance.now() });
    let failing = true;
    receiver.answer(() => (failing ? { status: 500, body: 'down' } : { status: 200 }));

    let collector = await startChild(dir);
    const site = (await (await api(collector.url, '/api/sites', { name: 'Shop', origins: ['https://shop.example'] })).json()) as { key: string };
    const hook = await (await api(collector.url, `/api/sites/${site.key}/webhooks`, { url: receiver.url, events: ['feedback.created'] })).json();
    secret = (hook as { secret: string }).secret;
    const createdAt = new Date(Date.now() - 60_000).toISOString();
    const responses = Array.from({ length: EVENTS }, (_, i) => ({ type: 'page_rating', id: `crash_${String(i).padStart(4, "0")}`, rating: 1 + (i % 5), path: `/p/${i}`, createdAt }));
    const imported = await api(collector.url, `/api/sites/${site.key}/import`, { responses });
    expect(imported.status, await imported.clone().text()).toBe(201);

    // The first delivery fails and waits 5 s for its retry, the other 999 behind it.
    await until(() => receiver.received.length >= 1 && pendingDeliveries(dir) === EVENTS, '1,000 pending deliveries', 15_000);
    await kill(collector.child);
    failing = false;

    // Back up: the retry is due 5 s after the first attempt; kill it again mid-stream.
    collector = await startChild(dir);
    await until(() => receiver.received.length >= 300, '300 deliveries', 30_000);
    await kill(collector.child);

    collector = await startChild(dir);
    const ids = () => new Set(receiver.received.filter((r) => r.verified).map((r) => r.id));
    await until(() => pendingDeliveries(dir) === 0 && ids().size === EVENTS, 'every event delivered', 30_000).catch((err) => {
      throw new Error(`${err.message}: ${receiver.received.length} received, ${ids().size} ids, ${pendingDeliveries(dir)} pending`);
    });

    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const idsByResponse = new Map<string, Set<string>>();
    for (const r of receiver.received) {
      const payload = JSON.parse(r.body) as { id: string; data: { id: string } };
      expect(payload.id).toBe(r.id);
      idsByResponse.set(payload.data.id, (idsByResponse.get(payload.data.id) ?? new Set()).add(r.id));
    }
    expect(idsByResponse.size).toBe(EVENTS);
    expect([...idsByResponse.values()].every((set) => set.size === 1)).toBe(true);
    // In order: the first time each event arrived follows the order it was stored in.
    const firstSeen = [...new Map(receiver.received.map((r) => [JSON.parse(r.body).data.id as string, true])).keys()];
    expect(firstSeen).toEqual(responses.map((r) => r.id));
    await kill(collector.child);
  });
});
