import type { ChildProcess } from 'node:child_process';
import { expect } from 'vitest';

// What the tests of a real collector process (childProcess.ts) send it over HTTP:
// a site from the admin API, ratings as the widget posts them, and a burst cut by a kill.

const SHOP = 'https://shop.example';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A site for the shop's origin, through the admin API; its key. */
export async function createSiteOverHttp(url: string, token: string): Promise<string> {
  const res = await fetch(`${url}/api/sites`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Shop', origins: [SHOP] }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { key: string }).key;
}

/** One response as the widget sends it from the shop: text/plain, a real browser's user agent. */
export const postResponse = (url: string, body: unknown, userAgent = BROWSER) =>
  fetch(`${url}/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', origin: SHOP, 'user-agent': userAgent },
    body: JSON.stringify(body),
  });

/**
 * `senders` clients post ratings (each `rating(id)`) until `killAfter` were
 * acknowledged, then the child is killed with SIGKILL while the others wait for
 * their answers. Resolves with the ids acknowledged and how many requests were
 * in flight at the kill.
 */
export async function burstUntilKilled(
  child: ChildProcess,
  url: string,
  { senders, killAfter, prefix, rating }: { senders: number; killAfter: number; prefix: string; rating: (id: string) => unknown },
): Promise<{ acknowledged: string[]; inFlightAtKill: number }> {
  const acknowledged: string[] = [];
  let sent = 0;
  let inFlight = 0;
  let inFlightAtKill = 0;
  let killed = false;
  const sender = async () => {
    while (!killed) {
      const id = `${prefix}${(sent++).toString().padStart(5, '0')}`;
      inFlight++;
      try {
        if ((await postResponse(url, rating(id))).status === 202) acknowledged.push(id);
      } catch {
        // cut off by the kill: never acknowledged, so it may or may not be stored
      } finally {
        inFlight--;
      }
      if (!killed && acknowledged.length >= killAfter) {
        killed = true;
        inFlightAtKill = inFlight;
        child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: senders }, sender));
  return { acknowledged, inFlightAtKill };
}
