import { describe, expect, it } from 'vitest';
import { segmentDimensionSchema } from '../../../shared/schemas/segments.ts';
import { formatInsightQuery, insightLink, parseInsightQuery, type InsightQuery } from './insightQuery.ts';
import { parseSplit } from './splitParam.ts';

const now = new Date('2026-11-10T12:00:00Z');
const split = (value: string) => parseSplit(new URLSearchParams({ split: value }));

describe('the segment split in the address', () => {
  it('round-trips every dimension and an attribute with the other filters', () => {
    for (const value of ['channel', 'lang', 'visitor', 'touchpoint', 'attr:plan', 'attr:country']) {
      const query: InsightQuery = {
        site: 'shop',
        range: { from: '2026-11-01', to: '2026-11-07' },
        filters: { device: 'mobile', attr: 'plan:gold' },
        split: value,
      };
      const search = formatInsightQuery(query);
      expect(new URLSearchParams(search).get('split')).toBe(value);
      expect(parseInsightQuery(search, now)).toEqual(query);
    }
  });

  it('leaves the default out, so the default view has one address', () => {
    const query: InsightQuery = { site: 'shop', range: { from: '2026-11-01', to: '2026-11-07' }, filters: {} };
    expect(formatInsightQuery({ ...query, split: 'device' })).toBe(formatInsightQuery(query));
    expect(parseInsightQuery('?site=shop&split=device', now).split).toBeUndefined();
  });

  it('accepts what the server’s schema accepts, and drops the rest', () => {
    const candidates = ['channel', 'visitor', 'attr:plan', 'attr:' + 'k'.repeat(40), 'attr:' + 'k'.repeat(41), 'attr:', 'attr:a:b', 'plan', 'Device', 'attr:plan ', ''];
    for (const value of candidates) {
      const server = segmentDimensionSchema.safeParse(value.trim()).success;
      expect(split(value) !== undefined, value).toBe(server && value.trim() !== 'device');
    }
    expect(split('attr:plan ')).toBe('attr:plan');
    expect(parseInsightQuery('?split=attr%3A&device=mobile', now)).toMatchObject({ split: undefined, filters: { device: 'mobile' } });
  });

  it('is not carried to another view', () => {
    const query: InsightQuery = { site: 'shop', range: { from: '2026-11-01', to: '2026-11-07' }, filters: { visitor: 'new' }, split: 'attr:plan' };
    expect(insightLink('/fix-first', query)).toBe('/fix-first?site=shop&from=2026-11-01&to=2026-11-07&visitor=new');
  });
});
