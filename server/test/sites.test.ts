import { describe, expect, it } from 'vitest';
import { siteListSchema, siteSchema } from '../../shared/schemas/site.ts';
import { testApp } from './testApp.ts';

describe('/api/sites', () => {
  it('creates a site with its allowed origins and lists it', async () => {
    const { admin } = testApp();
    const res = await admin('/api/sites', {
      method: 'POST',
      body: JSON.stringify({ name: 'Northwind', origins: ['https://northwind.example', 'http://localhost:5173'] }),
    });
    expect(res.status).toBe(201);
    const site = siteSchema.parse(await res.json());
    expect(site.key).toMatch(/^site_/);
    expect(site.origins).toEqual(['https://northwind.example', 'http://localhost:5173']);
    const list = siteListSchema.parse(await (await admin('/api/sites')).json());
    expect(list.sites.map((s) => s.name)).toEqual(['Shop', 'Northwind']);
  });

  it('refuses origins with a path or trailing slash, naming the field', async () => {
    const { admin } = testApp();
    const res = await admin('/api/sites', {
      method: 'POST',
      body: JSON.stringify({ name: 'Bad', origins: ['https://shop.example/'] }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe('origins.0');
  });

  it('refuses a site without a name', async () => {
    const { admin } = testApp();
    const res = await admin('/api/sites', { method: 'POST', body: JSON.stringify({ name: ' ', origins: ['https://a.example'] }) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe('name');
  });
});
