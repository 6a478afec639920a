// Who a seeded web shopper is, as the widget would have said it: new or
// returning, and what the shop passed to `touchpoint('identify', …)`. Drawn once
// per visit, so every rating, answer and step event of a visit agrees.

import type { PageRatingInput } from '../shared/schemas/response.ts';
import { weighted, type Rng } from './random.ts';

export type SeedVisitor = Pick<PageRatingInput, 'returning' | 'attributes'>;

/** Browsers sending Global Privacy Control or Do Not Track: the widget says nothing about them. */
const PRIVACY_SIGNAL = 0.05;
/** Of the others, about a third come back. */
export const RETURNING_SHARE = 0.35;
/** Signed in, so the shop knows their membership plan: most returning shoppers, few new ones. */
const SIGNED_IN = { new: 0.15, returning: 0.7 };
const PLANS = [
  ['free', 60],
  ['plus', 28],
  ['gold', 12],
] as const;

/** The shop's storefront country, which follows the language the shopper browses in. */
const COUNTRIES: Record<string, readonly (readonly [string, number])[]> = {
  'en-US': [['US', 86], ['CA', 14]],
  'en-GB': [['GB', 92], ['IE', 8]],
  en: [['US', 30], ['GB', 20], ['AU', 25], ['NZ', 10], ['CA', 15]],
  'zh-CN': [['CN', 70], ['SG', 18], ['US', 12]],
};

export interface VisitorOdds {
  /** Chance the shopper is returning (default RETURNING_SHARE). */
  returning?: number;
  /** Weight of the gold plan against its default (gold members ship free, for one). */
  gold?: number;
}

/** One visitor, drawn from `rng`: nothing under a privacy signal; else new or returning, country and maybe a plan. */
export function seedVisitor(rng: Rng, lang: string, odds: VisitorOdds = {}): SeedVisitor {
  if (rng() < PRIVACY_SIGNAL) return {};
  const returning = rng() < (odds.returning ?? RETURNING_SHARE);
  const attributes: Record<string, string> = { country: weighted(rng, COUNTRIES[lang] ?? COUNTRIES.en!) };
  if (rng() < SIGNED_IN[returning ? 'returning' : 'new']) {
    attributes.plan = weighted(rng, PLANS.map(([plan, w]) => [plan, plan === 'gold' ? w * (odds.gold ?? 1) : w] as const));
  }
  return { returning, attributes };
}
