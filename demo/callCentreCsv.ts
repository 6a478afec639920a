// The demo call centre's export: a CSV as a call-centre tool writes it (its own
// column names, day-first dates, a 1–10 satisfaction score, its own words for
// queues and topics), generated without I/O so tests and `npm run
// demo:call-centre` write the same file for the same clock.
//
// Callers about a payment are far less satisfied than the shop's web visitors
// on the payment page, while the other topics go as well on the phone as on
// the web: once imported, the Channels view shows the payment touchpoint with
// the phone clearly worse.

import type { ImportMappingInput } from '../shared/schemas/importMapping.ts';
import { mix, mulberry32, pick, weighted, type Rng } from './random.ts';

const DAY_MS = 86_400_000;
const SEED = 20261207;

/** The mapping the demo seed saves as "Call centre", so the file imports in a minute. */
export const CALL_CENTRE_MAPPING_NAME = 'Call centre';
export const CALL_CENTRE_MAPPING: ImportMappingInput = {
  columns: { date: 'Call date', score: 'Satisfaction (1-10)', channel: 'Queue', page: 'Topic', comment: 'Agent notes', language: 'Language', id: 'Call ID' },
  attributes: { region: 'Region' },
  dateFormat: 'dmy',
  timeZone: 'UTC',
  // Stored as page ratings, so they count where the web's ratings count: the Channels view, the journey map, fix first.
  score: { min: 1, max: 10, to: 'rating' },
  channel: 'phone',
  channels: { 'Call centre': 'phone', 'Shop counter': 'store' },
  pages: { Payment: '/checkout/payment', Delivery: '/checkout/shipping', 'Order status': '/checkout/thank-you', Basket: '/cart' },
};

const HEADER = ['Call ID', 'Call date', 'Queue', 'Topic', 'Satisfaction (1-10)', 'Agent notes', 'Language', 'Region'];

type Topic = 'Payment' | 'Delivery' | 'Order status' | 'Basket';

const TOPICS: readonly (readonly [Topic, number])[] = [
  ['Payment', 40],
  ['Delivery', 25],
  ['Order status', 20],
  ['Basket', 15],
];

/** Weights of the scores 1..10 per topic: payment calls are angry, the others as content as the web. */
const SCORE_WEIGHTS: Record<Topic, readonly number[]> = {
  Payment: [52, 22, 12, 6, 3, 2, 1, 1, 1, 0],
  Delivery: [2, 3, 4, 5, 8, 10, 16, 22, 18, 12],
  'Order status': [1, 1, 2, 3, 5, 8, 14, 22, 24, 20],
  Basket: [4, 5, 7, 9, 12, 14, 16, 15, 10, 8],
};

const NOTES: Record<Topic, { low: readonly string[]; high: readonly string[] }> = {
  Payment: {
    low: [
      'Card declined twice on the payment page, customer sure the card is fine',
      'Charged twice, wants a refund of the second charge',
      'Bank code (3-D Secure) never arrived, gave up and called',
      'Payment page timed out, worried the order went through anyway',
      '-- customer hung up before we could check the charge',
      'PayPal window closed itself, third call this week',
    ],
    high: ['Payment went through after we resent the link', 'Helped pay by bank transfer instead'],
  },
  Delivery: {
    low: ['Parcel late, tracking not updated', 'Wrong delivery address saved, could not change it online'],
    high: ['Changed the delivery day, easy', 'Asked about express delivery, happy with the answer'],
  },
  'Order status': {
    low: ['No confirmation e-mail received'],
    high: ['Confirmed the order number, all fine', 'Wanted to know when it ships, happy'],
  },
  Basket: {
    low: ['Discount code not accepted in the basket'],
    high: ['Helped add a second size to the basket', 'Question about stock, answered'],
  },
};

const REGIONS = ['North', 'South', 'East', 'West'];

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

const pad = (n: number) => String(n).padStart(2, '0');
const dayFirst = (at: number) => {
  const d = new Date(at);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

function callsOfDay(rng: Rng, dayStart: number, endAt: number): { at: number; cells: string[] }[] {
  const weekend = [0, 6].includes(new Date(dayStart).getUTCDay());
  const count = (weekend ? 3 : 8) + Math.floor(rng() * 4);
  const calls: { at: number; cells: string[] }[] = [];
  for (let i = 0; i < count; i++) {
    // Office hours, 08:00 to 19:59.
    const at = dayStart + (8 + Math.floor(rng() * 12)) * 3_600_000 + Math.floor(rng() * 60) * 60_000;
    const topic = weighted(rng, TOPICS);
    const score = weighted(
      rng,
      SCORE_WEIGHTS[topic].map((w, s) => [s + 1, w] as const),
    );
    const pool = score <= 5 ? NOTES[topic].low : NOTES[topic].high;
    const note = rng() < 0.6 ? pick(rng, pool) : '';
    const queue = rng() < 0.9 ? 'Call centre' : 'Shop counter';
    const language = rng() < 0.8 ? 'en' : 'de';
    if (at <= endAt) calls.push({ at, cells: [queue, topic, String(score), note, language, pick(rng, REGIONS)] });
  }
  return calls.sort((a, b) => a.at - b.at);
}

/** The export of the `days` UTC days up to `now`: a few hundred calls, oldest first. */
export function callCentreCsv({ now, days = 60 }: { now: number; days?: number }): string {
  const lines = [HEADER.join(',')];
  const today = Math.floor(now / DAY_MS);
  for (let day = today - days + 1; day <= today; day++) {
    // The call's id is its day and place in it: next month's export repeats it, and the import skips it.
    for (const [i, call] of callsOfDay(mulberry32(mix(SEED, day)), day * DAY_MS, now).entries()) {
      lines.push([`CC-${day}-${i + 1}`, dayFirst(call.at), ...call.cells].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
