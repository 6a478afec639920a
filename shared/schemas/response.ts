import { z } from 'zod';
import { LIMITS } from '../limits.ts';

// Client-generated ids make a retried or beaconed submission idempotent.
export const responseIdSchema = z
  .string()
  .min(8)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, _ and - only');

export const siteKeySchema = z
  .string()
  .min(1)
  .max(LIMITS.siteKey)
  .regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, _ and - only');

/** A page path as recorded: starts with '/', no query string or fragment. */
export const pagePathSchema = z
  .string()
  .min(1)
  .max(LIMITS.url)
  .regex(/^\/[^?#\s]*$/, 'must be a path starting with / without query string or fragment');

export const channelSchema = z.enum(['web', 'email', 'phone', 'store', 'api']);
export const deviceSchema = z.enum(['desktop', 'mobile', 'tablet']);

export const ratingSchema = z.number().int().min(1).max(5);

/** A rating of the current page from the always-available feedback tab. */
export const pageRatingSchema = z.object({
  type: z.literal('page_rating'),
  id: responseIdSchema,
  site: siteKeySchema,
  rating: ratingSchema,
  comment: z.string().max(LIMITS.comment).optional(),
  path: pagePathSchema,
  title: z.string().max(LIMITS.title).optional(),
  lang: z.string().max(LIMITS.lang).optional(),
  visitId: responseIdSchema.optional(),
});

/** What the widget posts to `POST /v1/responses`. */
export const responseInputSchema = z.discriminatedUnion('type', [pageRatingSchema]);

export type Channel = z.infer<typeof channelSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type PageRatingInput = z.infer<typeof pageRatingSchema>;
export type ResponseInput = z.infer<typeof responseInputSchema>;

export const acceptedSchema = z.object({ id: responseIdSchema });
export type Accepted = z.infer<typeof acceptedSchema>;
