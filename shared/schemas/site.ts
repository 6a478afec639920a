import { z } from 'zod';
import { appearanceSchema } from './appearance.ts';
import { LIMITS } from '../limits.ts';
import { canonicalTimeZone, isTimeZone } from '../time/localDays.ts';

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

/** An IANA time zone the runtime knows, stored as the runtime spells it: the site's days are cut in it. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or Asia/Shanghai')
  .transform(canonicalTimeZone);

export const createSiteSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.siteName),
  origins: z.array(originSchema).min(1).max(LIMITS.originsPerSite),
  /** Default UTC. */
  timeZone: timeZoneSchema.optional(),
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
  /** IANA time zone: every per-day series, date range and weekly digest uses its local days. */
  timeZone: z.string(),
});

export const siteListSchema = z.object({ sites: z.array(siteSchema) });

export type CreateSite = z.output<typeof createSiteSchema>;
export type Site = z.infer<typeof siteSchema>;
export type SiteList = z.infer<typeof siteListSchema>;
