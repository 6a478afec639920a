import { z } from 'zod';

/** The public, cacheable configuration the widget fetches for its site. */
export const siteConfigSchema = z.object({
  site: z.string(),
  name: z.string(),
  tab: z.object({
    enabled: z.boolean(),
  }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
