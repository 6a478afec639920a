import { useState } from 'preact/hooks';
import type { StoredCommentTagSet } from '../../../../shared/schemas/commentTagSet.ts';
import { ApiError } from '../../api/ApiError.ts';
import { saveCommentTags } from '../../api/commentTagsApi.ts';
import { tagSetSaved } from '../../hooks/useTagSetVersion.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { TagDraftRow } from './TagDraftRow.tsx';
import {
  describeLosses,
  describeTagIssue,
  draftFromSet,
  invalidTagFields,
  moveTag,
  newTagDraft,
  savedMessage,
  tagsLosingComments,
  toTagSetInput,
  type TagDraft,
} from './tagSetDraft.ts';
import './TagSetEditor.css';

interface Props {
  siteKey: string;
  initial: StoredCommentTagSet;
  onSaved: (saved: StoredCommentTagSet) => void;
  onClose: () => void;
}

/**
 * The tags the team puts on comments: add, rename, describe, reorder, remove.
 * A removed tag comes off every comment when saved, so removing one that
 * comments carry asks first and the save bar says how many lose it.
 */
export function TagSetEditor({ siteKey, initial, onSaved, onClose }: Props) {
  const [saved, setSaved] = useState(initial);
  const [drafts, setDrafts] = useState<TagDraft[]>(() => draftFromSet(initial));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const dirty = JSON.stringify(toTagSetInput(drafts)) !== JSON.stringify(toTagSetInput(draftFromSet(saved)));
  const losing = tagsLosingComments(saved.tags, drafts);
  const invalid = invalidTagFields(problem?.issues ?? []);

  const edit = (next: TagDraft[]) => {
    setDrafts(next);
    setStatus('');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const result = await saveCommentTags(siteKey, toTagSetInput(drafts));
      setSaved(result);
      setDrafts(draftFromSet(result));
      setStatus(savedMessage(result));
      // The filter bar's tag menu and the comments' tag buttons load the new set.
      tagSetSaved(siteKey);
      onSaved(result);
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, 'internal', 'Could not save the tags. Try again.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="panel card tag-set-editor" aria-labelledby="tag-set-title">
      <div class="panel-head">
        <h2 id="tag-set-title">Comment tags</h2>
        <p class="muted panel-note">
          Offered on every comment, in this order. {saved.custom ? '' : 'These are the SERVQUAL defaults. '}Renaming a tag keeps it
          on its comments.
        </p>
      </div>
      <form onSubmit={save} noValidate aria-label="Comment tags">
        <ol class="tag-set-list">
          {drafts.map((draft, i) => (
            <TagDraftRow
              key={draft.id}
              draft={draft}
              position={i + 1}
              count={drafts.length}
              invalid={new Set([...invalid].filter((field) => field.startsWith(`${i}.`)).map((field) => field.slice(`${i}.`.length)))}
              onChange={(next) => edit(drafts.map((d) => (d.id === next.id ? next : d)))}
              onMove={(by) => edit(moveTag(drafts, i, by))}
              onRemove={() => edit(drafts.filter((d) => d.id !== draft.id))}
            />
          ))}
        </ol>
        <button type="button" class="button needs-member" disabled={drafts.length >= 30} onClick={() => edit([...drafts, newTagDraft()])}>
          + Add a tag
        </button>
        <div class="tag-set-actions needs-member">
          {problem && (
            <ErrorNotice
              title="Could not save the tags"
              error={new ApiError(problem.status, problem.code, problem.issues.length ? 'Fix these, then save again:' : problem.message, problem.issues.map((issue) => describeTagIssue(issue, drafts)))}
            />
          )}
          {dirty && losing.length > 0 && <p class="tag-set-losses">{describeLosses(losing)}</p>}
          <button type="submit" class="button button-primary" disabled={saving || !dirty}>
            {saving ? 'Saving…' : 'Save tags'}
          </button>
          <button
            type="button"
            class="button button-quiet"
            disabled={saving || !dirty}
            onClick={() => {
              edit(draftFromSet(saved));
              setProblem(null);
            }}
          >
            Discard changes
          </button>
          <button type="button" class="button button-quiet" onClick={onClose}>
            Close
          </button>
          <span class="tag-set-status" role="status">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
