import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, inject } from 'vitest';
import { PostgresDb } from '../../src/db/postgres/PostgresDb.ts';

// What the tests of real collector processes on PostgreSQL share: their children, and what they ask of them and of the database.

export const ORIGIN = 'https://shop.example';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

let made = 0;

/**
 * For a test file of collector processes: the children it starts (push them),
 * SIGKILLed after each test, and a connection to the cluster, closed after the file.
 */
export function collectorChildren(): { children: ChildProcess[]; admin: PostgresDb } {
  const children: ChildProcess[] = [];
  const admin = new PostgresDb(inject('postgresUrl'));
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  afterAll(() => admin.close());
  return { children, admin };
}

/** A new database with no schema on the throwaway cluster: the first collector started on it makes it. */
export function emptyDatabase(admin: PostgresDb, prefix: string): { url: string; name: string } {
  const name = `${prefix}_${process.pid}_${++made}`;
  admin.exec(`CREATE DATABASE ${name}`);
  return { url: inject('postgresUrl').replace(/\/postgres$/, `/${name}`), name };
}

/** A site allowing ORIGIN (the same shop) through the collector's API; its key. */
export { createSiteOverHttp as createSite } from '../collectorClient.ts';

/** A widget's post of one response, from a browser on ORIGIN. */
export function postResponse(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', origin: ORIGIN, 'user-agent': BROWSER, ...headers },
    body: JSON.stringify(body),
  });
}

/** The ids of the responses stored in the database at `url`, in order. */
export function storedIds(url: string): string[] {
  const db = new PostgresDb(url);
  try {
    return db.prepare('SELECT id FROM responses ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}
