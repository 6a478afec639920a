import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { appearanceSchema } from './appearance.ts';
import { timeZoneSchema } from './site.ts';

/** A query parameter name a site lets through, e.g. `utm_campaign` or `variant`. */
export const queryParamNameSchema = z
  .string()
  .min(1)
  .max(LIMITS.queryParamName)
  .regex(/^[A-Za-z0-9_.\-[\]]+$/, 'use letters, digits and _ . - [ ] only');

/** Keep responses this many days (13 months by default, what most analytics tools keep). */
export const DEFAULT_RETENTION_DAYS = 395;

/** `PATCH /api/sites/:siteKey`: privacy settings and appearance of a site; send only what changes. */
export const siteSettingsSchema = z
  .strictObject({
    retentionDays: z.number().int().min(1).max(LIMITS.retentionDaysMax).optional(),
    allowedQueryParams: z
      .array(queryParamNameSchema)
      .max(LIMITS.queryParamsPerSite)
      .refine((names) => new Set(names).size === names.length, 'list each parameter once')
      .optional(),
    /** Replaces the whole appearance; `{}` goes back to the widget's defaults. */
    appearance: appearanceSchema.optional(),
    /** IANA zone whose local days the site's views, ranges and digests use. */
    timeZone: timeZoneSchema.optional(),
  })
  .refine((s) => Object.values(s).some((value) => value !== undefined), {
    message: 'send retentionDays, allowedQueryParams, appearance, timeZone, or several',
  });

export type SiteSettings = z.output<typeof siteSettingsSchema>;
