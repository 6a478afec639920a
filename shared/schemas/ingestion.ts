import { z } from 'zod';

/** `GET /api/sites/:siteKey/ingestion?from&to`: what the collector refused to store, per site. */
export const ingestionStatsSchema = z.object({
  site: z.string(),
  from: z.string(),
  to: z.string(),
  /** Submissions from bots and headless browsers: answered 202, never stored. */
  botsDropped: z.number().int(),
  /** Submissions refused with 429 (per address or per site). */
  rateLimited: z.number().int(),
});

export type IngestionStats = z.infer<typeof ingestionStatsSchema>;
