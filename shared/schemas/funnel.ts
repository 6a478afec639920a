import { z } from 'zod';
import { fromBeforeTo, viewFilterFields } from './viewFilters.ts';

/**
 * The funnel's query: the view filters (shared/schemas/viewFilters.ts). Journey
 * events are narrowed by device, page, language, visitor and attribute, and by
 * theme or tag to the visits whose comments have it; "What stopped you?"
 * answers as every response.
 */
export const funnelQuerySchema = fromBeforeTo(z.object(viewFilterFields));

export const funnelStepSchema = z.object({
  step: z.string(),
  name: z.string(),
  /** Visits that reached this step. */
  reached: z.number().int(),
  /** Visits whose furthest step this was and that did not complete. */
  abandoned: z.number().int(),
  /** Visits that reached this step and went on to complete the journey. */
  completed: z.number().int(),
  /** abandoned / reached, 0–1; null when nobody reached the step. */
  dropOffRate: z.number().nullable(),
});

export const funnelReasonSchema = z.object({
  step: z.string(),
  reason: z.string(),
  label: z.string(),
  category: z.string(),
  count: z.number().int(),
  /** Share of the answers given at this step, 0–1. */
  share: z.number(),
  /** A few recent comments or "other" texts given with this reason. */
  examples: z.array(z.string()),
});

export const funnelTotalsSchema = z.object({
  visits: z.number().int(),
  completed: z.number().int(),
  abandoned: z.number().int(),
  answers: z.number().int(),
});

/** `GET /api/sites/:siteKey/journeys/:journey/funnel` */
export const funnelSchema = z.object({
  journey: z.string(),
  name: z.string(),
  from: z.string(),
  to: z.string(),
  steps: z.array(funnelStepSchema),
  totals: funnelTotalsSchema,
  /** The same totals over the previous period of equal length, for comparison. */
  previous: funnelTotalsSchema,
  reasons: z.array(funnelReasonSchema),
  /** Answers per reason per UTC day, for the trend chart. */
  reasonTrend: z.array(z.object({ date: z.string(), reason: z.string(), count: z.number().int() })),
  /** Answers per reason per page path. */
  reasonsByPage: z.array(z.object({ path: z.string(), reason: z.string(), count: z.number().int() })),
});

export type FunnelStep = z.infer<typeof funnelStepSchema>;
export type FunnelReason = z.infer<typeof funnelReasonSchema>;
export type Funnel = z.infer<typeof funnelSchema>;
