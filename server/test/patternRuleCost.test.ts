import { describe, expect, it } from 'vitest';
import { testApp } from './testApp.ts';

const WEEK = 'from=2026-03-08T00:00:00Z&to=2026-03-15T00:00:00Z';

/**
 * The red team's attack: a member saves a touchpoint rule whose stars a regex
 * would backtrack over, and an anonymous shopper rates one long page. Every
 * view that puts pages on touchpoints then matched that path against the rule.
 */
describe('a hostile pattern rule and a long page path', () => {
  it('leave the journey map, fix first, segments, peak-end and the touchpoint filter answering at once', async () => {
    const t = testApp();
    const put = (path: string, body: unknown, method = 'PUT') => t.admin(path, { method, body: JSON.stringify(body) });
    const touchpoints = [{ key: 'greedy', name: 'Greedy', stage: 'before', rules: [{ type: 'pattern', value: '/*a*a*a*a*!' }] }];
    expect((await put(`/api/sites/${t.site.key}/touchpoints`, { touchpoints })).status).toBe(200);
    const rated = (id: string, path: string) => ({ type: 'page_rating', id, rating: 1, path, visitId: 'visit_long', createdAt: '2026-03-14T09:00:00Z' });
    const imported = await put(`/api/sites/${t.site.key}/import`, { responses: [rated('long_0001', '/' + 'a'.repeat(149)), rated('long_0002', '/alpaca-bag!')] }, 'POST');
    expect(imported.status).toBe(201);

    const views = ['journey-map', 'fix-first', 'segments?by=touchpoint&', 'peak-end', 'summary?touchpoint=greedy&'];
    const start = performance.now();
    for (const view of views) {
      const res = await t.admin(`/api/sites/${t.site.key}/${view}${view.includes('?') ? '' : '?'}${WEEK}`);
      expect(res.status).toBe(200);
    }
    // Each view takes milliseconds; the backtracking regex took seconds per view on this one path.
    expect(performance.now() - start).toBeLessThan(3000);

    const summary = await (await t.admin(`/api/sites/${t.site.key}/summary?touchpoint=greedy&${WEEK}`)).json();
    expect(summary.totals.responses).toBe(1);
  });
});
