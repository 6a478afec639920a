import { z } from 'zod';
import { problemKindSchema } from './insightQuery.ts';
import { deviceSchema } from './response.ts';
import { countChangeSchema, periodSchema } from './score.ts';

/** How many customers a problem hurt in one period. */
export const problemImpactSchema = z.object({
  /**
   * impact = negativeRatings + abandonments: each is one customer who had a bad
   * time here (a rating of 1–2) or gave up here (a journey visit that stopped
   * at this step). A shopper who did both counts twice; rating and journey
   * events carry no shared identity to merge them by.
   */
  impact: z.number().int(),
  negativeRatings: z.number().int(),
  abandonments: z.number().int(),
});

/**
 * One problem, in one of four lenses:
 * - `touchpoint`: a touchpoint's pages together (`touchpoint` = its key);
 * - `page`: one page path (`path`);
 * - `journey_step`: a step of a journey, abandonments only (`journey`, `step`);
 * - `abandon_reason`: a "What stopped you?" answer at a step; its
 *   abandonments are the answers giving it (`journey`, `step`, `reason`).
 * The same trouble can appear in several lenses (the Payment touchpoint, the
 * payment step, "payment failed"); `kind` filters to one. Without `kind`, a
 * page whose numbers are exactly its touchpoint's (its only page with trouble,
 * in both periods) is left out, as it would repeat the touchpoint's line.
 */
export const problemSchema = z.object({
  kind: problemKindSchema,
  /** Unique within the kind: touchpoint key, path, `journey/step`, `journey/step/reason`. */
  key: z.string(),
  /** What to call it: the touchpoint's name, the path, "Checkout › Payment", the reason's label. */
  label: z.string(),
  /** Where it is: the stage, the page's touchpoint, the journey and step of a reason; null when nothing to add. */
  context: z.string().nullable(),
  touchpoint: z.string().optional(),
  path: z.string().optional(),
  journey: z.string().optional(),
  step: z.string().optional(),
  reason: z.string().optional(),
  ...problemImpactSchema.shape,
  /** Ratings given (any score) here, for scale; 0 for journey steps and reasons. */
  responses: z.number().int(),
  previous: problemImpactSchema,
  /** Impact against the previous period (shared/scores/compareCounts.ts). */
  change: countChangeSchema,
  /** shared/scores/problemFlag.ts: `new` (absent before, ≥ 5 now) or `growing` (≥ 2× and significant). */
  flag: z.enum(['new', 'growing']).nullable(),
  /** Up to 3 different recent comments: with ratings of 1–2, or written with an abandonment reason. */
  examples: z.array(z.string()).max(3),
});

/** `GET /api/sites/:siteKey/fix-first?from&to&device&kind&limit`: most customers hurt first. */
export const fixFirstSchema = z.object({
  site: z.string(),
  from: z.string(),
  to: z.string(),
  device: deviceSchema.nullable(),
  previous: periodSchema,
  kind: problemKindSchema.nullable(),
  /** Impact, highest first; among equals, the larger increase first. Problems with no impact in either period are left out. */
  problems: z.array(problemSchema),
  /** How many problems there were before `limit`. */
  total: z.number().int(),
});

export type ProblemImpact = z.infer<typeof problemImpactSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type FixFirst = z.infer<typeof fixFirstSchema>;
