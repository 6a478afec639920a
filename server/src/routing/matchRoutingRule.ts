import { matchUrlRule } from '../../../shared/matchUrlRule.ts';
import type { RoutingMatch, RoutingRules } from '../../../shared/schemas/routingRules.ts';
import { pagePathOf } from '../../../shared/touchpointForPath.ts';
import type { FeedbackFacts } from './feedbackFacts.ts';

function sameLang(wanted: string, lang: string | null): boolean {
  if (!lang) return false;
  const a = wanted.toLowerCase();
  const b = lang.toLowerCase().replace('_', '-');
  return b === a || b.startsWith(`${a}-`);
}

/** Whether every field the match gives holds for the feedback. */
export function matchesRouting(match: RoutingMatch, facts: FeedbackFacts): boolean {
  if (match.kind !== undefined && match.kind !== facts.kind) return false;
  if (match.reason !== undefined && match.reason !== facts.reason) return false;
  if (match.reasonCategory !== undefined && match.reasonCategory !== facts.reasonCategory) return false;
  if (match.journey !== undefined && match.journey !== facts.journey) return false;
  if (match.step !== undefined && match.step !== facts.step) return false;
  if (match.touchpoint !== undefined && match.touchpoint !== facts.touchpoint) return false;
  if (match.page !== undefined && !matchUrlRule(match.page, pagePathOf(facts.path))) return false;
  if (match.scoreMin !== undefined && (facts.score === null || facts.score < match.scoreMin)) return false;
  if (match.scoreMax !== undefined && (facts.score === null || facts.score > match.scoreMax)) return false;
  if (match.survey !== undefined && match.survey !== facts.survey) return false;
  if (match.lang !== undefined && !sameLang(match.lang, facts.lang)) return false;
  if (match.channel !== undefined && match.channel !== facts.channel) return false;
  if (match.device !== undefined && match.device !== facts.device) return false;
  return true;
}

export interface Routed {
  team: string;
  assignee: number | null;
  /** The position of the rule that matched; null: the fallback. */
  rule: number | null;
}

/** First match wins; nothing matched → the fallback team. */
export function routeFeedback(routing: RoutingRules, facts: FeedbackFacts): Routed {
  const rule = routing.rules.findIndex((r) => matchesRouting(r.match, facts));
  if (rule < 0) return { team: routing.fallbackTeam, assignee: null, rule: null };
  const { team, assignee } = routing.rules[rule]!;
  return { team, assignee: assignee ?? null, rule };
}
