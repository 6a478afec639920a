import { describe, expect, it } from 'vitest';
import { SERVQUAL_TAGS } from '../../../../shared/commentTags.ts';
import { commentTagSetSchema, type StoredCommentTagSet } from '../../../../shared/schemas/commentTagSet.ts';
import {
  describeTagIssue,
  draftFromSet,
  invalidTagFields,
  keyFromLabel,
  moveTag,
  newTagDraft,
  savedMessage,
  tagsLosingComments,
  toTagSetInput,
} from './tagSetDraft.ts';

const stored: StoredCommentTagSet = {
  tags: SERVQUAL_TAGS.map((tag, i) => ({ ...tag, comments: i })),
  custom: false,
};

describe('keyFromLabel', () => {
  it('makes a key the API accepts from any label, unique in the set', () => {
    expect(keyFromLabel('Late delivery!', new Set())).toBe('late-delivery');
    expect(keyFromLabel('Café  prices', new Set())).toBe('cafe-prices');
    expect(keyFromLabel('配送', new Set(['tag']))).toBe('tag-2');
    expect(keyFromLabel('Reliability', new Set(['reliability']))).toBe('reliability-2');
    expect(keyFromLabel('x'.repeat(80), new Set()).length).toBeLessThanOrEqual(40);
  });
});

describe('toTagSetInput', () => {
  it('keeps the keys of saved tags when relabelled, gives new ones keys, and passes the schema', () => {
    const drafts = draftFromSet(stored);
    drafts[4] = { ...drafts[4]!, label: '  Care ' };
    const added = { ...newTagDraft(), label: 'Reliability', about: ' Twice ' };
    const input = toTagSetInput([...drafts, added]);
    expect(input.tags[4]).toEqual({ key: 'empathy', label: 'Care', about: SERVQUAL_TAGS[4]!.about });
    expect(input.tags[5]).toEqual({ key: 'reliability-2', label: 'Reliability', about: 'Twice' });
    expect(commentTagSetSchema.safeParse(input).success).toBe(true);
  });
});

describe('removing tags', () => {
  it('lists the saved tags left out that comments carry', () => {
    const drafts = draftFromSet(stored).filter((tag) => tag.key !== 'reliability' && tag.key !== 'tangibles');
    expect(tagsLosingComments(stored.tags, drafts).map((tag) => [tag.key, tag.comments])).toEqual([['tangibles', 1]]);
  });

  it('says what a save took off', () => {
    const saved = { ...stored, custom: true, removed: [] };
    expect(savedMessage(saved)).toBe('Saved. Comments can be tagged with these now.');
    expect(
      savedMessage({ ...saved, removed: [{ key: 'tangibles', label: 'Tangibles', comments: 1 }, { key: 'x', label: 'X', comments: 0 }] }),
    ).toBe('Saved. “Tangibles” was taken off 1 comment.');
  });
});

describe('describeTagIssue', () => {
  it('names the tag the API refused, as the team sees it', () => {
    const drafts = [...draftFromSet(stored), newTagDraft()];
    expect(describeTagIssue('tags.5.label: Too small: expected string to have >=1 characters', drafts)).toBe(
      'Tag 6 needs a label of 1 to 40 characters.',
    );
    expect(describeTagIssue('tags.1.about: Too big', drafts)).toBe('“Tangibles”: keep the description under 200 characters.');
    expect(describeTagIssue('tags: each tag key once', drafts)).toBe('Each tag key once.');
    expect(describeTagIssue('tags: Too big: expected array to have <=30 items', drafts)).toBe('A set holds at most 30 tags.');
    expect([...invalidTagFields(['tags.5.label: x', 'tags: y'])]).toEqual(['5.label']);
  });
});

describe('moveTag', () => {
  it('moves within the list and not past its ends', () => {
    expect(moveTag(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveTag(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
