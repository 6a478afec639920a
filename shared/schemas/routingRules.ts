import { z } from 'zod';
import { REASON_CATEGORIES } from '../abandonReasons.ts';
import { channelSchema, deviceSchema } from './response.ts';
import { teamKeySchema } from './teams.ts';
import { urlRuleSchema } from './urlRule.ts';

export const FEEDBACK_KINDS = ['page_rating', 'abandon_reason', 'survey_answer'] as const;
export const feedbackKindSchema = z.enum(FEEDBACK_KINDS);

const slug = z.string().min(1).max(60);

/**
 * What a rule looks at; every field given must hold (an empty match catches
 * everything). `scoreMin`/`scoreMax` bound the feedback's own score: a page
 * rating 1–5, an NPS 0–10, CSAT 1–5, CES 1–7.
 */
export const routingMatchSchema = z.object({
  kind: feedbackKindSchema.optional(),
  reason: slug.optional(),
  reasonCategory: z.enum(REASON_CATEGORIES).optional(),
  journey: slug.optional(),
  step: slug.optional(),
  touchpoint: slug.optional(),
  page: urlRuleSchema.optional(),
  scoreMin: z.number().int().min(0).max(10).optional(),
  scoreMax: z.number().int().min(0).max(10).optional(),
  survey: slug.optional(),
  /** A language tag; matches its regional forms too (`zh` matches `zh-CN`). */
  lang: z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as en or zh-CN').optional(),
  channel: channelSchema.optional(),
  device: deviceSchema.optional(),
});

export const routingRuleSchema = z.object({
  match: routingMatchSchema,
  team: teamKeySchema,
  /** A user id the case is given to straight away. */
  assignee: z.number().int().positive().optional(),
});

/** `GET` / `PUT /api/sites/:siteKey/routing-rules`: first match wins; nothing matched → `fallbackTeam`. */
export const routingRulesSchema = z.object({
  rules: z.array(routingRuleSchema).max(200),
  fallbackTeam: teamKeySchema,
});

/**
 * `POST …/routing-rules/dry-run`: the rules (as in the editor, not yet saved)
 * against the feedback that opened cases in the last `days` (default 7).
 */
export const routingDryRunSchema = routingRulesSchema.extend({
  days: z.number().int().min(1).max(90).default(7),
});

/** Per rule (by position) how many of those cases it would have caught first; the rest fell to the fallback. */
export const routingDryRunResultSchema = z.object({
  from: z.string(),
  to: z.string(),
  cases: z.number().int(),
  perRule: z.array(z.number().int()),
  fallback: z.number().int(),
  /** Cases per team the rules would give. */
  perTeam: z.record(z.string(), z.number().int()),
});

export type FeedbackKind = z.infer<typeof feedbackKindSchema>;
export type RoutingMatch = z.infer<typeof routingMatchSchema>;
export type RoutingRule = z.infer<typeof routingRuleSchema>;
export type RoutingRules = z.infer<typeof routingRulesSchema>;
export type RoutingDryRunResult = z.infer<typeof routingDryRunResultSchema>;
