import { z } from 'zod';
import { appearanceSchema } from './appearance.ts';
import { journeySchema } from './journey.ts';
import { publicSurveysSchema } from './survey.ts';

/** The public, cacheable configuration the widget fetches for its site. */
export const siteConfigSchema = z.object({
  site: z.string(),
  name: z.string(),
  tab: z.object({
    enabled: z.boolean(),
  }),
  /** Journeys declared in the dashboard (URL rules); markup and script can add steps too. */
  journeys: z.array(journeySchema),
  /** Query parameters the widget may send with the page path; it drops all others. */
  allowedQueryParams: z.array(z.string()),
  /** The site owner's look for the widget; the script tag's data-* win over it. */
  appearance: appearanceSchema,
  /** Live surveys and the fatigue setting. */
  surveys: publicSurveysSchema,
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
