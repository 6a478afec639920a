import { describe, expect, it } from 'vitest';
import { dashboardWrite, sessionFrom } from './accounts.ts';
import { TOKEN, testApp } from './testApp.ts';

const API_ROUTES: [string, string][] = [
  ['GET', '/api/sites'],
  ['POST', '/api/sites'],
  ['GET', '/api/sites/site_x/summary'],
  ['POST', '/api/sites/site_x/import'],
];

describe('admin authentication', () => {
  for (const [method, path] of API_ROUTES) {
    it(`${method} ${path} answers 401 without a token`, async () => {
      const { app } = testApp();
      const res = await app.request(path, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    });

    it(`${method} ${path} answers 401 with a wrong token`, async () => {
      const { app } = testApp();
      const res = await app.request(path, {
        method,
        headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
        body: method === 'POST' ? '{}' : undefined,
      });
      expect(res.status).toBe(401);
    });
  }

  async function signIn(app: ReturnType<typeof testApp>['app'], token = TOKEN) {
    return app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ token }),
    });
  }

  it('signs in with the token and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const { app } = testApp();
    const res = await signIn(app);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tp_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const session = cookie.split(';')[0]!;
    const sites = await app.request('/api/sites', { headers: { cookie: session } });
    expect(sites.status).toBe(200);
  });

  it('refuses a wrong token at sign-in with a clear message', async () => {
    const { app } = testApp();
    const res = await signIn(app, 'nope');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect((await res.json()).error.message).toMatch(/token/);
  });

  it('refuses a cookie-authenticated write from another origin (CSRF)', async () => {
    const { app } = testApp();
    const { cookie: session, csrf } = sessionFrom(await signIn(app));
    const res = await app.request('/api/sites', {
      method: 'POST',
      headers: { cookie: session, 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'x', origins: ['https://x.example'] }),
    });
    expect(res.status).toBe(403);
    const same = await app.request('/api/sites', {
      method: 'POST',
      headers: { cookie: session, 'content-type': 'application/json', origin: 'http://localhost', 'x-csrf-token': csrf },
      body: JSON.stringify({ name: 'x', origins: ['https://x.example'] }),
    });
    expect(same.status).toBe(201);
  });

  it('signing out ends the session', async () => {
    const { app } = testApp();
    const session = sessionFrom(await signIn(app));
    await app.request('/auth/logout', { method: 'POST', headers: dashboardWrite(session) });
    expect((await app.request('/api/sites', { headers: { cookie: session.cookie } })).status).toBe(401);
  });

  it('sends a visitor without a session from the dashboard to the sign-in page', async () => {
    const { app } = testApp();
    const res = await app.request('/?site=site_x');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login?return=%2F%3Fsite%3Dsite_x');
  });
});
