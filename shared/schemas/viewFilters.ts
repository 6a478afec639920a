import { z } from 'zod';
import { channelSchema, deviceSchema, pagePathSchema } from './response.ts';

/**
 * The filters the themes, comments and segment views share, as query
 * parameters: `?from&to&device&path&touchpoint&channel&lang`. Default range:
 * the 30 days before `to` (now), compared with the 30 days before that.
 */
export const viewFilterFields = {
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  device: deviceSchema.optional(),
  /** One page (as recorded, no query string). */
  path: pagePathSchema.optional(),
  /** One touchpoint by key: the pages its rules match. */
  touchpoint: z.string().min(1).max(60).optional(),
  channel: channelSchema.optional(),
  /** A language tag as the widget sends it (`en`, `zh-CN`); matches that tag and its regional forms. */
  lang: z
    .string()
    .max(35)
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as en or zh-CN')
    .optional(),
};

export function fromBeforeTo<T extends { from?: string; to?: string }>(schema: z.ZodType<T>) {
  return schema.refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['from'],
  });
}

export const viewFiltersSchema = fromBeforeTo(z.object(viewFilterFields));
export type ViewFilters = z.infer<typeof viewFiltersSchema>;
