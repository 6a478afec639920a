import { z } from 'zod';
import { periodSchema, scoreResultSchema } from './score.ts';
import { stageKeySchema } from './touchpoint.ts';
import { fromBeforeTo, viewFilterFields } from './viewFilters.ts';

/** `GET /api/sites/:siteKey/peak-end?…filters`. */
export const peakEndQuerySchema = fromBeforeTo(z.object(viewFilterFields));

/** Visits by how far a moment (the peak or the end) sits from the visit's mean, in steps of 0.5 rating points. */
export const deviationBucketSchema = z.object({
  /** moment − mean, rounded to the nearest 0.5 (−4…4). */
  delta: z.number(),
  visits: z.number().int(),
});

export const endByStageSchema = z.object({
  /** The stage of the page the visit ended on; null for a page on no touchpoint. */
  stage: stageKeySchema.nullable(),
  name: z.string(),
  visits: z.number().int(),
  /** The end rating's mean (an abandonment counts as 1), with its t interval. */
  endRating: scoreResultSchema,
  /** The mean of those visits' means, to compare the end with. */
  visitRating: scoreResultSchema,
});

/** How the end compares with the visit's mean: ½ point or more below, within ½ point, or ½ point or more above. */
export const endEffectSchema = z.enum(['sinks', 'level', 'lifts']);

/** The NPS of the visits whose end sank, kept level or lifted them (visits with an NPS answer). */
export const npsByEndSchema = z.object({
  end: endEffectSchema,
  /** NPS −100…100 with its interval; n is how many of these visits answered NPS. */
  nps: scoreResultSchema,
});

export const peakEndSchema = z.object({
  site: z.string(),
  period: periodSchema,
  /**
   * Visits with two or more ratings: page ratings and CSAT/CES survey answers on
   * the 1–5 scale (CES 1–7 by a straight line); an abandonment after them counts
   * as their end, rated 1. NPS answers are not moments: the end is related to them.
   */
  visits: z.number().int(),
  /** Of those, how many ended in an abandonment. */
  abandonedEnds: z.number().int(),
  peakMinusMean: z.array(deviationBucketSchema),
  endMinusMean: z.array(deviationBucketSchema),
  /** Share of visits whose end is half a point or more below their mean (the end sinks the visit), with its interval. */
  endBelowMean: scoreResultSchema,
  /** Share whose end is half a point or more above it (the end lifts the visit). */
  endAboveMean: scoreResultSchema,
  endByStage: z.array(endByStageSchema),
  /** Of the visits, how many also answered NPS. */
  npsVisits: z.number().int(),
  /** NPS by how the visit's end compares with its mean: sinks, level, lifts, in that order. */
  npsByEnd: z.array(npsByEndSchema),
});

export type DeviationBucket = z.infer<typeof deviationBucketSchema>;
export type EndByStage = z.infer<typeof endByStageSchema>;
export type EndEffect = z.infer<typeof endEffectSchema>;
export type NpsByEnd = z.infer<typeof npsByEndSchema>;
export type PeakEnd = z.infer<typeof peakEndSchema>;
