import type { CommentTagSetInput, SavedCommentTagSet, StoredCommentTagSet } from '../../../../shared/schemas/commentTagSet.ts';

/** A tag as edited: `id` is local (for list keys); `key` exists once saved and never changes, so a rename keeps its comments. */
export interface TagDraft {
  id: number;
  key?: string;
  label: string;
  about: string;
  /** Comments carrying it when the set was loaded; 0 for a new tag. */
  comments: number;
}

let nextId = 1;

export function draftFromSet(set: StoredCommentTagSet): TagDraft[] {
  return set.tags.map(({ key, label, about, comments }) => ({ id: nextId++, key, label, about, comments }));
}

export function newTagDraft(): TagDraft {
  return { id: nextId++, label: '', about: '', comments: 0 };
}

/**
 * A key for a new tag from its label ("Late delivery" → "late-delivery"),
 * unique among `taken`; a label with no Latin letters or digits (配送) gets "tag", "tag-2"…
 */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34)
      .replace(/-+$/, '') || 'tag';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** What the API takes: new tags get a key from their label, text loses stray spaces. */
export function toTagSetInput(drafts: TagDraft[]): CommentTagSetInput {
  const taken = new Set(drafts.flatMap((tag) => (tag.key ? [tag.key] : [])));
  return {
    tags: drafts.map((tag) => {
      let key = tag.key;
      if (!key) {
        key = keyFromLabel(tag.label, taken);
        taken.add(key);
      }
      return { key, label: tag.label.trim(), about: tag.about.trim() };
    }),
  };
}

/** Saved tags the draft leaves out that comments carry: saving takes them off those comments. */
export function tagsLosingComments(saved: StoredCommentTagSet['tags'], drafts: TagDraft[]): StoredCommentTagSet['tags'] {
  return saved.filter((tag) => tag.comments > 0 && !drafts.some((draft) => draft.key === tag.key));
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "“Tangibles” comes off 2 comments." for a list of tags that lose comments. */
export function describeLosses(tags: { label: string; comments: number }[]): string {
  return tags.map((tag) => `“${tag.label}” comes off ${plural(tag.comments, 'comment')}.`).join(' ');
}

/** What a save did, in a sentence for the status line. */
export function savedMessage(saved: SavedCommentTagSet): string {
  const lost = saved.removed.filter((tag) => tag.comments > 0);
  if (lost.length === 0) return 'Saved. Comments can be tagged with these now.';
  return `Saved. ${lost.map((tag) => `“${tag.label}” was taken off ${plural(tag.comments, 'comment')}.`).join(' ')}`;
}

/**
 * A validation issue from the API ("tags.2.label: Too small…") in words
 * that name the tag as the team sees it.
 */
export function describeTagIssue(issue: string, drafts: TagDraft[]): string {
  const match = /^tags\.(\d+)\.(key|label|about): (.*)$/.exec(issue);
  if (!match) {
    if (/<=\s*30|too big/i.test(issue)) return 'A set holds at most 30 tags.';
    const text = issue.replace(/^tags: /, '');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  }
  const index = Number(match[1]);
  const draft = drafts[index];
  const name = draft?.label.trim() ? `“${draft.label.trim()}”` : `Tag ${index + 1}`;
  if (match[2] === 'label') return `${name} needs a label of 1 to 40 characters.`;
  if (match[2] === 'about') return `${name}: keep the description under 200 characters.`;
  return `${name}: ${match[3]}.`;
}

/** The row indexes and fields an issue points at, e.g. "2.label", to mark those inputs invalid. */
export function invalidTagFields(issues: string[]): Set<string> {
  return new Set(issues.flatMap((issue) => {
    const match = /^tags\.(\d+)\.(key|label|about):/.exec(issue);
    return match ? [`${match[1]}.${match[2]}`] : [];
  }));
}

/** Moves an item by `by` places (−1 up, 1 down) within the list. */
export function moveTag<T>(items: T[], index: number, by: number): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return items;
  const next = [...items];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
