import { describe, expect, it } from 'vitest';
import { triggerSummary } from './triggerSummary.ts';

const targeting = { pages: [], excludePages: [], devices: [], visitor: 'any' as const, languages: [], attributes: {}, samplePercent: 100 };

describe('the trigger in a few words', () => {
  it('names the event, the sample and how often', () => {
    expect(triggerSummary({ trigger: { type: 'event', event: 'order_completed' }, targeting, recurDays: null })).toBe(
      'On the order_completed event · once per visitor',
    );
    expect(triggerSummary({ trigger: { type: 'pageview' }, targeting: { ...targeting, samplePercent: 10 }, recurDays: 90 })).toBe(
      'On a page view · 10% sampled · again after 90 days',
    );
  });
});
