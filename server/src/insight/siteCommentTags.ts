import { SERVQUAL_TAGS } from '../../../shared/commentTags.ts';
import type {
  CommentTagSet,
  SavedCommentTagSet,
  StoredCommentTagSet,
} from '../../../shared/schemas/commentTagSet.ts';
import type { Db } from '../db/openDatabase.ts';
import { countCommentTagUses } from '../db/queries/comments/countCommentTagUses.ts';
import { findCommentTagSet } from '../db/queries/comments/findCommentTagSet.ts';
import { isCommentTagUsed } from '../db/queries/comments/isCommentTagUsed.ts';
import { replaceCommentTagSet } from '../db/queries/comments/replaceCommentTagSet.ts';

/** As many tags as a set may hold (shared/schemas/commentTagSet.ts). */
const MAX_TAGS = 30;

type Tags = CommentTagSet['tags'];

/**
 * The defaults: SERVQUAL, then any other tag already on the site's comments
 * (before tag sets the API took any well-formed tag), so saving the defaults
 * never silently strips a tag the team used.
 */
function defaultTags(uses: Map<string, number>): Tags {
  const others = [...uses.keys()]
    .filter((key) => !SERVQUAL_TAGS.some((tag) => tag.key === key))
    .sort()
    .map((key) => ({ key, label: key, about: '' }));
  return [...SERVQUAL_TAGS, ...others].slice(0, MAX_TAGS);
}

function withUses(tags: Tags, uses: Map<string, number>) {
  return tags.map((tag) => ({ ...tag, comments: uses.get(tag.key) ?? 0 }));
}

/** The tags a site offers for its comments, in order, each with how many comments carry it. */
export function siteCommentTags(db: Db, siteId: number): StoredCommentTagSet {
  const uses = countCommentTagUses(db, siteId);
  const stored = findCommentTagSet(db, siteId);
  return { tags: withUses(stored ?? defaultTags(uses), uses), custom: stored !== undefined };
}

/** True when the site's set offers the tag. */
export function siteOffersTag(db: Db, siteId: number, key: string): boolean {
  const stored = findCommentTagSet(db, siteId);
  if (stored) return stored.some((tag) => tag.key === key);
  // The defaults, without counting every tag use as siteCommentTags does.
  return SERVQUAL_TAGS.some((tag) => tag.key === key) || isCommentTagUsed(db, siteId, key);
}

/** Replaces the set; a tag left out comes off every comment (the answer says how many per tag). */
export function saveSiteCommentTags(db: Db, siteId: number, tags: Tags, now: number): SavedCommentTagSet {
  const before = siteCommentTags(db, siteId).tags;
  const lost = replaceCommentTagSet(db, siteId, tags, now);
  const removed = before
    .filter((old) => !tags.some((tag) => tag.key === old.key))
    .map((old) => ({ key: old.key, label: old.label, comments: lost.get(old.key) ?? 0 }));
  // A tag on comments but past the defaults' cap was never offered; it is taken off all the same.
  for (const [key, comments] of lost) {
    if (!removed.some((tag) => tag.key === key)) removed.push({ key, label: key, comments });
  }
  return { tags: withUses(tags, countCommentTagUses(db, siteId)), custom: true, removed };
}
