import { z } from 'zod';
import { LIMITS } from '../limits.ts';

/**
 * `GET` / `PUT /api/sites/:siteKey/case-settings`: which feedback becomes a case,
 * and who the replies to shoppers are from. The defaults are the issue's: a
 * page rating of 1–2, a "What stopped you?" answer other than "just looking",
 * a survey detractor (NPS 0–6, CSAT 1–2, CES 5–7), any comment left with a
 * contact e-mail given with consent.
 */
export const caseSettingsSchema = z.object({
  /** Page ratings at or under this open a case; 0: none do. */
  ratingAtMost: z.number().int().min(0).max(5).default(2),
  abandonAnswers: z.boolean().default(true),
  surveyDetractors: z.boolean().default(true),
  contactComments: z.boolean().default(true),
  /** The From of replies to shoppers; empty: the collector's default sender. */
  senderEmail: z.union([z.email().max(LIMITS.email), z.literal('')]).default(''),
  senderName: z.string().trim().max(80).default(''),
});

export type CaseSettings = z.infer<typeof caseSettingsSchema>;
