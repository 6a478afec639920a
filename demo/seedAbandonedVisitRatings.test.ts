import { describe, expect, it } from 'vitest';
import { LIMITS } from '../shared/limits.ts';
import { importRequestSchema } from '../shared/schemas/import.ts';
import { generateAbandonedVisitRatings } from './seedAbandonedVisitRatings.ts';
import { generateSeedJourneys, type SeedJourneyItem } from './seedJourneys.ts';
import { mulberry32 } from './random.ts';
import { generateSeedResponses, type SeedResponse } from './seedResponses.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-24T10:00:00.000Z');

const whoOf = (item: SeedJourneyItem | SeedResponse) =>
  JSON.stringify([item.device ?? null, item.lang ?? null, item.returning ?? null, item.attributes ?? null]);

describe('generateAbandonedVisitRatings', () => {
  const checkout = generateSeedJourneys({ now: NOW, random: mulberry32(42) });
  const ratings = generateAbandonedVisitRatings(checkout);
  const itemsOf = new Map<string, SeedJourneyItem[]>();
  for (const item of checkout) itemsOf.set(item.visitId!, [...(itemsOf.get(item.visitId!) ?? []), item]);
  const ratedVisits = new Map<string, SeedResponse[]>();
  for (const r of ratings) ratedVisits.set(r.visitId!, [...(ratedVisits.get(r.visitId!) ?? []), r]);

  it('has visits whose two or more ratings are followed by an abandonment, as peak–end counts them', () => {
    expect(ratedVisits.size).toBeGreaterThan(40);
    for (const [visitId, visitRatings] of ratedVisits) {
      const abandoned = itemsOf.get(visitId)!.find((i) => i.type === 'journey_event' && i.event === 'abandoned');
      expect(abandoned, visitId).toBeDefined();
      expect(visitRatings.length).toBeGreaterThanOrEqual(2);
      const lastRating = Math.max(...visitRatings.map((r) => Date.parse(r.createdAt)));
      expect(lastRating).toBeLessThan(Date.parse(abandoned!.createdAt));
      // Each rating on a page the visit reached, after it got there.
      for (const r of visitRatings) {
        const reached = itemsOf.get(visitId)!.find((i) => i.type === 'journey_event' && i.event === 'reached' && i.path === r.path);
        expect(Date.parse(r.createdAt)).toBeGreaterThan(Date.parse(reached!.createdAt));
      }
    }
  });

  it('is a realistic share of the abandoned visits, and never a completed one', () => {
    const abandoned = [...itemsOf.values()].filter((items) => items.some((i) => i.type === 'journey_event' && i.event === 'abandoned'));
    expect(ratedVisits.size / abandoned.length).toBeGreaterThan(0.02);
    expect(ratedVisits.size / abandoned.length).toBeLessThan(0.1);
    for (const visitId of ratedVisits.keys()) {
      expect(itemsOf.get(visitId)!.some((i) => i.type === 'journey_event' && i.event === 'completed')).toBe(false);
    }
  });

  it('gives each rating its visit’s device, language and shopper', () => {
    for (const r of ratings) {
      for (const item of itemsOf.get(r.visitId!)!) expect(whoOf(r)).toBe(whoOf(item));
    }
  });

  it('rates the step they left low, and keeps the payment page the worst of all pages', () => {
    const mean = (items: SeedResponse[]) => items.reduce((sum, r) => sum + r.rating, 0) / items.length;
    expect(mean(ratings)).toBeLessThan(3.3);
    const all = [...generateSeedResponses({ now: NOW, random: mulberry32(42) }), ...ratings];
    const byPath = new Map<string, SeedResponse[]>();
    for (const r of all) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);
    const worst = [...byPath].sort((a, b) => mean(a[1]) - mean(b[1]))[0]![0];
    expect(worst).toBe('/checkout/payment');
  });

  it('keeps ids and content when seeded again later, never rating an old visit anew, and the import endpoint accepts them', () => {
    expect(new Set(ratings.map((r) => r.id)).size).toBe(ratings.length);
    const laterCheckout = generateSeedJourneys({ now: NOW + 3 * DAY, random: mulberry32(42) });
    const later = new Map(generateAbandonedVisitRatings(laterCheckout).map((r) => [r.id, r]));
    const before = new Map(ratings.map((r) => [r.id, r]));
    for (const r of later.values()) if (itemsOf.has(r.visitId!)) expect(r).toEqual(before.get(r.id));
    // A rated visit drops out only where the payment incident's end turned its give-up into an order,
    // which the stored `abandoned` event (same id) outlives: nothing stored changes.
    const completedLater = new Set(laterCheckout.filter((i) => i.type === 'journey_event' && i.event === 'completed').map((i) => i.visitId));
    const stillInRange = ratings.filter((r) => Date.parse(r.createdAt) >= NOW + 3 * DAY - 30 * DAY + DAY);
    expect(stillInRange.length).toBeGreaterThan(50);
    for (const r of stillInRange) if (!later.has(r.id)) expect(completedLater.has(r.visitId)).toBe(true);

    const prefixed = generateAbandonedVisitRatings(generateSeedJourneys({ now: NOW, idPrefix: 'demo_site_AbCdEfGhIjKl' }));
    for (let i = 0; i < prefixed.length; i += LIMITS.importBatch) {
      const parsed = importRequestSchema(NOW).safeParse({ responses: prefixed.slice(i, i + LIMITS.importBatch) });
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    }
    for (const r of prefixed) expect(r.id.startsWith('demo_site_AbCdEfGhIjKl-')).toBe(true);
  });
});
