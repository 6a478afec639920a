import { describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../../shared/schemas/siteConfig.ts';
import { testApp } from './testApp.ts';

describe('GET /v1/sites/:siteKey/config', () => {
  it('answers the public config with an ETag and a short public cache', async () => {
    const { app, site } = testApp();
    const res = await app.request(`/v1/sites/${site.key}/config`);
    expect(res.status).toBe(200);
    expect(siteConfigSchema.parse(await res.json()).site).toBe(site.key);
    expect(res.headers.get('cache-control')).toContain('public');
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await app.request(`/v1/sites/${site.key}/config`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('answers 404 for an unknown site', async () => {
    const { app } = testApp();
    const res = await app.request('/v1/sites/site_nope/config');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('unknown_site');
  });
});

describe("the widget's appearance", () => {
  it('is set by the site owner and served in the public config', async () => {
    const { app, admin, site } = testApp();
    const res = await admin(`/api/sites/${site.key}`, {
      method: 'PATCH',
      body: JSON.stringify({ appearance: { color: '#0a7d5a', position: 'side', theme: 'dark' } }),
    });
    expect(res.status).toBe(200);
    const config = siteConfigSchema.parse(await (await app.request(`/v1/sites/${site.key}/config`)).json());
    expect(config.appearance).toEqual({ color: '#0a7d5a', position: 'side', theme: 'dark' });
  });

  it('starts empty, and refuses a colour that is not #rrggbb, naming the field', async () => {
    const { app, admin, site } = testApp();
    const config = siteConfigSchema.parse(await (await app.request(`/v1/sites/${site.key}/config`)).json());
    expect(config.appearance).toEqual({});
    const res = await admin(`/api/sites/${site.key}`, { method: 'PATCH', body: JSON.stringify({ appearance: { color: 'red' } }) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe('appearance.color');
  });
});

describe('journey reasons in other languages', () => {
  it('keeps per-language labels through the admin API into the public config, and refuses a bad language tag', async () => {
    const { app, admin, site } = testApp();
    const journey = {
      key: 'checkout',
      name: 'Checkout',
      steps: [{ key: 'cart', name: 'Cart', match: [{ type: 'exact', value: '/cart' }] }],
      reasons: [{ code: 'too_dear', label: 'Too expensive', category: 'pricing', labels: { 'zh-CN': '太贵了', 'zh-TW': '太貴了' } }],
    };
    expect((await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(journey) })).status).toBe(201);
    const config = siteConfigSchema.parse(await (await app.request(`/v1/sites/${site.key}/config`)).json());
    expect(config.journeys[0]!.reasons[0]!.labels).toEqual({ 'zh-CN': '太贵了', 'zh-TW': '太貴了' });
    const bad = { ...journey, reasons: [{ ...journey.reasons[0], labels: { 'not a tag': 'x' } }] };
    const res = await admin(`/api/sites/${site.key}/journeys/checkout`, { method: 'PUT', body: JSON.stringify(bad) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toMatch(/^reasons\.0\.labels/);
  });
});
