import { z } from 'zod';
import { SCORE_QUESTION_TYPES } from '../surveyScales.ts';
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

/** One channel's answers to a survey's score question. */
export const surveyChannelCellSchema = z.object({
  channel: channelSchema,
  /** Answers to the scored question through this channel (a visit's last answer counts). */
  n: z.number().int(),
  /** This channel's part of the survey's answers, 0–1. */
  share: z.number(),
  /** The question's score as the survey results view gives it: NPS −100…100, CSAT and thumbs up 0–1, CES mean 1–7. */
  score: scoreResultSchema,
  /** The score minus the web's on the same survey (MOVER interval); null for the web itself or when the survey has no web answers. */
  vsWeb: scoreComparisonSchema.nullable(),
  /** Significantly below the web on the same survey. */
  worse: z.boolean(),
});

/** One survey: its first score question, per channel. */
export const surveyChannelRowSchema = z.object({
  survey: z.string(),
  name: z.string(),
  /** The survey's first score question, the one each cell scores. */
  question: z.string(),
  questionText: z.string().nullable(),
  scoreType: z.enum(SCORE_QUESTION_TYPES),
  /** Answers to that question through every channel. */
  n: z.number().int(),
  /** The channels that answered, web first, then most answers first. */
  cells: z.array(surveyChannelCellSchema),
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
  /** Every channel with survey answers in the period, in the order the survey cells use. */
  surveyChannels: z.array(channelSchema),
  /** Surveys with answers to their first score question in the period, in the order they were created. */
  surveys: z.array(surveyChannelRowSchema),
});

export type ChannelCell = z.infer<typeof channelCellSchema>;
export type ChannelRow = z.infer<typeof channelRowSchema>;
export type SurveyChannelCell = z.infer<typeof surveyChannelCellSchema>;
export type SurveyChannelRow = z.infer<typeof surveyChannelRowSchema>;
export type Channels = z.infer<typeof channelsSchema>;
