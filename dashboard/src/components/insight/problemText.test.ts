import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../shared/schemas/fixFirst.ts';
import { impactBreakdown, problemLink, trendText } from './problemText.ts';

const query = { site: 'shop', range: { from: '2026-11-08', to: '2026-11-14' }, filters: { device: 'mobile' as const, visitor: 'returning' as const } };

describe('problem wording', () => {
  it('says what the impact is made of', () => {
    expect(impactBreakdown({ kind: 'touchpoint', negativeRatings: 28, abandonments: 15 })).toBe('28 ratings of 1–2 · 15 abandonments');
    expect(impactBreakdown({ kind: 'page', negativeRatings: 1, abandonments: 0 })).toBe('1 rating of 1–2');
    expect(impactBreakdown({ kind: 'abandon_reason', negativeRatings: 0, abandonments: 15 })).toBe('15 gave this reason');
  });

  it('says how it moved', () => {
    expect(trendText({ impact: 43, previous: { impact: 10, negativeRatings: 6, abandonments: 4 } })).toBe('up 33 from 10');
    expect(trendText({ impact: 5, previous: { impact: 5, negativeRatings: 0, abandonments: 5 } })).toBe('same as the previous period (5)');
    expect(trendText({ impact: 6, previous: { impact: 0, negativeRatings: 0, abandonments: 0 } })).toBe('none in the previous period');
  });

  it('links to the view that explains it, keeping site, range and filters', () => {
    const reason = { kind: 'abandon_reason', journey: 'checkout' } as Problem;
    expect(problemLink(reason, query)?.href).toBe('/journeys?site=shop&from=2026-11-08&to=2026-11-14&device=mobile&visitor=returning&journey=checkout');
    expect(problemLink({ kind: 'touchpoint' } as Problem, query)?.href).toBe(
      '/journey-map?site=shop&from=2026-11-08&to=2026-11-14&device=mobile&visitor=returning',
    );
    expect(problemLink({ kind: 'page' } as Problem, query)).toBeNull();
  });
});
