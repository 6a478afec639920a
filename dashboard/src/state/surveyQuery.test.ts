import { describe, expect, it } from 'vitest';
import { formatSurveyQuery, parseSurveyQuery } from './surveyQuery.ts';

const NOW = new Date('2026-03-31T12:00:00Z');

describe('the surveys view in the address', () => {
  it('reads the site, range, survey and filters', () => {
    expect(parseSurveyQuery('?site=shop&from=2026-03-01&to=2026-03-30&survey=quarterly-nps&device=mobile&lang=zh', NOW)).toEqual({
      site: 'shop',
      range: { from: '2026-03-01', to: '2026-03-30' },
      survey: 'quarterly-nps',
      filters: { device: 'mobile', lang: 'zh' },
    });
  });

  it('shows the list and every device when nothing is asked for', () => {
    const query = parseSurveyQuery('?device=fridge', NOW);
    expect(query.survey).toBeUndefined();
    expect(query.filters).toEqual({});
    expect(query.range.to).toBe('2026-03-31');
  });

  it('writes back what it read', () => {
    const search = '?site=shop&from=2026-03-01&to=2026-03-30&survey=quarterly-nps&device=tablet&channel=web&tag=empathy';
    expect(formatSurveyQuery(parseSurveyQuery(search, NOW))).toBe(search);
  });
});
