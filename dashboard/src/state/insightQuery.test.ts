import { describe, expect, it } from 'vitest';
import { formatInsightQuery, insightLink, parseInsightQuery, type InsightQuery } from './insightQuery.ts';

const now = new Date('2026-11-10T12:00:00Z');

describe('insight query', () => {
  it('reads site, range and every view filter', () => {
    const search =
      '?site=shop&from=2026-11-01&to=2026-11-07&device=mobile&touchpoint=checkout&channel=email&lang=zh-CN' +
      '&visitor=returning&attr=plan%3Agold&theme=slow+delivery&tag=reliability';
    expect(parseInsightQuery(search, now)).toEqual({
      site: 'shop',
      range: { from: '2026-11-01', to: '2026-11-07' },
      filters: {
        device: 'mobile',
        touchpoint: 'checkout',
        channel: 'email',
        lang: 'zh-CN',
        visitor: 'returning',
        attr: 'plan:gold',
        theme: 'slow delivery',
        tag: 'reliability',
      },
    });
  });

  it('drops unknown and malformed filters, which would mean all', () => {
    const search =
      '?device=fridge&channel=pigeon&lang=not+a+tag&visitor=maybe&attr=nocolon&tag=Not+A+Tag&path=no-slash&theme=&touchpoint=';
    expect(parseInsightQuery(search, now).filters).toEqual({});
  });

  it('keeps the page when both a page and a touchpoint are asked for', () => {
    expect(parseInsightQuery('?path=%2Fcheckout%2Fpayment&touchpoint=checkout', now).filters).toEqual({ path: '/checkout/payment' });
  });

  it('round-trips and builds links to other views with the same filters', () => {
    const query: InsightQuery = {
      site: 'shop',
      range: { from: '2026-11-01', to: '2026-11-07' },
      filters: { device: 'tablet', path: '/product/trail-jacket', attr: 'plan:gold: annual', theme: '结账' },
    };
    expect(parseInsightQuery(formatInsightQuery(query), now)).toEqual(query);
    expect(insightLink('/fix-first', { ...query, filters: { visitor: 'new' } })).toBe(
      '/fix-first?site=shop&from=2026-11-01&to=2026-11-07&visitor=new',
    );
    expect(insightLink('/fix-first', { ...query, filters: {} })).toBe('/fix-first?site=shop&from=2026-11-01&to=2026-11-07');
  });

  it('writes the filters in one order whatever order they were set in', () => {
    const a = formatInsightQuery({ range: { from: '2026-11-01', to: '2026-11-07' }, filters: { tag: 'empathy', device: 'mobile' } });
    const b = formatInsightQuery({ range: { from: '2026-11-01', to: '2026-11-07' }, filters: { device: 'mobile', tag: 'empathy' } });
    expect(a).toBe(b);
    expect(a).toBe('?from=2026-11-01&to=2026-11-07&device=mobile&tag=empathy');
  });
});
