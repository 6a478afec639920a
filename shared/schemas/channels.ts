import { z } from 'zod';
import { channelSchema } from './response.ts';
import { periodSchema, scoreComparisonSchema, scoreResultSchema } from './score.ts';
import { stageKeySchema } from './touchpoint.ts';
import { fromBeforeTo, viewFilterFields } from './viewFilters.ts';

/**
 * `GET /api/sites/:siteKey/channels?…filters`: every view filter except
 * `channel`, since the view compares channels with each other.
 */
export const channelsQuerySchema = fromBeforeTo(z.object(viewFilterFields).omit({ channel: true }));

/** One channel's page ratings on one touchpoint (or on all of them). */
export const channelCellSchema = z.object({
  channel: channelSchema,
  /** Ratings (1–5) given through this channel here. */
  n: z.number().int(),
  /** This channel's part of the row's ratings, 0–1. */
  share: z.number(),
  /** Share of 4–5 minus share of 1–2, −1…1: the score the journey map shows for touchpoints. */
  netExperience: scoreResultSchema,
  /** Share of ratings of 4–5, 0–1. */
  csat: scoreResultSchema,
  /** Mean rating 1–5. */
  avgRating: scoreResultSchema,
  /** Net experience minus the web's on the same row (MOVER interval); null for the web itself or when the row has no web ratings. */
  vsWeb: scoreComparisonSchema.nullable(),
  /** Significantly below the web on the same row. */
  worse: z.boolean(),
});

export const channelRowSchema = z.object({
  /** The touchpoint's key; null for pages on no touchpoint, or for the row of all touchpoints. */
  touchpoint: z.string().nullable(),
  name: z.string(),
  /** The touchpoint's stage; null for the unmapped pages and for all touchpoints. */
  stage: stageKeySchema.nullable(),
  /** Ratings through every channel. */
  n: z.number().int(),
  /** The channels that rated here, web first, then most ratings first. */
  cells: z.array(channelCellSchema),
});

export const channelsSchema = z.object({
  site: z.string(),
  period: periodSchema,
  /** Below this many ratings a score is "not enough data" and never marked worse. */
  minSample: z.number().int(),
  /** Every channel with ratings in the period, in the order the cells use. */
  channels: z.array(channelSchema),
  /** All touchpoints and unmapped pages together. */
  all: channelRowSchema,
  /** Touchpoints in stage order, then the unmapped pages; only rows with ratings. */
  touchpoints: z.array(channelRowSchema),
});

export type ChannelCell = z.infer<typeof channelCellSchema>;
export type ChannelRow = z.infer<typeof channelRowSchema>;
export type Channels = z.infer<typeof channelsSchema>;
