import { z } from 'zod';
import { journeySchema } from './journey.ts';

/** The public, cacheable configuration the widget fetches for its site. */
export const siteConfigSchema = z.object({
  site: z.string(),
  name: z.string(),
  tab: z.object({
    enabled: z.boolean(),
  }),
  /** Journeys declared in the dashboard (URL rules); markup and script can add steps too. */
  journeys: z.array(journeySchema),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
