import { z } from 'zod';
import { scoreResultSchema } from './score.ts';
import { surveySchema } from './survey.ts';

/** Shown, answered and completed visits of a survey over a period; the completion rate counts everyone shown. */
export const surveyFunnelSchema = z.object({
  /** Visits the survey was shown in. */
  shown: z.number().int(),
  /** Visits with at least one answer: partial answers count. */
  answered: z.number().int(),
  /** Visits that reached the end of the survey (the widget's `completed` event). */
  completed: z.number().int(),
  dismissed: z.number().int(),
  /** completed / shown, 0–1; null when it was never shown. */
  completionRate: z.number().nullable(),
});

/** The list's key figures for one survey: its funnel and its first score question's score. */
export const surveyFiguresSchema = surveyFunnelSchema.extend({
  headline: z
    .object({
      question: z.string(),
      type: z.enum(['nps', 'csat', 'ces', 'thumbs']),
      score: scoreResultSchema,
    })
    .nullable(),
});

/** `GET /api/sites/:siteKey/surveys?from&to`: every survey, the fatigue setting, key figures (default: last 30 days). */
export const surveyListSchema = z.object({
  cooldownDays: z.number().int(),
  surveys: z.array(surveySchema.extend({ updatedAt: z.string() })),
  /** By survey key, over `from`–`to`. */
  figures: z.record(z.string(), surveyFiguresSchema),
  from: z.string(),
  to: z.string(),
});

/** `PATCH /api/sites/:siteKey/surveys/:survey`: pause, go live, back to draft. */
export const surveyStatusChangeSchema = z.strictObject({ status: surveySchema.shape.status });

/** `PUT /api/sites/:siteKey/survey-settings`: after any survey is answered or dismissed, none for this many days. */
export const surveySettingsSchema = z.strictObject({ cooldownDays: z.number().int().min(0).max(365) });

export type SurveyFunnel = z.infer<typeof surveyFunnelSchema>;
export type SurveyFigures = z.infer<typeof surveyFiguresSchema>;
export type SurveyList = z.infer<typeof surveyListSchema>;
export type ListedSurvey = SurveyList['surveys'][number];
export type SurveySettings = z.infer<typeof surveySettingsSchema>;
