import { z } from 'zod';
import { fromBeforeTo, rangeBoundSchema, viewFilterFields } from './viewFilters.ts';

/** `?from&to` only: for the exports and the ingestion counts, which take no other filter. */
export const dateRangeQuerySchema = fromBeforeTo(
  z.object({
    from: rangeBoundSchema.optional(),
    to: rangeBoundSchema.optional(),
  }),
);

/** The overview's query: the view filters (shared/schemas/viewFilters.ts); default the 30 days before `to` (now). */
export const summaryQuerySchema = fromBeforeTo(z.object(viewFilterFields));

const nullableScore = z.number().nullable();

export const summarySchema = z.object({
  site: z.string(),
  from: z.string(),
  to: z.string(),
  totals: z.object({
    responses: z.number().int(),
    comments: z.number().int(),
    /** Mean rating 1–5; null when nothing was rated. */
    avgRating: nullableScore,
    /** Share of ratings of 4 or 5, 0–1; null when nothing was rated. */
    csat: nullableScore,
  }),
  /** One point per local day (the site's time zone) of the range that has ratings, in order; a day left out had none. */
  daily: z.array(
    z.object({
      date: z.string(),
      responses: z.number().int(),
      avgRating: nullableScore,
    }),
  ),
  /** Worst average rating first. */
  pages: z.array(
    z.object({
      path: z.string(),
      responses: z.number().int(),
      avgRating: nullableScore,
      csat: nullableScore,
    }),
  ),
  /** Latest first. */
  comments: z.array(
    z.object({
      id: z.string(),
      path: z.string(),
      rating: z.number().int().nullable(),
      comment: z.string(),
      createdAt: z.string(),
      device: z.string().nullable(),
      channel: z.string(),
      /** 'page_rating', or 'abandon_reason' for an answer to "What stopped you?". */
      type: z.string(),
      /** For abandonment answers: where the shopper stopped and why. */
      abandonment: z
        .object({ journey: z.string(), step: z.string(), reason: z.string(), reasonLabel: z.string() })
        .nullable(),
    }),
  ),
});

export type Summary = z.infer<typeof summarySchema>;
