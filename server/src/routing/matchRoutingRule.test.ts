import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING } from '../../../shared/defaultRouting.ts';
import type { RoutingMatch } from '../../../shared/schemas/routingRules.ts';
import type { FeedbackFacts } from './feedbackFacts.ts';
import { matchesRouting, routeFeedback } from './matchRoutingRule.ts';

const facts: FeedbackFacts = {
  kind: 'abandon_reason',
  path: '/checkout/payment?step=2',
  touchpoint: 'payment',
  reason: 'payment_failed',
  reasonCategory: 'payment',
  journey: 'checkout',
  step: 'pay',
  score: 2,
  survey: null,
  questionType: null,
  lang: 'zh-CN',
  channel: 'web',
  device: 'mobile',
};

describe('a routing rule', () => {
  // Each field: one value that holds for the facts, one that does not.
  const cases: [keyof RoutingMatch, RoutingMatch, RoutingMatch][] = [
    ['kind', { kind: 'abandon_reason' }, { kind: 'page_rating' }],
    ['reason', { reason: 'payment_failed' }, { reason: 'unexpected_costs' }],
    ['reasonCategory', { reasonCategory: 'payment' }, { reasonCategory: 'pricing' }],
    ['journey', { journey: 'checkout' }, { journey: 'signup' }],
    ['step', { step: 'pay' }, { step: 'address' }],
    ['touchpoint', { touchpoint: 'payment' }, { touchpoint: 'cart' }],
    ['page', { page: { type: 'prefix', value: '/checkout/' } }, { page: { type: 'exact', value: '/checkout' } }],
    ['scoreMin', { scoreMin: 2 }, { scoreMin: 3 }],
    ['scoreMax', { scoreMax: 2 }, { scoreMax: 1 }],
    ['survey', { survey: undefined }, { survey: 'nps' }],
    ['lang', { lang: 'zh' }, { lang: 'en' }],
    ['channel', { channel: 'web' }, { channel: 'phone' }],
    ['device', { device: 'mobile' }, { device: 'desktop' }],
  ];
  it.each(cases)('matches on %s', (_field, holds, fails) => {
    expect(matchesRouting(holds, facts)).toBe(true);
    expect(matchesRouting(fails, facts)).toBe(false);
  });

  it('matches a page pattern on the path without its query string', () => {
    expect(matchesRouting({ page: { type: 'pattern', value: '/checkout/*' } }, facts)).toBe(true);
    expect(matchesRouting({ page: { type: 'exact', value: '/checkout/payment' } }, facts)).toBe(true);
  });

  it('needs every field it gives to hold', () => {
    expect(matchesRouting({ reasonCategory: 'payment', device: 'desktop' }, facts)).toBe(false);
    expect(matchesRouting({}, facts)).toBe(true);
  });

  it('matches a survey and a score band', () => {
    const nps = { ...facts, kind: 'survey_answer' as const, survey: 'pulse', score: 4 };
    expect(matchesRouting({ survey: 'pulse', scoreMin: 0, scoreMax: 6 }, nps)).toBe(true);
    expect(matchesRouting({ survey: 'pulse', scoreMin: 7 }, nps)).toBe(false);
  });
});

describe('routing', () => {
  it('gives the case to the first rule that matches, with its assignee', () => {
    const routing = {
      rules: [
        { match: { device: 'desktop' as const }, team: 'a' },
        { match: { touchpoint: 'payment' }, team: 'b', assignee: 7 },
        { match: { reasonCategory: 'payment' as const }, team: 'c' },
      ],
      fallbackTeam: 'z',
    };
    expect(routeFeedback(routing, facts)).toEqual({ team: 'b', assignee: 7, rule: 1 });
  });

  it('falls back when nothing matches', () => {
    expect(routeFeedback({ rules: [{ match: { device: 'desktop' }, team: 'a' }], fallbackTeam: 'z' }, facts)).toEqual({ team: 'z', assignee: null, rule: null });
  });

  it("has the seeds' defaults: payment and technical to engineering, information to customer service, form to its owners, pricing to commercial, the rest to triage", () => {
    const route = (reasonCategory: string | null) => routeFeedback(DEFAULT_ROUTING, { ...facts, reasonCategory }).team;
    expect(['payment', 'technical', 'information', 'form', 'pricing', 'other', null].map(route)).toEqual([
      'engineering', 'engineering', 'customer-service', 'form-owners', 'commercial', 'triage', 'triage',
    ]);
  });
});
