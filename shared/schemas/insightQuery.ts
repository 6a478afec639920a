import { z } from 'zod';
import { deviceSchema } from './response.ts';

const rangeFields = {
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Only answers and journey events from this class of device. */
  device: deviceSchema.optional(),
};

function fromBeforeTo<T extends { from?: string; to?: string }>(schema: z.ZodType<T>) {
  return schema.refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['from'],
  });
}

/**
 * `?from&to&device` of the insight views (journey map, fix first). Default: the
 * 30 days before `to` (now). Each is compared with the period of equal length
 * just before.
 */
export const insightQuerySchema = fromBeforeTo(z.object(rangeFields));

export const PROBLEM_KINDS = ['touchpoint', 'page', 'journey_step', 'abandon_reason'] as const;
export const problemKindSchema = z.enum(PROBLEM_KINDS);

/** Fix first also takes `kind` (one kind of problem only) and `limit` (default 20). */
export const fixFirstQuerySchema = fromBeforeTo(
  z.object({
    ...rangeFields,
    kind: problemKindSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
  }),
);

export type InsightQuery = z.infer<typeof insightQuerySchema>;
export type ProblemKind = z.infer<typeof problemKindSchema>;
export type FixFirstQuery = z.infer<typeof fixFirstQuerySchema>;
