import { z } from 'zod';
import { deviceSchema } from './response.ts';
import { countChangeSchema, periodSchema, scoreComparisonSchema, scoreResultSchema } from './score.ts';
import { stageKeySchema } from './touchpoint.ts';

/** The numbers of one touchpoint, stage or the unmapped pages over one period. */
export const experienceScoresSchema = z.object({
  /** Ratings (1–5) given. */
  responses: z.number().int(),
  /** Ratings of 1 or 2. */
  negativeRatings: z.number().int(),
  /** Mean rating 1–5. */
  avgRating: scoreResultSchema,
  /** Share of ratings of 4–5, 0–1. */
  csat: scoreResultSchema,
  /** Share of 4–5 minus share of 1–2, −1…1. */
  netExperience: scoreResultSchema,
  /**
   * Journey visits that stopped at a step whose page is here: the funnel's
   * "abandoned" (furthest step reached, journey not completed), placed on the
   * page where most of that step's events were recorded.
   */
  abandonments: z.number().int(),
});

/** This period against the previous one of equal length; `significant` only when the intervals say so. */
export const experienceChangeSchema = z.object({
  avgRating: scoreComparisonSchema,
  csat: scoreComparisonSchema,
  netExperience: scoreComparisonSchema,
  negativeRatings: countChangeSchema,
  abandonments: countChangeSchema,
});

const withPeriods = {
  current: experienceScoresSchema,
  previous: experienceScoresSchema,
  change: experienceChangeSchema,
};

export const journeyMapTouchpointSchema = z.object({
  key: z.string(),
  name: z.string(),
  stage: stageKeySchema,
  /** Distinct page paths that were rated or abandoned here this period. */
  pages: z.number().int(),
  ...withPeriods,
  /** The one touchpoint with the lowest net experience among those with enough data. */
  worst: z.boolean(),
});

export const journeyMapStageSchema = z.object({
  key: stageKeySchema,
  name: z.string(),
  /** In the site's order. */
  touchpoints: z.array(journeyMapTouchpointSchema),
  /** All of the stage's touchpoints together. */
  ...withPeriods,
});

/** `GET /api/sites/:siteKey/journey-map?from&to&device` */
export const journeyMapSchema = z.object({
  site: z.string(),
  from: z.string(),
  to: z.string(),
  device: deviceSchema.nullable(),
  /** The period of equal length just before, compared with. */
  previous: periodSchema,
  /** Scores from fewer answers than this have `enough: false`. */
  minSample: z.number().int(),
  /** Before, during and after purchase, left to right. */
  stages: z.array(journeyMapStageSchema),
  /** Pages no touchpoint's rules match, so nothing is hidden. */
  unmapped: z.object({
    ...withPeriods,
    /** The busiest unmapped pages this period, most answers first (at most 20). */
    pages: z.array(z.object({ path: z.string(), responses: z.number().int(), abandonments: z.number().int() })),
    /** Distinct unmapped paths this period. */
    pageCount: z.number().int(),
  }),
  /** Key of the touchpoint with `worst: true`, or null. */
  worst: z.string().nullable(),
});

export type ExperienceScores = z.infer<typeof experienceScoresSchema>;
export type ExperienceChange = z.infer<typeof experienceChangeSchema>;
export type JourneyMapTouchpoint = z.infer<typeof journeyMapTouchpointSchema>;
export type JourneyMapStage = z.infer<typeof journeyMapStageSchema>;
export type JourneyMap = z.infer<typeof journeyMapSchema>;
