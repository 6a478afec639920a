import { z } from 'zod';
import { insightQuerySchema } from './insightQuery.ts';
import { scoreComparisonSchema, scoreResultSchema } from './score.ts';
import { surveyFunnelSchema } from './surveyAdmin.ts';
import { surveySchema, type Question } from './survey.ts';

/** The view filters (shared/schemas/viewFilters.ts), read as for the insight views: default the 30 days before `to` (now). */
export const surveyResultsQuerySchema = insightQuerySchema;

/** How many answers gave one score (`value` "0"–"10") or chose one option (`value` its id). */
export const distributionEntrySchema = z.object({
  value: z.string(),
  /** The option's label; the score itself for scores; the id for an option since removed. */
  label: z.string(),
  count: z.number().int(),
});

export const dailyScoreSchema = z.object({
  date: z.string(),
  /** That day's answers alone: few, so it jumps. */
  score: scoreResultSchema,
  /** The 7 days ending that day: what a trend line shows. */
  trailingWeek: scoreResultSchema,
});

export const questionResultSchema = z.object({
  id: z.string(),
  type: z.enum(['nps', 'csat', 'ces', 'thumbs', 'single_choice', 'multiple_choice', 'open_text']) satisfies z.ZodType<Question['type']>,
  /** As defined; null for a score question that uses the widget's default wording. */
  text: z.string().nullable(),
  /** Answers (the last per visit), partial surveys included. */
  n: z.number().int(),
  /** Scores: every point of the scale, in order; choices: every option, then any since removed. Empty for open text. */
  distribution: z.array(distributionEntrySchema),
  /** NPS −100…100, CSAT share of 4–5 (0–1), CES mean 1–7, thumbs-up share (0–1); null for other types. */
  score: scoreResultSchema.nullable(),
  previousScore: scoreResultSchema.nullable(),
  change: scoreComparisonSchema.nullable(),
  /**
   * The score per UTC day of the period and over the 7 days to each, for the days whose own or trailing
   * week has answers, in order; a day left out has none in either. Empty for other types.
   */
  daily: z.array(dailyScoreSchema),
  /** The previous period's the same way; its day matching a `daily` day is as many days before as the period is long. */
  previousDaily: z.array(dailyScoreSchema),
});

export const openTextAnswerSchema = z.object({
  id: z.string(),
  question: z.string(),
  text: z.string(),
  createdAt: z.string(),
  path: z.string(),
  device: z.string().nullable(),
  lang: z.string().nullable(),
  /** The same visit's answers to the survey's score questions, when it gave any. */
  scores: z.array(z.object({ question: z.string(), type: z.enum(['nps', 'csat', 'ces', 'thumbs']), score: z.number().int() })),
});

/** `GET /api/sites/:siteKey/surveys/:survey/results`: default the last 30 days, against the 30 before. */
export const surveyResultsSchema = z.object({
  survey: z.string(),
  name: z.string(),
  status: surveySchema.shape.status,
  from: z.string(),
  to: z.string(),
  totals: surveyFunnelSchema,
  /** The previous period of equal length. */
  previous: surveyFunnelSchema,
  questions: z.array(questionResultSchema),
  /** Latest first, at most OPEN_TEXT_LIMIT. */
  openText: z.array(openTextAnswerSchema),
});

export const OPEN_TEXT_LIMIT = 100;

export type DistributionEntry = z.infer<typeof distributionEntrySchema>;
export type DailyScore = z.infer<typeof dailyScoreSchema>;
export type QuestionResult = z.infer<typeof questionResultSchema>;
export type OpenTextAnswer = z.infer<typeof openTextAnswerSchema>;
export type SurveyResults = z.infer<typeof surveyResultsSchema>;
