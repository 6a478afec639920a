import { describe, expect, it, vi } from 'vitest';
import { rating, testApp } from './testApp.ts';

// Issue 15: under a second from start to the first 202. A collector builds only
// the /v1 routes at start; the dashboard's routes and the views' code load with
// the first request for one of them.
const loaded = vi.hoisted(() => new Set<string>());
vi.mock('../src/otherRoutes.ts', async (importOriginal) => {
  loaded.add('otherRoutes.ts');
  return importOriginal();
});
vi.mock('../src/views/viewCatalog.ts', async (importOriginal) => {
  loaded.add('viewCatalog.ts');
  return importOriginal();
});

describe('what a collector loads before its first 202', () => {
  it('stores a rating and answers the public config without the dashboard’s routes or views, which load with the first request for them', async () => {
    const { app, site, collect, admin } = testApp();
    expect((await collect(rating(site.key, { id: 'resp_first', comment: 'Slow checkout' }))).status).toBe(202);
    expect((await app.request(`/v1/sites/${site.key}/config`)).status).toBe(200);
    expect([...loaded]).toEqual([]);

    const summary = await admin(`/api/sites/${site.key}/summary`);
    expect(summary.status).toBe(200);
    // The first view waited for its code and read the rating just stored.
    expect(((await summary.json()) as { totals: { responses: number; comments: number } }).totals).toMatchObject({ responses: 1, comments: 1 });
    expect([...loaded].sort()).toEqual(['otherRoutes.ts', 'viewCatalog.ts']);
  });

  it('answers a path it has no route for in the one error shape, as before', async () => {
    const { app } = testApp();
    for (const path of ['/v1/nothing-here', '/api-nothing']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});
