import { z } from 'zod';
import { COMMENT_TAG_PATTERN } from '../commentTags.ts';

export const commentTagOptionSchema = z.object({
  key: z.string().regex(COMMENT_TAG_PATTERN, 'a tag key: lowercase letters, digits, _ and -, up to 40'),
  label: z.string().trim().min(1).max(40),
  /** What a comment with this tag is about, for a tooltip. */
  about: z.string().trim().max(200).default(''),
});

/**
 * `GET` / `PUT /api/sites/:siteKey/comment-tags`: the tags a team applies to a
 * site's comments, in the order they are offered. A site that never set its
 * own has the five SERVQUAL dimensions (shared/commentTags.ts).
 */
export const commentTagSetSchema = z.object({
  tags: z
    .array(commentTagOptionSchema)
    .min(1, 'keep at least one tag')
    .max(30)
    .refine((tags) => new Set(tags.map((t) => t.key)).size === tags.length, 'each tag key once'),
});

export type CommentTagSet = z.infer<typeof commentTagSetSchema>;
export type CommentTagSetInput = z.input<typeof commentTagSetSchema>;
