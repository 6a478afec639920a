import { expect } from 'vitest';
import type { Channel, Device } from '../../../shared/schemas/response.ts';
import type { TouchpointMapInput } from '../../../shared/schemas/touchpoint.ts';
import { AFTER_FIXTURES, testApp } from '../testApp.ts';

/** The fixture's period: the rows below are dated inside it. */
export const NOVEMBER = 'from=2026-11-01T00:00:00Z&to=2026-11-29T00:00:00Z';

export const CHANNEL_MAP: TouchpointMapInput = {
  touchpoints: [
    { key: 'checkout', name: 'Checkout', stage: 'during', rules: [{ type: 'prefix', value: '/checkout' }] },
    { key: 'products', name: 'Product pages', stage: 'before', rules: [{ type: 'pattern', value: '/product/*' }] },
  ],
};

type Counts = [number, number, number, number, number];

export interface PlantedRatings {
  path: string;
  channel: Channel;
  device?: Device;
  /** How many of each rating 1…5. */
  counts: Counts;
  comment?: string;
}

let sequence = 0;

/** Rows of the import API: `counts[i]` ratings of i + 1, dated in November. */
export function ratingRows({ path, channel, device, counts, comment }: PlantedRatings) {
  return counts.flatMap((count, i) =>
    Array.from({ length: count }, () => ({
      type: 'page_rating' as const,
      id: `resp_ch${(sequence++).toString().padStart(6, '0')}`,
      rating: i + 1,
      path,
      channel,
      ...(device ? { device } : {}),
      ...(comment ? { comment } : {}),
      createdAt: `2026-11-${String(10 + (sequence % 10)).padStart(2, '0')}T12:00:00Z`,
    })),
  );
}

/**
 * A collector with the checkout/products map and the given ratings imported;
 * its clock is after November unless given (cases open only for feedback of the last 14 days).
 */
export async function channelShop(planted: readonly PlantedRatings[], now = AFTER_FIXTURES) {
  const t = testApp({ now: () => now });
  expect((await t.admin(`/api/sites/${t.site.key}/touchpoints`, { method: 'PUT', body: JSON.stringify(CHANNEL_MAP) })).status).toBe(200);
  const responses = planted.flatMap(ratingRows);
  const res = await t.admin(`/api/sites/${t.site.key}/import`, { method: 'POST', body: JSON.stringify({ responses }) });
  expect(res.status).toBe(201);
  return t;
}
