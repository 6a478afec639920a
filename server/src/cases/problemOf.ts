import type { FeedbackFacts } from '../routing/feedbackFacts.ts';

/**
 * The fix-first problem a case belongs to, as `kind:key` with fix first's own
 * keys (server/src/insight/buildFixFirst.ts): a "What stopped you?" reason at
 * its step, else the page's touchpoint, else the page.
 */
export function problemOf(facts: FeedbackFacts): string {
  if (facts.kind === 'abandon_reason' && facts.journey && facts.step && facts.reason) {
    return `abandon_reason:${facts.journey}/${facts.step}/${facts.reason}`;
  }
  if (facts.touchpoint) return `touchpoint:${facts.touchpoint}`;
  return `page:${facts.path.split('?')[0]}`;
}
