import { z } from 'zod';
import { fromBeforeTo, viewFilterFields } from './viewFilters.ts';

/**
 * The journey map's query: the view filters (shared/schemas/viewFilters.ts).
 * Default: the 30 days before `to` (now), compared with the period of equal
 * length just before.
 */
export const insightQuerySchema = fromBeforeTo(z.object(viewFilterFields));

export const PROBLEM_KINDS = ['touchpoint', 'page', 'journey_step', 'abandon_reason'] as const;
export const problemKindSchema = z.enum(PROBLEM_KINDS);

/** Fix first also takes `kind` (one kind of problem only) and `limit` (default 20). */
export const fixFirstQuerySchema = fromBeforeTo(
  z.object({
    ...viewFilterFields,
    kind: problemKindSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
  }),
);

export type ProblemKind = z.infer<typeof problemKindSchema>;
