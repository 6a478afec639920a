import { z } from 'zod';
import { COMMENT_TAG_PATTERN } from '../commentTags.ts';
import { countChangeSchema, periodSchema } from './score.ts';
import { fromBeforeTo, viewFilterFields } from './viewFilters.ts';

export const commentTagSchema = z.string().regex(COMMENT_TAG_PATTERN, 'a tag: lowercase letters, digits, _ and -, up to 40');

/** `GET /api/sites/:siteKey/themes?…filters&limit` (default 30 themes). */
export const themesQuerySchema = fromBeforeTo(
  z.object({ ...viewFilterFields, limit: z.coerce.number().int().min(1).max(100).default(30) }),
);

export const THEME_TRENDS = ['new', 'rising', 'falling', 'steady'] as const;

export const themeSchema = z.object({
  term: z.string(),
  /** Comments (and "other" reasons) in the period that mention it. */
  count: z.number().int(),
  /** The same in the period of equal length just before. */
  previous: z.number().int(),
  change: countChangeSchema,
  /** new: none before, 5 or more now; rising/falling: a change beyond chance; steady otherwise. */
  trend: z.enum(THEME_TRENDS),
});

export const themesSchema = z.object({
  site: z.string(),
  period: periodSchema,
  previousPeriod: periodSchema,
  /** Comments read in the period (the share a theme has is count / comments). */
  comments: z.number().int(),
  /** Most mentioned first. */
  themes: z.array(themeSchema),
});

/** `GET /api/sites/:siteKey/comments?…filters&q&limit&offset`: latest first (the filters include `theme` and `tag`). */
export const commentsQuerySchema = fromBeforeTo(
  z.object({
    ...viewFilterFields,
    /** Plain text the comment contains (case-insensitive for Latin letters). */
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  }),
);

export const commentSchema = z.object({
  id: z.string(),
  path: z.string(),
  rating: z.number().int().nullable(),
  /** The comment, or the "other" reason's text of an abandonment answer. */
  text: z.string(),
  type: z.string(),
  reason: z.string().nullable(),
  /** An abandonment answer's reason as the journey words it in English ("Payment failed"); null for other comments. */
  reasonLabel: z.string().nullable(),
  device: z.string().nullable(),
  channel: z.string(),
  lang: z.string().nullable(),
  createdAt: z.string(),
  /** The team's tags on it, alphabetical. */
  tags: z.array(z.string()),
});

/** `PUT` / `DELETE /api/sites/:siteKey/comments/:id/tags/:tag`: the comment's tags afterwards. */
export const commentTagsSchema = z.object({ id: z.string(), tags: z.array(z.string()) });
export type CommentTags = z.infer<typeof commentTagsSchema>;

export const commentsPageSchema = z.object({
  site: z.string(),
  period: periodSchema,
  comments: z.array(commentSchema),
  /** True when asking again with offset + limit gives more. */
  more: z.boolean(),
});

export type Theme = z.infer<typeof themeSchema>;
export type ThemeTrend = (typeof THEME_TRENDS)[number];
export type Themes = z.infer<typeof themesSchema>;
export type CommentsQuery = z.infer<typeof commentsQuerySchema>;
export type Comment = z.infer<typeof commentSchema>;
export type CommentsPage = z.infer<typeof commentsPageSchema>;
