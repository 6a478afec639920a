import { z } from 'zod';
import { DEFAULT_ABANDON_REASONS, OTHER_REASON, REASON_CATEGORIES } from '../abandonReasons.ts';
import { urlRuleSchema } from './urlRule.ts';

export { DEFAULT_ABANDON_REASONS, OTHER_REASON };

const slug = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, _ and -');

/** Who must act on a reason: used to route what shoppers say to the right team. */
export const reasonCategorySchema = z.enum(REASON_CATEGORIES);

export const abandonReasonOptionSchema = z.object({
  code: slug,
  label: z.string().min(1).max(120),
  category: reasonCategorySchema,
  /** The label in other languages, by language tag: `{ "zh-CN": "运费比预期高" }`; shoppers read the one for their language. */
  labels: z.record(z.string().min(2).max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language tag such as zh-CN'), z.string().min(1).max(120)).optional(),
});

function unique<T>(key: (item: T) => string) {
  return (items: T[]) => new Set(items.map(key)).size === items.length;
}

export const journeyStepSchema = z.object({
  key: slug,
  name: z.string().min(1).max(80),
  /** Pages that are this step; empty when the step is declared by markup or script only. */
  match: z.array(urlRuleSchema).max(20).default([]),
});

export const journeySchema = z.object({
  key: slug,
  name: z.string().min(1).max(80),
  /** In order: the funnel goes from the first to the last. */
  steps: z
    .array(journeyStepSchema)
    .min(1)
    .max(12)
    .refine(unique((step: { key: string }) => step.key), 'each step needs its own key'),
  /** Pages that mean the journey is complete (a thank-you page). */
  completeMatch: z.array(urlRuleSchema).max(20).default([]),
  /**
   * The answers offered to "What stopped you?", in order; an "other" free text is
   * always offered. Omitted: DEFAULT_ABANDON_REASONS.
   */
  reasons: z
    .array(abandonReasonOptionSchema)
    .min(1)
    .max(12)
    .refine(unique((reason: { code: string }) => reason.code), 'each reason needs its own code')
    .refine((reasons) => reasons.every((r) => r.code !== OTHER_REASON), `"${OTHER_REASON}" is always offered; do not list it`)
    .default(() => DEFAULT_ABANDON_REASONS.map((reason) => ({ ...reason }))),
});

/** `GET /api/sites/:siteKey/journeys` */
export const journeyListSchema = z.object({
  journeys: z.array(journeySchema),
  /** Keys seen in events without a definition: journeys declared by markup or script. */
  undeclared: z.array(z.string()),
});

export type ReasonCategory = z.infer<typeof reasonCategorySchema>;
export type AbandonReasonOption = z.infer<typeof abandonReasonOptionSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type JourneyInput = z.input<typeof journeySchema>;
export type JourneyList = z.infer<typeof journeyListSchema>;
