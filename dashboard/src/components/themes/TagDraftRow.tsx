import { useState } from 'preact/hooks';
import { Field } from '../form/Field.tsx';
import type { TagDraft } from './tagSetDraft.ts';

interface Props {
  draft: TagDraft;
  position: number;
  count: number;
  /** Fields the last save failed on: "label", "about", "key". */
  invalid: ReadonlySet<string>;
  onChange: (next: TagDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One tag of the set: its label and description, its place, and removal (asked first once it is saved). */
export function TagDraftRow({ draft, position, count, invalid, onChange, onMove, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const id = `tag-${draft.id}`;
  const name = draft.label.trim() || `tag ${position}`;
  return (
    <li class="tag-set-row">
      <Field id={`${id}-label`} label="Label" class="tag-set-label">
        <input
          id={`${id}-label`}
          class="input"
          value={draft.label}
          maxLength={40}
          placeholder="e.g. Delivery"
          aria-invalid={invalid.has('label') || invalid.has('key') || undefined}
          onInput={(e) => onChange({ ...draft, label: e.currentTarget.value })}
        />
      </Field>
      <Field id={`${id}-about`} label="What it covers" class="tag-set-about">
        <input
          id={`${id}-about`}
          class="input"
          value={draft.about}
          maxLength={200}
          placeholder="Shown as a tooltip on the tag"
          aria-invalid={invalid.has('about') || undefined}
          onInput={(e) => onChange({ ...draft, about: e.currentTarget.value })}
        />
      </Field>
      <p class="tag-set-count muted">
        {draft.key ? `${draft.comments} ${draft.comments === 1 ? 'comment' : 'comments'}` : 'new'}
      </p>
      {confirming ? (
        <div class="tag-set-confirm" role="group" aria-label={`Remove ${name}?`}>
          <span>
            {draft.comments > 0
              ? `Saving takes “${name}” off ${draft.comments} ${draft.comments === 1 ? 'comment' : 'comments'}.`
              : `Remove “${name}”?`}
          </span>
          <button type="button" class="button tag-set-confirm-remove" onClick={onRemove}>
            Remove
          </button>
          <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <div class="tag-set-tools needs-member">
          <button type="button" class="button button-quiet icon-button" aria-label={`Move ${name} up`} disabled={position === 1} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button type="button" class="button button-quiet icon-button" aria-label={`Move ${name} down`} disabled={position === count} onClick={() => onMove(1)}>
            ↓
          </button>
          <button
            type="button"
            class="button button-quiet icon-button"
            aria-label={`Remove ${name}`}
            // A tag never saved has no comments: it goes at once.
            onClick={() => (draft.key ? setConfirming(true) : onRemove())}
          >
            ✕
          </button>
        </div>
      )}
    </li>
  );
}
