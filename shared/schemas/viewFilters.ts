import { z } from 'zod';
import { COMMENT_TAG_PATTERN } from '../commentTags.ts';
import { addDays, isIsoDate } from '../time/localDays.ts';
import { channelSchema, deviceSchema, pagePathSchema } from './response.ts';

export const VISITOR_KINDS = ['new', 'returning'] as const;

/** `plan:gold`: one attribute the site gave with `touchpoint('identify', { plan: 'gold' })`. */
export const ATTRIBUTE_FILTER_PATTERN = /^([^:]{1,40}):(.{1,120})$/s;

/**
 * The filters every insight view takes, as query parameters:
 * `?from&to&device&path&touchpoint&channel&lang&visitor&attr&theme&tag`.
 * Default range: the 30 days before `to` (now), compared with the 30 days
 * before that. Each filter narrows the responses; journey events (drop-off)
 * are narrowed by the same device, page, language, visitor and attribute, and
 * by theme or tag to the visits whose comments have it.
 */
/**
 * A `from` or `to`: a date (`2026-03-29`) is the site's local day, whole
 * (`to` includes it); an ISO instant with its offset is that instant.
 */
export const rangeBoundSchema = z.union([z.iso.date().refine(isIsoDate, 'not a calendar day'), z.iso.datetime({ offset: true })]);

export const viewFilterFields = {
  from: rangeBoundSchema.optional(),
  to: rangeBoundSchema.optional(),
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
  /** New or returning visitors (those whose browser sent a privacy signal are neither). */
  visitor: z.enum(VISITOR_KINDS).optional(),
  /** One site-supplied attribute as `key:value`, e.g. `plan:gold`. */
  attr: z.string().regex(ATTRIBUTE_FILTER_PATTERN, 'an attribute as key:value, e.g. plan:gold').optional(),
  /** Only responses whose comment has this theme (a term of the themes view). */
  theme: z.string().min(1).max(80).optional(),
  /** Only responses whose comment the team tagged so. */
  tag: z.string().regex(COMMENT_TAG_PATTERN, 'a tag: lowercase letters, digits, _ and -, up to 40').optional(),
};

// Dates are compared as days in UTC here; the server checks again in the site's zone.
const roughInstant = (bound: string, end: boolean) => Date.parse(isIsoDate(bound) && end ? addDays(bound, 1) : bound);

export function fromBeforeTo<T extends { from?: string; to?: string }>(schema: z.ZodType<T>) {
  return schema.refine((q) => !q.from || !q.to || roughInstant(q.from, false) < roughInstant(q.to, true), {
    message: 'from must be before to',
    path: ['from'],
  });
}

export const viewFiltersSchema = fromBeforeTo(z.object(viewFilterFields));
export type ViewFilters = z.infer<typeof viewFiltersSchema>;

/** `plan:gold` → { key: 'plan', value: 'gold' }; undefined when absent. */
export function parseAttributeFilter(attr: string | undefined): { key: string; value: string } | undefined {
  const match = attr ? ATTRIBUTE_FILTER_PATTERN.exec(attr) : null;
  return match ? { key: match[1]!, value: match[2]! } : undefined;
}
