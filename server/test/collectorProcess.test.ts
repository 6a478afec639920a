import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MigrationError } from '../src/db/MigrationError.ts';
import { migrate } from '../src/db/migrate.ts';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import { finished, spawnTs, startCollectorChild } from './childProcess.ts';
import { createSiteOverHttp, postResponse } from './collectorClient.ts';
import { rawConnection, rawKeepAlive } from './rawHttp.ts';
import { rating } from './testApp.ts';

// The collector as it runs in production, `node --import tsx server/src/main.ts`,
// in a child process on loopback with its own data directory.

const TOKEN = 'process-test-token';
const ORIGIN = 'https://shop.example';
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';

const children = new Set<ChildProcess>();
const dirs: string[] = [];
afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'touchpoint-process-'));
  dirs.push(dir);
  return dir;
}

async function startChild(dir: string) {
  const started = await startCollectorChild(dir, TOKEN);
  children.add(started.child);
  return started;
}

const createSite = (url: string) => createSiteOverHttp(url, TOKEN);
const post = (url: string, body: unknown) => postResponse(url, body, BROWSER);

function openReadOnly(dir: string) {
  return new Database(join(dir, 'touchpoint.db'), { readonly: true });
}

describe('the collector process', () => {
  it('loses nothing it acknowledged when killed with SIGKILL mid-stream', { timeout: 30_000 }, async () => {
    const dir = dataDir();
    const first = await startChild(dir);
    const siteKey = await createSite(first.url);

    const acknowledged: string[] = [];
    let next = 0;
    let killedAt = -1;
    const worker = async () => {
      while (next < 400) {
        const body = rating(siteKey, { id: `crash_${(next++).toString().padStart(5, '0')}`, comment: 'during the crash' });
        try {
          const res = await post(first.url, body);
          if (res.status === 202) acknowledged.push(body.id);
        } catch {
          // refused or cut off by the kill: never acknowledged, so may or may not be stored
        }
        if (killedAt < 0 && acknowledged.length >= 150) {
          killedAt = next;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    await finished(first.child, 5000);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    expect(acknowledged.length).toBeLessThan(400);

    // Restart on the same data: it opens cleanly, and every acknowledged id is there.
    const second = await startChild(dir);
    const db = openReadOnly(dir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(db.prepare('SELECT id FROM responses').pluck().all() as string[]);
    db.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // And it takes new responses.
    expect((await post(second.url, rating(siteKey, { id: 'after_restart_1' }))).status).toBe(202);
  });

  it('on SIGTERM stops accepting, finishes the request in flight, then exits cleanly', { timeout: 20_000 }, async () => {
    const dir = dataDir();
    const { child, url } = await startChild(dir);
    const siteKey = await createSite(url);
    const json = JSON.stringify(rating(siteKey, { id: 'in_flight_at_sigterm' }));
    const half = Math.floor(json.length / 2);
    const chunk = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`;
    const { host } = new URL(url);
    const inFlight = rawConnection(url, 8000);
    inFlight.write(
      `POST /v1/responses HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${ORIGIN}\r\nUser-Agent: ${BROWSER}\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    inFlight.write(chunk(json.slice(0, half)));
    // Half the body is there: the collector is inside the request.
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${url}/v1/sites/${siteKey}/config`)).rejects.toThrow(); // no longer accepting
    expect(child.exitCode).toBeNull(); // but still waiting for the request in flight

    inFlight.write(chunk(json.slice(half)) + '0\r\n\r\n');
    const res = await inFlight.response;
    expect(res.status).toBe(202);
    const exit = await finished(child, 8000);
    expect(exit.code).toBe(0);
    const db = openReadOnly(dir);
    expect(db.prepare('SELECT count(*) FROM responses WHERE id = ?').pluck().get('in_flight_at_sigterm')).toBe(1);
    db.close();
  });

  it('on SIGTERM finishes what keep-alive connections sent, closes the idle ones, and resets nothing', { timeout: 20_000 }, async () => {
    const dir = dataDir();
    const { child, url } = await startChild(dir);
    const siteKey = await createSite(url);
    const { host, hostname, port } = new URL(url);
    const body = (id: string) => JSON.stringify(rating(siteKey, { id }));
    const headers = (length?: number) =>
      `POST /v1/responses HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${ORIGIN}\r\nUser-Agent: ${BROWSER}\r\nContent-Type: text/plain\r\n` +
      (length === undefined ? 'Transfer-Encoding: chunked\r\n\r\n' : `Content-Length: ${length}\r\n\r\n`);

    // An idle keep-alive connection: it answered once and waits for more.
    const idle = rawKeepAlive(url);
    idle.write(headers(Buffer.byteLength(body('ka_idle_first'))) + body('ka_idle_first'));
    expect((await idle.next())?.status).toBe(202);

    // A keep-alive connection whose second request has begun: its request line and half the headers are there.
    const second = rawKeepAlive(url);
    second.write(headers(Buffer.byteLength(body('ka_second_first'))) + body('ka_second_first'));
    expect((await second.next())?.status).toBe(202);
    const next = headers(Buffer.byteLength(body('ka_second_next'))) + body('ka_second_next');
    second.write(next.slice(0, 60));

    // A client with one keep-alive socket: one request in flight (half its body sent), two queued behind it.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (id: string) => {
      const req = request({ host: hostname, port, method: 'POST', path: '/v1/responses', agent, headers: { 'content-type': 'text/plain', origin: ORIGIN, 'user-agent': BROWSER } });
      const answer = new Promise<number | string>((resolve) => {
        req.on('response', (res) => res.resume().on('end', () => resolve(res.statusCode!)));
        req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
      });
      return { req, answer };
    };
    const inFlight = send('ka_in_flight');
    inFlight.req.write(body('ka_in_flight').slice(0, 20));
    const queued = ['ka_queued_1', 'ka_queued_2'].map((id) => {
      const { req, answer } = send(id);
      req.end(body(id));
      return answer;
    });
    await new Promise((r) => setTimeout(r, 300));

    child.kill('SIGTERM');
    await idle.closed; // closed by the collector, not left to hold the shutdown
    expect(await idle.next()).toBeNull();
    second.write(next.slice(60));
    const secondAnswer = await second.next();
    expect(secondAnswer?.status).toBe(202);
    expect(secondAnswer?.headers.connection).toBe('close');
    inFlight.req.end(body('ka_in_flight').slice(20));

    expect(await inFlight.answer).toBe(202);
    // Those never reached the collector: refused, never reset, so a client knows to send them again.
    expect(await Promise.all(queued)).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
    agent.destroy();
    const exit = await finished(child, 8000);
    expect(exit.code).toBe(0);
    const db = openReadOnly(dir);
    expect(db.prepare("SELECT id FROM responses WHERE id LIKE 'ka_%' ORDER BY id").pluck().all()).toEqual([
      'ka_idle_first',
      'ka_in_flight',
      'ka_second_first',
      'ka_second_next',
    ]);
    db.close();
  });

  it('refuses to start when a migration fails, naming it and leaving the database unchanged', { timeout: 20_000 }, async () => {
    const dir = dataDir();
    const db = new Database(join(dir, 'touchpoint.db'));
    migrate(db, MIGRATIONS.filter((m) => m.version < 3));
    db.exec('ALTER TABLE responses ADD COLUMN visitor_hash TEXT'); // migration 3 will collide with this
    db.close();

    const child = spawnTs('server/src/main.ts', [], { PORT: '0', HOST: '127.0.0.1', TOUCHPOINT_DATA_DIR: dir, TOUCHPOINT_ADMIN_TOKEN: TOKEN });
    children.add(child);
    const run = await finished(child);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Touchpoint did not start: Migration 3 \(privacy[^)]*\) failed: duplicate column name: visitor_hash\. The database was left unchanged\./);

    const after = openReadOnly(dir);
    expect(after.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(2);
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'salts'").pluck().get()).toBe(0);
    after.close();
  });

  it('names the failing migration in the error', () => {
    const db = new Database(':memory:');
    const broken = [{ version: 7, name: 'broken on purpose', sql: 'SELECT nonsense FROM nowhere' }];
    expect(() => migrate(db, broken)).toThrow(MigrationError);
    expect(() => migrate(db, broken)).toThrow(/^Migration 7 \(broken on purpose\) failed: no such table: nowhere/);
  });
});
