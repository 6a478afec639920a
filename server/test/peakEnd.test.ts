import { describe, expect, it } from 'vitest';
import type { ImportedResponseInput } from '../../shared/schemas/import.ts';
import { peakEndSchema } from '../../shared/schemas/peakEnd.ts';
import { SHOP_MAP } from './insightFixtures.ts';
import { testApp } from './testApp.ts';

const THIS_WEEK = 'from=2026-11-08T00:00:00Z&to=2026-11-15T00:00:00Z';

function visit(id: string, moments: [string, number][]): ImportedResponseInput[] {
  return moments.map(([path, rating], i) => ({
    type: 'page_rating',
    id: `resp_peak_${id}_${i}`,
    visitId: `visit_peak_${id}`,
    rating,
    path,
    createdAt: new Date(Date.parse('2026-11-10T10:00:00Z') + i * 60_000).toISOString(),
  }));
}

describe('GET /api/sites/:siteKey/peak-end', () => {
  it('compares the peak and the end of each visit with its mean, and the end by stage', async () => {
    const t = testApp();
    await t.admin(`/api/sites/${t.site.key}/touchpoints`, { method: 'PUT', body: JSON.stringify(SHOP_MAP) });
    const responses = [
      // A good visit sunk by its confirmation page: mean 3.67, end 2.
      ...visit('a', [['/', 5], ['/cart', 4], ['/checkout/thank-you', 2]]),
      // Lifted by its end: mean 3, end 5.
      ...visit('b', [['/', 1], ['/cart', 3], ['/checkout/thank-you', 5]]),
      // Even: mean 4, end 4.
      ...visit('c', [['/', 4], ['/product/trail-jacket', 4]]),
      // One rating only: not a visit to judge.
      ...visit('d', [['/', 1]]),
    ];
    expect((await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) })).status).toBe(201);
    const res = await t.admin(`/api/sites/${t.site.key}/peak-end?${THIS_WEEK}`);
    expect(res.status).toBe(200);
    const body = peakEndSchema.parse(await res.json());
    expect(body.visits).toBe(3);
    expect(body.abandonedEnds).toBe(0);
    expect(body.endBelowMean).toMatchObject({ value: 1 / 3, n: 3 });
    expect(body.endAboveMean).toMatchObject({ value: 1 / 3, n: 3 });
    // Peaks: 5 (a, +1.33 → 1.5), 1 (b, −2), 4 (c, 0).
    expect(body.peakMinusMean).toEqual([
      { delta: -2, visits: 1 },
      { delta: 0, visits: 1 },
      { delta: 1.5, visits: 1 },
    ]);
    expect(body.endByStage.map((s) => [s.stage, s.name, s.visits, s.endRating.value])).toEqual([
      ['before', 'Discover', 1, 4],
      ['after', 'After purchase', 2, 3.5],
    ]);
  });
});
