import { z } from 'zod';
import type { CountChange } from '../scores/compareCounts.ts';
import type { ScoreComparison } from '../scores/compareScores.ts';
import type { ScoreResult } from '../scores/scoreResult.ts';

/** A score with its 95% interval and sample size: shared/scores/scoreResult.ts. */
export const scoreResultSchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  n: z.number().int(),
  /** False below MIN_SAMPLE answers: show "not enough data", not the value. */
  enough: z.boolean(),
}) satisfies z.ZodType<ScoreResult>;

/** A score against the previous period: shared/scores/compareScores.ts. */
export const scoreComparisonSchema = z.object({
  delta: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  significant: z.boolean(),
}) satisfies z.ZodType<ScoreComparison>;

/** A count against the previous period: shared/scores/compareCounts.ts. */
export const countChangeSchema = z.object({
  delta: z.number().int(),
  ratio: z.number().nullable(),
  significant: z.boolean(),
}) satisfies z.ZodType<CountChange>;

export const periodSchema = z.object({ from: z.string(), to: z.string() });
