import { describe, expect, it } from 'vitest';
import { importRequestSchema } from '../shared/schemas/import.ts';
import { LIMITS } from '../shared/limits.ts';
import { mulberry32 } from './random.ts';
import { DEMO_PAGES, generateSeedResponses, type SeedResponse } from './seedResponses.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2025-03-14T10:30:00.000Z');

function average(items: SeedResponse[]): number {
  return items.reduce((sum, r) => sum + r.rating, 0) / items.length;
}

function byPath(items: SeedResponse[]) {
  const groups = new Map<string, SeedResponse[]>();
  for (const r of items) groups.set(r.path, [...(groups.get(r.path) ?? []), r]);
  return groups;
}

describe('generateSeedResponses', () => {
  const responses = generateSeedResponses({ days: 30, now: NOW, random: mulberry32(42) });

  it('is deterministic for a given seed', () => {
    const again = generateSeedResponses({ days: 30, now: NOW, random: mulberry32(42) });
    expect(again).toEqual(responses);
    const other = generateSeedResponses({ days: 30, now: NOW, random: mulberry32(43) });
    expect(other.map((r) => r.id)).not.toEqual(responses.map((r) => r.id));
  });

  it('gives every response a unique id', () => {
    expect(new Set(responses.map((r) => r.id)).size).toBe(responses.length);
  });

  it('keeps ids and content of a day when generated again the next day', () => {
    const tomorrow = generateSeedResponses({ days: 30, now: NOW + DAY, random: mulberry32(42) });
    const later = new Map(tomorrow.map((r) => [r.id, r]));
    const overlap = responses.filter((r) => Date.parse(r.createdAt) >= NOW + DAY - 30 * DAY);
    expect(overlap.length).toBeGreaterThan(500);
    for (const r of overlap) expect(later.get(r.id)).toEqual(r);
  });

  it('produces items the import endpoint accepts', () => {
    for (let i = 0; i < responses.length; i += LIMITS.importBatch) {
      const batch = responses.slice(i, i + LIMITS.importBatch);
      const parsed = importRequestSchema(NOW).safeParse({ responses: batch });
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    }
    for (const r of responses) expect(r.createdAt).toMatch(/Z$/);
  });

  it('uses a site-specific id prefix when asked', () => {
    const prefixed = generateSeedResponses({ days: 2, now: NOW, seed: 1, idPrefix: 'demo_site_AbC-12' });
    expect(prefixed.length).toBeGreaterThan(0);
    for (const r of prefixed) expect(r.id.startsWith('demo_site_AbC-12-')).toBe(true);
    expect(importRequestSchema(NOW).safeParse({ responses: prefixed }).success).toBe(true);
  });

  it('spans the last 30 days and nothing else', () => {
    const times = responses.map((r) => Date.parse(r.createdAt));
    const first = Math.min(...times);
    const last = Math.max(...times);
    expect(first).toBeGreaterThanOrEqual(NOW - 30 * DAY);
    expect(last).toBeLessThan(NOW);
    expect(first).toBeLessThan(NOW - 29 * DAY);
    expect(last).toBeGreaterThan(NOW - DAY);
    const days = new Set(responses.map((r) => r.createdAt.slice(0, 10)));
    expect(days.size).toBe(31); // a partial day at each end
    expect(responses.length).toBeGreaterThan(600);
    expect(responses.length).toBeLessThan(1500);
  });

  it('has more traffic on weekdays than at weekends', () => {
    const perDay = new Map<string, number>();
    for (const r of responses) perDay.set(r.createdAt.slice(0, 10), (perDay.get(r.createdAt.slice(0, 10)) ?? 0) + 1);
    const whole = [...perDay].filter(([d]) => d !== '2025-02-12' && d !== '2025-03-14');
    const isWeekend = (d: string) => [0, 6].includes(new Date(d + 'T00:00:00Z').getUTCDay());
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const weekdays = mean(whole.filter(([d]) => !isWeekend(d)).map(([, n]) => n));
    const weekends = mean(whole.filter(([d]) => isWeekend(d)).map(([, n]) => n));
    expect(weekdays).toBeGreaterThan(weekends * 1.5);
  });

  it('rates the payment page worst and product pages well', () => {
    const groups = byPath(responses);
    expect([...groups.keys()].sort()).toEqual(DEMO_PAGES.map((p) => p.path).sort());
    const averages = [...groups].map(([path, items]) => ({ path, avg: average(items) }));
    averages.sort((a, b) => a.avg - b.avg);
    expect(averages[0]!.path).toBe('/checkout/payment');
    expect(averages[0]!.avg).toBeLessThan(averages[1]!.avg - 0.4);
    expect(average(groups.get('/product/trail-jacket')!)).toBeGreaterThan(4);
    expect(average(groups.get('/cart')!)).toBeLessThan(average(groups.get('/')!));
  });

  it('keeps payment worst whatever the seed', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const groups = byPath(generateSeedResponses({ now: NOW, seed }));
      const worst = [...groups].sort((a, b) => average(a[1]) - average(b[1]))[0]![0];
      expect(worst, `seed ${seed}`).toBe('/checkout/payment');
    }
  });

  it('mixes devices, channels, languages and comments', () => {
    const count = (pred: (r: SeedResponse) => boolean) => responses.filter(pred).length;
    const n = responses.length;
    for (const device of ['desktop', 'mobile', 'tablet'] as const) expect(count((r) => r.device === device)).toBeGreaterThan(0);
    expect(count((r) => r.channel === 'web') / n).toBeGreaterThan(0.85);
    for (const channel of ['email', 'phone', 'store'] as const) expect(count((r) => r.channel === channel)).toBeGreaterThan(0);
    expect(count((r) => r.lang === 'zh-CN' && /[\u4e00-\u9fff]/.test(r.comment ?? ''))).toBeGreaterThan(5);
    expect(count((r) => r.comment !== undefined) / n).toBeGreaterThan(0.2);
    const paymentComments = responses.filter((r) => r.path === '/checkout/payment').map((r) => r.comment ?? '');
    expect(paymentComments.some((c) => c.includes('Card was declined twice'))).toBe(true);
    expect(paymentComments.some((c) => c.includes('timed out'))).toBe(true);
    const cartComments = responses.filter((r) => r.path === '/cart').map((r) => r.comment ?? '');
    expect(cartComments.some((c) => /shipping/i.test(c))).toBe(true);
  });

  it('says who rated on the web: about a third returning, a country, a plan when signed in, nothing under a privacy signal', () => {
    const web = responses.filter((r) => r.channel === 'web');
    for (const r of responses.filter((r) => r.channel !== 'web')) expect([r.returning, r.attributes]).toEqual([undefined, undefined]);
    const untold = web.filter((r) => r.returning === undefined);
    expect(untold.length / web.length).toBeGreaterThan(0.01);
    expect(untold.length / web.length).toBeLessThan(0.1);
    for (const r of untold) expect(r.attributes).toBeUndefined();
    const told = web.filter((r) => r.returning !== undefined);
    const returning = told.filter((r) => r.returning).length / told.length;
    expect(returning).toBeGreaterThan(0.27);
    expect(returning).toBeLessThan(0.45);
    for (const r of told) expect(r.attributes!.country).toMatch(/^[A-Z]{2}$/);
    const plans = (plan: string) => told.filter((r) => r.attributes!.plan === plan).length;
    expect(plans('gold')).toBeGreaterThan(5);
    expect(plans('gold')).toBeLessThan(plans('plus'));
    expect(plans('plus')).toBeLessThan(plans('free'));
    expect(plans('free') + plans('plus') + plans('gold')).toBeLessThan(told.length * 0.6); // not everyone signs in
  });

  it('gives the ratings of one visit one shopper', () => {
    const byVisit = new Map<string, SeedResponse[]>();
    for (const r of responses) if (r.visitId) byVisit.set(r.visitId, [...(byVisit.get(r.visitId) ?? []), r]);
    const twice = [...byVisit.values()].filter((visit) => visit.length > 1);
    expect(twice.length).toBeGreaterThan(20);
    for (const visit of twice) {
      const who = visit.map((r) => JSON.stringify([r.returning, r.attributes]));
      expect(new Set(who).size).toBe(1);
    }
  });

  it('has gold members seldom unhappy in the cart or at shipping: they ship free', () => {
    const generous = generateSeedResponses({ days: 180, now: NOW, random: mulberry32(7) }).filter((r) => r.attributes?.plan);
    const goldShare = (items: SeedResponse[]) => items.filter((r) => r.attributes!.plan === 'gold').length / items.length;
    const unhappyAboutShipping = generous.filter((r) => r.rating <= 2 && (r.path === '/cart' || r.path === '/checkout/shipping'));
    expect(unhappyAboutShipping.length).toBeGreaterThan(20);
    expect(goldShare(unhappyAboutShipping)).toBeLessThan(goldShare(generous) / 2);
  });
});
