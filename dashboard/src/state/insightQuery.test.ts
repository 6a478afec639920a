import { describe, expect, it } from 'vitest';
import { formatInsightQuery, insightLink, parseInsightQuery } from './insightQuery.ts';

const now = new Date('2026-11-10T12:00:00Z');

describe('insight query', () => {
  it('reads site, range and device', () => {
    expect(parseInsightQuery('?site=shop&from=2026-11-01&to=2026-11-07&device=mobile', now)).toEqual({
      site: 'shop',
      range: { from: '2026-11-01', to: '2026-11-07' },
      device: 'mobile',
    });
  });

  it('treats an unknown device as every device', () => {
    expect(parseInsightQuery('?device=fridge', now).device).toBeUndefined();
  });

  it('round-trips and builds links to other views', () => {
    const query = { site: 'shop', range: { from: '2026-11-01', to: '2026-11-07' }, device: 'tablet' as const };
    expect(parseInsightQuery(formatInsightQuery(query), now)).toEqual(query);
    expect(insightLink('/fix-first', { ...query, device: undefined })).toBe('/fix-first?site=shop&from=2026-11-01&to=2026-11-07');
  });
});
