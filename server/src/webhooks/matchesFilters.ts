import type { EventType, WebhookFilters } from '../../../shared/schemas/webhook.ts';

/** What an event is about, as far as a destination's filters can tell. */
export interface EventFacts {
  /** The touchpoint key of the event's page, when it has one and it is on one. */
  touchpoint?: string;
  reasonCategory?: string;
  rating?: number;
  team?: string;
}

/** Does a destination asking for `events` under `filters` want this event? A filter left out lets all through. */
export function matchesFilters(events: readonly EventType[], filters: WebhookFilters, type: EventType, facts: EventFacts): boolean {
  if (!events.includes(type as (typeof events)[number])) return false;
  const passes = <T>(allowed: readonly T[] | undefined, value: T | undefined) => !allowed || (value !== undefined && allowed.includes(value));
  return (
    passes(filters.touchpoints, facts.touchpoint) &&
    passes<string>(filters.reasonCategories, facts.reasonCategory) &&
    passes(filters.ratings, facts.rating) &&
    passes(filters.teams, facts.team)
  );
}
