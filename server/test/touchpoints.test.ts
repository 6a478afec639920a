import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, touchpointMapSchema } from '../../shared/schemas/touchpoint.ts';
import { SHOP_MAP } from './insightFixtures.ts';
import { testApp } from './testApp.ts';

describe('GET/PUT /api/sites/:siteKey/touchpoints', () => {
  const put = (t: ReturnType<typeof testApp>, body: unknown) =>
    t.admin(`/api/sites/${t.site.key}/touchpoints`, { method: 'PUT', body: JSON.stringify(body) });

  it('starts with the three default stages and no touchpoints', async () => {
    const t = testApp();
    const res = await t.admin(`/api/sites/${t.site.key}/touchpoints`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stages: DEFAULT_STAGES, touchpoints: [] });
  });

  it('stores the whole ordered list and the stage names, and answers them back', async () => {
    const t = testApp();
    const res = await put(t, SHOP_MAP);
    expect(res.status).toBe(200);
    const stored = touchpointMapSchema.parse(await res.json());
    expect(stored).toEqual(SHOP_MAP);
    const again = await (await t.admin(`/api/sites/${t.site.key}/touchpoints`)).json();
    expect(again).toEqual(SHOP_MAP);
  });

  it('replaces the list, so touchpoints left out are gone and the order is the new one', async () => {
    const t = testApp();
    await put(t, SHOP_MAP);
    const [home, products] = SHOP_MAP.touchpoints;
    const res = await put(t, { touchpoints: [products, home] });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stages: DEFAULT_STAGES, touchpoints: [products, home] });
  });

  it('names every invalid field and stores nothing', async () => {
    const t = testApp();
    const res = await put(t, {
      stages: [
        { key: 'after', name: 'After' },
        { key: 'during', name: 'During' },
        { key: 'before', name: 'Before' },
      ],
      touchpoints: [
        { key: 'Bad Key', name: 'Home', stage: 'before', rules: [{ type: 'exact', value: '/' }] },
        { key: 'cart', name: 'Cart', stage: 'checkout', rules: [{ type: 'exact', value: 'cart' }] },
        { key: 'empty', name: ' ', stage: 'after', rules: [] },
      ],
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_payload');
    expect(body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'stages',
      'touchpoints.0.key',
      'touchpoints.1.rules.0.value',
      'touchpoints.1.stage',
      'touchpoints.2.name',
      'touchpoints.2.rules',
    ]);
    expect(await (await t.admin(`/api/sites/${t.site.key}/touchpoints`)).json()).toEqual({ stages: DEFAULT_STAGES, touchpoints: [] });
  });

  it('refuses two touchpoints with the same key', async () => {
    const t = testApp();
    const home = SHOP_MAP.touchpoints[0]!;
    const res = await put(t, { touchpoints: [home, { ...home, name: 'Home again' }] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0]).toEqual({ path: 'touchpoints', message: 'each touchpoint needs its own key' });
  });

  it('refuses a pattern with more than 8 *, saying so, and takes one with 8', async () => {
    const t = testApp();
    const rule = (stars: number) => ({ type: 'pattern', value: '/' + '*a'.repeat(stars) });
    const res = await put(t, { touchpoints: [{ key: 'greedy', name: 'Greedy', stage: 'before', rules: [rule(9)] }] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues).toEqual([{ path: 'touchpoints.0.rules.0.value', message: 'a pattern may have at most 8 *' }]);
    expect((await put(t, { touchpoints: [{ key: 'greedy', name: 'Greedy', stage: 'before', rules: [rule(8)] }] })).status).toBe(200);
  });

  it('keeps each site its own map', async () => {
    const t = testApp();
    await put(t, SHOP_MAP);
    const other = await t.admin('/api/sites', { method: 'POST', body: JSON.stringify({ name: 'Other', origins: ['https://other.example'] }) });
    const { key } = await other.json();
    expect((await (await t.admin(`/api/sites/${key}/touchpoints`)).json()).touchpoints).toEqual([]);
  });

  it('needs the admin token and a known site', async () => {
    const t = testApp();
    expect((await t.app.request(`/api/sites/${t.site.key}/touchpoints`)).status).toBe(401);
    expect((await t.admin('/api/sites/site_nope/touchpoints')).status).toBe(404);
  });
});
