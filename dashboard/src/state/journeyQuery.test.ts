import { describe, expect, it } from 'vitest';
import { chooseJourney, formatJourneyQuery, parseJourneyQuery } from './journeyQuery.ts';

const NOW = new Date('2026-11-20T15:00:00Z');

describe('journey view query', () => {
  it('round-trips site, journey, range and filters', () => {
    const query = {
      site: 'site_a',
      journey: 'checkout',
      range: { from: '2026-11-01', to: '2026-11-14' },
      filters: { device: 'mobile' as const, visitor: 'returning' as const, attr: 'plan:gold' },
    };
    expect(parseJourneyQuery(formatJourneyQuery(query), NOW)).toEqual(query);
  });

  it('ignores an unknown device and falls back to the default range', () => {
    const query = parseJourneyQuery('?device=fridge&from=nope', NOW);
    expect(query.filters).toEqual({});
    expect(query.range).toEqual({ from: '2026-10-22', to: '2026-11-20' });
  });

  it('leaves every-device out of the address', () => {
    expect(formatJourneyQuery({ range: { from: '2026-11-01', to: '2026-11-02' }, filters: {} })).toBe('?from=2026-11-01&to=2026-11-02');
  });

  it('chooses the asked-for journey when the site has it, else the first', () => {
    expect(chooseJourney(['signup', 'checkout'], 'checkout')).toBe('checkout');
    expect(chooseJourney(['signup', 'checkout'], 'gone')).toBe('signup');
    expect(chooseJourney([], 'gone')).toBeUndefined();
  });
});
