import { z } from 'zod';
import { urlRuleSchema } from './urlRule.ts';

const slug = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, _ and -');

/** Who must act on a reason: used to route what shoppers say to the right team. */
export const reasonCategorySchema = z.enum(['pricing', 'payment', 'information', 'form', 'technical', 'intent', 'other']);

export const abandonReasonOptionSchema = z.object({
  code: slug,
  label: z.string().min(1).max(120),
  category: reasonCategorySchema,
});

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
  steps: z.array(journeyStepSchema).min(1).max(12),
  /** Pages that mean the journey is complete (a thank-you page). */
  completeMatch: z.array(urlRuleSchema).max(20).default([]),
  /** The answers offered to "What stopped you?", in order; an "other" free text is always offered. */
  reasons: z.array(abandonReasonOptionSchema).min(1).max(12),
});

export const journeyListSchema = z.object({ journeys: z.array(journeySchema) });

export type ReasonCategory = z.infer<typeof reasonCategorySchema>;
export type AbandonReasonOption = z.infer<typeof abandonReasonOptionSchema>;
export type JourneyStep = z.infer<typeof journeyStepSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type JourneyInput = z.input<typeof journeySchema>;

/** The reasons a new journey starts with; site owners edit, reorder and translate them. */
export const DEFAULT_ABANDON_REASONS: AbandonReasonOption[] = [
  { code: 'unexpected_costs', label: 'Unexpected costs (shipping, taxes)', category: 'pricing' },
  { code: 'payment_failed', label: 'Payment failed or timed out', category: 'payment' },
  { code: 'missing_information', label: "Couldn't find information I needed", category: 'information' },
  { code: 'form_confusing', label: 'The form was too long or confusing', category: 'form' },
  { code: 'technical_problem', label: 'Technical problem or error', category: 'technical' },
  { code: 'just_looking', label: 'Just looking / will come back later', category: 'intent' },
];
