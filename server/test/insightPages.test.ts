import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN, testApp } from './testApp.ts';

/** A collector serving a stand-in dashboard build, so the shell itself can be checked. */
function withDashboard() {
  const dashboardDir = mkdtempSync(join(tmpdir(), 'tp-dashboard-'));
  writeFileSync(join(dashboardDir, 'index.html'), '<!doctype html><div id="app"></div>');
  return testApp({ dashboardDir });
}

async function session(app: ReturnType<typeof testApp>['app']): Promise<string> {
  const res = await app.request('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ token: TOKEN }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

describe('the insight views of the dashboard', () => {
  for (const path of ['/journey-map', '/fix-first', '/channels', '/touchpoints', '/inbox', '/case', '/loop', '/routing', '/sent-mail']) {
    it(`serves the app shell at ${path} with a session, under the strict CSP`, async () => {
      const { app } = withDashboard();
      const res = await app.request(`${path}?site=site_x`, { headers: { cookie: await session(app) } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="app">');
      expect(res.headers.get('content-security-policy')).toContain("style-src 'self'");
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it(`sends a visitor without a session from ${path} to sign in, and back`, async () => {
      const { app } = withDashboard();
      const res = await app.request(`${path}?site=site_x`);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`/login?return=${encodeURIComponent(`${path}?site=site_x`)}`);
    });
  }
});
