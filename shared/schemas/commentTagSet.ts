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

/** A tag as the API answers it: with how many of the site's comments carry it (any date). */
export const commentTagUseSchema = commentTagOptionSchema.extend({ comments: z.number().int() });

/**
 * What `GET` answers: the set in order, each tag with its comment count; `custom`
 * is false while the site has the defaults (SERVQUAL, plus any other tag already
 * on its comments from before tag sets existed).
 */
export const storedCommentTagSetSchema = z.object({ tags: z.array(commentTagUseSchema), custom: z.boolean() });

/**
 * What `PUT` answers: the set as stored, and each tag it dropped with how many
 * comments lost it. Removing a tag from the set takes it off every comment, so
 * no comment keeps a tag nobody can see or filter by; a renamed label keeps its key,
 * so renaming never touches comments.
 */
export const savedCommentTagSetSchema = storedCommentTagSetSchema.extend({
  removed: z.array(z.object({ key: z.string(), label: z.string(), comments: z.number().int() })),
});

export type CommentTagUse = z.infer<typeof commentTagUseSchema>;
export type StoredCommentTagSet = z.infer<typeof storedCommentTagSetSchema>;
export type SavedCommentTagSet = z.infer<typeof savedCommentTagSetSchema>;
