import { z } from 'zod';
import { appearanceSchema } from './appearance.ts';
import { LIMITS } from '../limits.ts';

/** An origin as a browser sends it: scheme, host and optional port, nothing else. */
export const originSchema = z
  .string()
  .max(LIMITS.origin)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'must be an origin such as https://shop.example.com (no path, no trailing slash)');

export const createSiteSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.siteName),
  origins: z.array(originSchema).min(1).max(LIMITS.originsPerSite),
});

export const siteSchema = z.object({
  key: z.string(),
  name: z.string(),
  origins: z.array(z.string()),
  createdAt: z.string(),
  /** Query parameters kept in recorded page paths; every other one is dropped. */
  allowedQueryParams: z.array(z.string()),
  /** Responses older than this many days are deleted. */
  retentionDays: z.number().int(),
  /** How the widget looks; empty means its defaults. */
  appearance: appearanceSchema,
});

export const siteListSchema = z.object({ sites: z.array(siteSchema) });

export type CreateSite = z.infer<typeof createSiteSchema>;
export type Site = z.infer<typeof siteSchema>;
export type SiteList = z.infer<typeof siteListSchema>;
