import { matchUrlRule } from './matchUrlRule.ts';
import type { Touchpoint } from './schemas/touchpoint.ts';

/** The path without its query string: rules match pages, not their parameters. */
export function pagePathOf(location: string): string {
  const end = location.indexOf('?');
  return end === -1 ? location : location.slice(0, end);
}

/**
 * The touchpoint a page belongs to: the first in the list with a matching rule,
 * so a specific touchpoint ("Payment", /checkout/payment) listed before a broad
 * one ("Checkout", /checkout/*) wins. Undefined when none matches.
 */
export function touchpointForPath<T extends Pick<Touchpoint, 'rules'>>(touchpoints: readonly T[], location: string): T | undefined {
  const path = pagePathOf(location);
  return touchpoints.find((touchpoint) => touchpoint.rules.some((rule) => matchUrlRule(rule, path)));
}
