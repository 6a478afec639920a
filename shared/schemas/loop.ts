import { z } from 'zod';

const spread = z.object({ median: z.number().nullable(), p90: z.number().nullable() });

/** The loop's figures over one period's cases (created in it, passing the filters); times in hours. */
export const loopFiguresSchema = z.object({
  cases: z.number().int(),
  /** Cases a member acted on (first response given). */
  actedOn: z.number().int(),
  closeLoopRate: z.number().nullable(),
  told: z.number().int(),
  toldRate: z.number().nullable(),
  firstResponse: spread,
  resolution: spread,
  /** Share of closed cases closed by their due time. */
  withinSla: z.number().nullable(),
  /** Cases still open past their due time. */
  overdue: z.number().int(),
  /** Told customers who came back through the reply's link. */
  recovered: z.number().int(),
});

export const loopTeamSchema = loopFiguresSchema.extend({ team: z.string(), name: z.string() });

/** `GET /api/sites/:siteKey/loop?…filters`. */
export const loopSchema = loopFiguresSchema.extend({
  from: z.string(),
  to: z.string(),
  previous: loopFiguresSchema,
  teams: z.array(loopTeamSchema),
  /** Open cases by age now: under a day, 1–3 days, 3–7 days, over a week. */
  backlog: z.array(z.object({ label: z.string(), count: z.number().int() })),
});

export type LoopFigures = z.infer<typeof loopFiguresSchema>;
export type Loop = z.infer<typeof loopSchema>;
