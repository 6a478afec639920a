import { describe, expect, it } from 'vitest';
import { chooseSite, formatOverviewQuery, inSiteZone, parseOverviewQuery } from './urlState.ts';

const now = new Date('2026-11-10T12:00:00Z');
const last30 = { from: '2026-10-12', to: '2026-11-10' };

describe('parseOverviewQuery', () => {
  it('reads site and range', () => {
    expect(parseOverviewQuery('?site=demo&from=2026-11-01&to=2026-11-07', now)).toEqual({
      site: 'demo',
      range: { from: '2026-11-01', to: '2026-11-07' },
    });
  });

  it('defaults to the last 30 days', () => {
    expect(parseOverviewQuery('', now)).toEqual({ site: undefined, range: last30, defaultRange: true });
  });

  it('ignores a broken, partial or reversed range instead of failing', () => {
    expect(parseOverviewQuery('?from=2026-02-30&to=2026-03-05', now).range).toEqual(last30);
    expect(parseOverviewQuery('?from=2026-11-01', now).range).toEqual(last30);
    expect(parseOverviewQuery('?from=2026-11-07&to=2026-11-01', now).range).toEqual(last30);
  });

  it('treats an empty site as no choice', () => {
    expect(parseOverviewQuery('?site=&from=2026-11-01&to=2026-11-07', now).site).toBeUndefined();
  });
});

describe('inSiteZone', () => {
  const evening = new Date('2026-11-10T20:00:00Z');

  it('makes the default range the last 30 days of the site\'s own calendar', () => {
    // 20:00 UTC on 10 Nov is already 11 Nov in Shanghai.
    expect(inSiteZone(parseOverviewQuery('?site=shop', evening), 'Asia/Shanghai', evening)).toEqual({
      site: 'shop',
      range: { from: '2026-10-13', to: '2026-11-11' },
    });
  });

  it('keeps a range the address gave', () => {
    const query = parseOverviewQuery('?from=2026-11-01&to=2026-11-07', evening);
    expect(inSiteZone(query, 'Asia/Shanghai', evening)).toBe(query);
  });
});

describe('formatOverviewQuery', () => {
  it('round-trips through parse', () => {
    const query = { site: 'shop_1', range: { from: '2026-08-01', to: '2026-10-29' } };
    const search = formatOverviewQuery(query);
    expect(search).toBe('?site=shop_1&from=2026-08-01&to=2026-10-29');
    expect(parseOverviewQuery(search, now)).toEqual(query);
  });

  it('escapes odd site keys', () => {
    expect(formatOverviewQuery({ site: 'a&b', range: last30 })).toBe('?site=a%26b&from=2026-10-12&to=2026-11-10');
  });
});

describe('chooseSite', () => {
  const sites = [{ key: 'a' }, { key: 'b' }];

  it('picks the requested site, else the first, else none', () => {
    expect(chooseSite(sites, 'b')).toEqual({ key: 'b' });
    expect(chooseSite(sites, 'gone')).toEqual({ key: 'a' });
    expect(chooseSite(sites, undefined)).toEqual({ key: 'a' });
    expect(chooseSite([], 'a')).toBeUndefined();
  });
});
