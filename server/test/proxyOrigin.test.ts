import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../src/app.ts';
import { settingsFromEnv } from '../src/config.ts';
import { sessionFrom, type TestSession } from './accounts.ts';
import { TOKEN, testApp } from './testApp.ts';

// Behind a TLS-terminating proxy the collector is asked for http://<upstream>;
// the browser, on https://feedback.example, sends that as its Origin.
const UPSTREAM = 'http://127.0.0.1:8787';
const PUBLIC = 'https://feedback.example';

function proxied(config: Partial<AppConfig>) {
  const { app } = testApp(config);
  const signIn = (origin: string, headers: Record<string, string> = {}) =>
    app.request(`${UPSTREAM}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, ...headers },
      body: JSON.stringify({ token: TOKEN }),
    });
  const addSite = (session: TestSession, origin: string, headers: Record<string, string> = {}) =>
    app.request(`${UPSTREAM}/api/sites`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json', origin, ...headers },
      body: JSON.stringify({ name: 'Shop', origins: ['https://shop.example'] }),
    });
  return { app, signIn, addSite };
}

const secureCookies = (res: Response) => res.headers.getSetCookie().map((line) => /;\s*Secure/i.test(line));

describe('the dashboard origin behind a TLS-terminating proxy', () => {
  it('with TOUCHPOINT_PUBLIC_URL, signs in and writes from the public origin, with Secure cookies', async () => {
    const { signIn, addSite } = proxied({ publicUrl: `${PUBLIC}/` });
    const res = await signIn(PUBLIC);
    expect(res.status).toBe(200);
    expect(secureCookies(res)).toEqual([true, true]);
    expect((await addSite(sessionFrom(res), PUBLIC)).status).toBe(201);
  });

  it('with TOUCHPOINT_PUBLIC_URL, refuses the upstream origin and forwarded headers naming another', async () => {
    const { signIn, addSite } = proxied({ publicUrl: PUBLIC, trustProxy: 1 });
    const session = sessionFrom(await signIn(PUBLIC));
    const forged = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' };
    expect((await signIn(UPSTREAM)).status).toBe(403);
    expect((await signIn('https://evil.example', forged)).status).toBe(403);
    const refused = await addSite(session, 'https://evil.example', forged);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe('forbidden');
  });

  it('with a trusted proxy, believes X-Forwarded-Proto and X-Forwarded-Host', async () => {
    const { signIn, addSite } = proxied({ trustProxy: 1 });
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'feedback.example' };
    const res = await signIn(PUBLIC, forwarded);
    expect(res.status).toBe(200);
    expect(secureCookies(res)).toEqual([true, true]);
    const session = sessionFrom(res);
    expect((await addSite(session, PUBLIC, forwarded)).status).toBe(201);
    // The host defaults to the request's when the proxy keeps Host and only says https.
    expect((await addSite(session, 'https://127.0.0.1:8787', { 'x-forwarded-proto': 'https' })).status).toBe(201);
    expect((await addSite(session, UPSTREAM, forwarded)).status).toBe(403);
  });

  it('with a trusted proxy, believes RFC 7239 Forwarded', async () => {
    const { signIn } = proxied({ trustProxy: 1 });
    const res = await signIn(PUBLIC, { forwarded: 'for=198.51.100.7;proto=https;host="feedback.example"' });
    expect(res.status).toBe(200);
    expect(secureCookies(res)).toEqual([true, true]);
  });

  it('takes the value the trusted proxy wrote, not one the client put in front of it', async () => {
    const { signIn } = proxied({ trustProxy: 1 });
    const appended = { 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'feedback.example, 127.0.0.1:8787' };
    expect((await signIn(PUBLIC, appended)).status).toBe(403);
    expect((await signIn(UPSTREAM, appended)).status).toBe(200);
    const twoProxies = proxied({ trustProxy: 2 });
    expect((await twoProxies.signIn(PUBLIC, appended)).status).toBe(200);
  });

  it('refuses to start with a public URL that is not an http(s) address', () => {
    expect(() => settingsFromEnv({ TOUCHPOINT_PUBLIC_URL: 'feedback.example' })).toThrow(/TOUCHPOINT_PUBLIC_URL must be/);
    expect(() => settingsFromEnv({ TOUCHPOINT_PUBLIC_URL: 'ftp://feedback.example' })).toThrow(/TOUCHPOINT_PUBLIC_URL must be/);
    expect(settingsFromEnv({ TOUCHPOINT_PUBLIC_URL: PUBLIC }).publicUrl).toBe(PUBLIC);
  });

  it('without a public URL or trusted proxies, ignores forged forwarded headers', async () => {
    const { signIn, addSite } = proxied({});
    const forged = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'feedback.example', forwarded: 'proto=https;host=feedback.example' };
    expect((await signIn(PUBLIC, forged)).status).toBe(403);
    const res = await signIn(UPSTREAM, forged);
    expect(res.status).toBe(200);
    expect(secureCookies(res)).toEqual([false, false]);
    const session = sessionFrom(res);
    expect((await addSite(session, PUBLIC, forged)).status).toBe(403);
    expect((await addSite(session, UPSTREAM, forged)).status).toBe(201);
  });
});
