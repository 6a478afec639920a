import { z } from 'zod';
import { channelSchema } from './response.ts';
import { fromBeforeTo, rangeBoundSchema } from './viewFilters.ts';

/** `GET /api/sites/:siteKey/filter-options?from&to`: what the view filters can be set to for a period (dates are the site's local days). */
export const filterOptionsQuerySchema = fromBeforeTo(
  z.object({
    from: rangeBoundSchema.optional(),
    to: rangeBoundSchema.optional(),
  }),
);

export const filterOptionsSchema = z.object({
  site: z.string(),
  /** Pages with responses in the period, most answered first (at most 200). */
  paths: z.array(z.string()),
  /** Language tags as recorded (`en`, `en-GB`, `zh-CN`), most answered first. */
  langs: z.array(z.string()),
  channels: z.array(channelSchema),
  /** Attributes the site sent with `touchpoint('identify')`: each key with its values, most answered first (at most 20 keys, 50 values each). */
  attributes: z.array(z.object({ key: z.string(), values: z.array(z.string()) })),
});

export type FilterOptions = z.infer<typeof filterOptionsSchema>;
