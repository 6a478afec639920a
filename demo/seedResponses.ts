// Realistic page ratings for the demo shop, generated without I/O.
//
// Every UTC day gets its own PRNG, seeded from (seed, day), so a day's responses
// and their ids are the same whenever they are generated: seeding again later
// (even on another day) only adds the days that were not there before.

import type { Channel, Device } from '../shared/schemas/response.ts';
import type { ImportedResponseInput } from '../shared/schemas/import.ts';
import { mix, mulberry32, pick, weighted, type Rng } from './random.ts';
import { seedVisitor } from './seedVisitor.ts';

export type SeedResponse = ImportedResponseInput;

const DAY_MS = 86_400_000;
export const DEFAULT_SEED = 20240917;
/** Keeps who the shoppers are apart from the day's main PRNG, so adding it changed no rating. */
const VISITOR_STREAM = 0x766973;

/** The pages of demo/site, as the widget records them. */
export const DEMO_PAGES = [
  { path: '/', title: 'Northwind Outfitters — Gear for the long way round' },
  { path: '/product/trail-jacket', title: 'Ridgeline Trail Jacket — Northwind Outfitters' },
  { path: '/product/summit-pack', title: 'Summit 38 Backpack — Northwind Outfitters' },
  { path: '/cart', title: 'Your cart — Northwind Outfitters' },
  { path: '/checkout/shipping', title: 'Shipping — Checkout — Northwind Outfitters' },
  { path: '/checkout/payment', title: 'Payment — Checkout — Northwind Outfitters' },
  { path: '/checkout/thank-you', title: 'Thank you — Northwind Outfitters' },
] as const;

export type DemoPath = (typeof DEMO_PAGES)[number]['path'];

// ---------------------------------------------------------------------------
// The shape of the traffic

/** Share of web ratings per page. Checkout pages see fewer visitors but more opinions. */
const PAGE_WEIGHTS: readonly (readonly [DemoPath, number])[] = [
  ['/', 17],
  ['/product/trail-jacket', 20],
  ['/product/summit-pack', 14],
  ['/cart', 14],
  ['/checkout/shipping', 12],
  ['/checkout/payment', 13],
  ['/checkout/thank-you', 10],
];

/** Weights of ratings 1..5 per page. */
const RATING_WEIGHTS: Record<DemoPath, readonly number[]> = {
  '/': [2, 3, 12, 40, 43],
  '/product/trail-jacket': [1, 2, 8, 34, 55],
  '/product/summit-pack': [2, 3, 10, 37, 48],
  '/cart': [10, 16, 26, 28, 20],
  '/checkout/shipping': [6, 11, 22, 35, 26],
  '/checkout/payment': [30, 24, 18, 16, 12],
  '/checkout/thank-you': [1, 2, 7, 32, 58],
};

/** Visitors by UTC hour: quiet at night, a lunch bump and a long evening. */
export const HOUR_WEIGHTS = [2, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 9, 11, 10, 8, 8, 8, 9, 11, 13, 13, 11, 7, 4];

/** Ratings on a weekday (Mon–Fri) and on each weekend day, before noise. */
const WEEKDAY_VOLUME = 34;
const WEEKEND_VOLUME = 17;

// ---------------------------------------------------------------------------
// What people write

interface CommentPool {
  neg: readonly string[];
  mid: readonly string[];
  pos: readonly string[];
}

const EN: Record<DemoPath, CommentPool> = {
  '/': {
    neg: [
      'The homepage took ages to load on my phone.',
      'Could not find the sale section anywhere.',
      'Too many pop-ups before I could even see the products.',
    ],
    mid: [
      'Nice photos but I wanted to filter by size straight away.',
      'Looks good, a bit hard to find women’s sizes.',
      'Would love a store locator on the front page.',
    ],
    pos: [
      'Clean and easy to browse.',
      'Love the look of the new site!',
      'Found exactly what I was looking for in two clicks.',
      'Great selection of rain gear.',
    ],
  },
  '/product/trail-jacket': {
    neg: [
      'Size guide is confusing — is this a European or US size?',
      'Only black in stock in my size.',
      'Photos don’t show the hood properly.',
    ],
    mid: [
      'Would like more photos of the inside pockets.',
      'Good description but no mention of the weight when packed.',
      'Not sure if it is fully waterproof or just water resistant.',
    ],
    pos: [
      'Bought one last year, it survived a week in Scotland. Getting another.',
      'Size guide was spot on.',
      'Great detail on the materials and the fit.',
      'Colours look exactly like the photos.',
      'Reviews from other hikers really helped.',
    ],
  },
  '/product/summit-pack': {
    neg: [
      'No back-length measurements, I can’t tell if it will fit.',
      'The 3D view kept spinning on mobile.',
    ],
    mid: [
      'Would be nice to compare with the 45L version.',
      'Is the rain cover included or not?',
      'Good info, but the price went up since last week.',
    ],
    pos: [
      'Exactly the pack I was looking for.',
      'Love that you list the weight of every part.',
      'Clear photos of the hip belt pockets, thanks!',
      'Easy to pick a colour and size.',
    ],
  },
  '/cart': {
    neg: [
      'Shipping costs are way too high for a jacket.',
      '$12.95 shipping only shown at the very end. Not happy.',
      'Shipping cost more than the socks I ordered.',
      'Why is there no free shipping under $350?',
      'Promo code field rejected my newsletter code.',
      'Cart emptied itself when I logged in.',
    ],
    mid: [
      'Shipping is a bit expensive, but I get it.',
      'Would be nice to see delivery dates in the cart.',
      'Had to remove an item to change the size.',
    ],
    pos: ['Quick and simple.', 'Liked the free-shipping progress bar.', 'Easy to update quantities.'],
  },
  '/checkout/shipping': {
    neg: [
      'Postcode field didn’t accept my Canadian postcode.',
      'Address autocomplete filled in the wrong city.',
      'No option to ship to a pickup point.',
      'Express shipping is really expensive.',
    ],
    mid: [
      'Form is fine but it asked for my email twice.',
      'Would like to save my address for next time.',
      'Delivery estimate was a bit vague.',
    ],
    pos: ['Fast form, autofill worked perfectly.', 'Good choice of delivery options.', 'Easy.'],
  },
  '/checkout/payment': {
    neg: [
      'Card was declined twice, then went through on the third try.',
      'Payment page timed out and I had to start over.',
      'Card was declined twice even though my bank says everything is fine.',
      'Payment page timed out after I entered my card details.',
      'The 3-D Secure popup never appeared, the spinner kept spinning.',
      'No PayPal? I don’t want to type my card number.',
      'Got charged twice, one of them is still pending.',
      'Error "something went wrong" with no explanation.',
      'The card number field kept deleting digits on my phone.',
      'Expiry date field wants MM/YY but the keyboard shows letters.',
    ],
    mid: [
      'Worked on the second try.',
      'Slow, but it went through in the end.',
      'Would like Apple Pay as an option.',
    ],
    pos: ['Smooth payment.', 'Paid with my card, no problems.'],
  },
  '/checkout/thank-you': {
    neg: ['No order confirmation email yet.', 'Order number is not shown anywhere to copy.'],
    mid: ['Would like a delivery date, not just “3–5 days”.', 'OK, but let me create an account from here.'],
    pos: [
      'Smooth checkout, thanks!',
      'Confirmation email arrived instantly.',
      'Great, can’t wait for the jacket.',
      'Easy from start to finish.',
    ],
  },
};

// Simplified Chinese, for visitors whose browser asks for it.
const ZH: Record<DemoPath, CommentPool> = {
  '/': {
    neg: ['首页在手机上加载太慢了。'],
    mid: ['希望首页能直接按尺码筛选。'],
    pos: ['网站很漂亮，浏览很方便。', '户外装备种类很齐全。'],
  },
  '/product/trail-jacket': {
    neg: ['尺码表看不懂，是欧码还是美码？'],
    mid: ['希望有更多内袋的照片。', '不确定是否完全防水。'],
    pos: ['尺码很准，穿着很舒服。', '颜色和图片一模一样。', '质量很好，已经是第二件了。'],
  },
  '/product/summit-pack': {
    neg: ['没有背长尺寸，不知道合不合适。'],
    mid: ['防雨罩是否包含在内？'],
    pos: ['正是我想要的背包。', '每个部件的重量都写得很清楚，很贴心。'],
  },
  '/cart': {
    neg: ['运费太贵了。', '运费到最后才显示，体验不好。', '优惠码无法使用。'],
    mid: ['运费有点高，希望能免运费。'],
    pos: ['购物车很简单好用。'],
  },
  '/checkout/shipping': {
    neg: ['地址自动填写填错了城市。', '不能寄到自提点。'],
    mid: ['希望能保存地址，下次不用再填。'],
    pos: ['填写很快，很方便。'],
  },
  '/checkout/payment': {
    neg: ['信用卡被拒绝了两次。', '支付页面超时，只好重新下单。', '不支持支付宝或微信支付吗？', '付款一直在转圈，没有反应。'],
    mid: ['第二次才付款成功。'],
    pos: ['付款很顺利。'],
  },
  '/checkout/thank-you': {
    neg: ['还没有收到订单确认邮件。'],
    mid: ['希望能显示具体的送达日期。'],
    pos: ['下单过程很顺利，谢谢！', '确认邮件马上就收到了。'],
  },
};

/** What support staff type in when they log feedback from other channels. */
const CHANNEL_COMMENTS: Record<Exclude<Channel, 'web' | 'api' | 'sms'>, CommentPool> = {
  email: {
    neg: [
      'Reply to order survey: payment failed twice before it went through.',
      'Reply to order survey: shipping was more than I expected.',
    ],
    mid: ['Reply to order survey: fine, but delivery took a week.'],
    pos: ['Reply to order survey: great jacket, fast delivery.', 'Reply to order survey: love the backpack!'],
  },
  phone: {
    neg: [
      'Customer called: card declined at checkout, order placed by phone instead.',
      'Customer called: payment page timed out, worried about a double charge.',
      'Customer called: asked why shipping costs $12.95.',
    ],
    mid: ['Customer called: wanted to know if the rain cover is included.'],
    pos: ['Customer called to say thanks for the quick exchange.'],
  },
  store: {
    neg: ['In-store survey: the size she wanted online was not in stock in store either.'],
    mid: ['In-store survey: tried the jacket on after seeing it online.'],
    pos: ['In-store survey: staff helped fit the backpack, very happy.', 'In-store survey: great advice on rain gear.'],
  },
};

const CHANNEL_PATHS: Record<Exclude<Channel, 'web' | 'api' | 'sms'>, readonly (readonly [DemoPath, number])[]> = {
  email: [
    ['/checkout/thank-you', 5],
    ['/checkout/payment', 2],
    ['/product/trail-jacket', 2],
    ['/product/summit-pack', 1],
  ],
  phone: [
    ['/checkout/payment', 6],
    ['/cart', 2],
    ['/product/summit-pack', 1],
  ],
  store: [
    ['/product/trail-jacket', 3],
    ['/product/summit-pack', 3],
    ['/', 1],
  ],
};

// ---------------------------------------------------------------------------

export interface SeedOptions {
  /** How many days back from `now` (default 30). */
  days?: number;
  /** End of the range, exclusive (default: the current time). */
  now?: Date | number;
  /** Base seed (default DEFAULT_SEED). */
  seed?: number;
  /**
   * A seeded PRNG (e.g. `mulberry32(7)`), instead of `seed`: it is drawn from
   * once to pick the base seed, so the same PRNG seed gives the same data.
   */
  random?: () => number;
  /** Starts every id; use one per site, as ids are unique across the collector. Default 'seed'. */
  idPrefix?: string;
}

/** A rating of `path` from its weights; the payment page is worse on phones and on the provider's bad days. */
export function ratingFor(rng: Rng, path: DemoPath, device: Device | undefined, incident: boolean): number {
  const weights = [...RATING_WEIGHTS[path]];
  if (path === '/checkout/payment') {
    // The card form is fiddly on phones, and some days the payment provider has trouble.
    if (device === 'mobile') weights[0]! += 12;
    if (incident) {
      weights[0]! += 60;
      weights[1]! += 20;
    }
  }
  return weighted(
    rng,
    weights.map((w, i) => [i + 1, w] as const),
  );
}

/** Maybe a comment that fits the page, the rating's mood, the channel and the language. */
export function commentFor(rng: Rng, path: DemoPath, rating: number, channel: Channel, zh: boolean, incident: boolean) {
  const chance = channel !== 'web' ? 0.85 : rating <= 2 ? 0.62 : rating === 3 ? 0.42 : 0.24;
  if (rng() >= chance) return undefined;
  const mood = rating <= 2 ? 'neg' : rating === 3 ? 'mid' : 'pos';
  if (channel === 'email' || channel === 'phone' || channel === 'store') return pick(rng, CHANNEL_COMMENTS[channel][mood]);
  if (incident && path === '/checkout/payment' && mood === 'neg' && !zh && rng() < 0.6) {
    return pick(rng, ['Payment page timed out.', 'Payment page timed out twice, gave up.', 'Card was declined twice.']);
  }
  return pick(rng, (zh ? ZH : EN)[path][mood]);
}

function visitIdFor(rng: Rng): string {
  let id = 'v_';
  for (let i = 0; i < 12; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(rng() * 36)];
  return id;
}

function dateStamp(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/** All responses of one UTC day, whole day, in a stable order. */
function generateDay(baseSeed: number, dayNumber: number, idPrefix: string): SeedResponse[] {
  const rng = mulberry32(mix(baseSeed, dayNumber));
  const visitorRng = mulberry32(mix(mix(baseSeed, VISITOR_STREAM), dayNumber));
  const dayStart = dayNumber * DAY_MS;
  const weekday = new Date(dayStart).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  // Roughly one day in fourteen the payment provider has a bad day.
  const incident = rng() < 0.07;
  const volume = Math.round((weekend ? WEEKEND_VOLUME : WEEKDAY_VOLUME) * (0.75 + rng() * 0.5));
  const stamp = dateStamp(dayNumber);
  const out: SeedResponse[] = [];
  const nextId = () => `${idPrefix}-${baseSeed.toString(36)}-${stamp}-${out.length}`;

  const hours = HOUR_WEIGHTS.map((w, h) => [h, w] as const);
  const pageWeights = incident
    ? PAGE_WEIGHTS.map(([p, w]) => [p, p === '/checkout/payment' ? w * 2.5 : w] as const)
    : PAGE_WEIGHTS;

  for (let i = 0; i < volume; i++) {
    const channel = weighted<Exclude<Channel, 'api' | 'sms'>>(rng, [
      ['web', 92],
      ['email', 4],
      ['phone', 2.5],
      ['store', 1.5],
    ]);
    const path = channel === 'web' ? weighted(rng, pageWeights) : weighted(rng, CHANNEL_PATHS[channel]);
    const device: Device | undefined =
      channel === 'web'
        ? weighted<Device>(rng, [
            ['desktop', 52],
            ['mobile', 40],
            ['tablet', 8],
          ])
        : channel === 'email'
          ? weighted<Device>(rng, [
              ['desktop', 1],
              ['mobile', 1],
            ])
          : undefined;
    const zh = channel === 'web' && rng() < 0.12;
    const lang = channel !== 'web' ? undefined : zh ? 'zh-CN' : weighted(rng, [
      ['en-US', 70],
      ['en-GB', 18],
      ['en', 12],
    ] as const);
    const rating = ratingFor(rng, path, device, incident);
    const comment = commentFor(rng, path, rating, channel, zh, incident);
    const createdAt = dayStart + weighted(rng, hours) * 3_600_000 + Math.floor(rng() * 3600) * 1000;
    const title = DEMO_PAGES.find((p) => p.path === path)!.title;
    const visitId = channel === 'web' ? visitIdFor(rng) : undefined;
    // Gold members ship free: they are seldom the ones unhappy in the cart or at shipping.
    const shippingComplaint = rating <= 2 && (path === '/cart' || path === '/checkout/shipping');
    const who = channel === 'web' ? seedVisitor(visitorRng, lang!, { gold: shippingComplaint ? 0.1 : 1 }) : {};

    const response: SeedResponse = {
      type: 'page_rating',
      id: nextId(),
      rating,
      path,
      createdAt: new Date(createdAt).toISOString(),
      channel,
    };
    if (comment) response.comment = comment;
    if (channel === 'web') response.title = title;
    if (lang) response.lang = lang;
    if (visitId) response.visitId = visitId;
    if (device) response.device = device;
    Object.assign(response, who);
    out.push(response);

    // Some shoppers rated the shipping step too, a few minutes before paying.
    if (channel === 'web' && path === '/checkout/payment' && rng() < 0.25) {
      const shippingRating = ratingFor(rng, '/checkout/shipping', device, false);
      const shippingComment = commentFor(rng, '/checkout/shipping', shippingRating, channel, zh, false);
      const earlier: SeedResponse = {
        type: 'page_rating',
        id: nextId(),
        rating: shippingRating,
        path: '/checkout/shipping',
        title: DEMO_PAGES.find((p) => p.path === '/checkout/shipping')!.title,
        createdAt: new Date(createdAt - (2 + Math.floor(rng() * 5)) * 60_000).toISOString(),
        channel,
      };
      if (shippingComment) earlier.comment = shippingComment;
      if (lang) earlier.lang = lang;
      if (visitId) earlier.visitId = visitId;
      if (device) earlier.device = device;
      Object.assign(earlier, who); // the same visit, the same shopper
      out.push(earlier);
    }
  }
  return out;
}

/**
 * Page ratings for the demo shop over `days` days before `now`, oldest first.
 * Deterministic for a given seed; a response's id depends only on the seed, its
 * UTC day and its place in that day, never on `now`.
 */
export function generateSeedResponses(options: SeedOptions = {}): SeedResponse[] {
  const days = options.days ?? 30;
  if (!(days > 0)) throw new Error('days must be positive');
  const now = options.now === undefined ? Date.now() : +options.now;
  const baseSeed =
    options.seed !== undefined
      ? options.seed >>> 0
      : options.random
        ? Math.floor(options.random() * 4294967296) >>> 0
        : DEFAULT_SEED;
  const idPrefix = (options.idPrefix ?? 'seed').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32) || 'seed';

  const from = now - days * DAY_MS;
  const firstDay = Math.floor(from / DAY_MS);
  const lastDay = Math.floor((now - 1) / DAY_MS);
  const out: SeedResponse[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const r of generateDay(baseSeed, day, idPrefix)) {
      const t = Date.parse(r.createdAt);
      if (t >= from && t < now) out.push(r);
    }
  }
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
