import { useState } from 'preact/hooks';

interface Props {
  /** The button's words, "Delete journey". */
  label: string;
  /** What deleting keeps or loses, asked before it happens. */
  question: string;
  busy: boolean;
  /** Classes of the first button besides `button button-quiet`. */
  class?: string;
  onDelete: () => void;
}

/** A delete that asks first: the button, then the question with Delete and "Keep it". */
export function ConfirmDelete({ label, question, busy, class: extra, onDelete }: Props) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <span class="delete-confirm" role="group" aria-label="Confirm deletion">
      <span>{question}</span>
      <button type="button" class="button button-danger" onClick={onDelete} disabled={busy}>
        Delete
      </button>
      <button type="button" class="button button-quiet" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  ) : (
    <button type="button" class={extra ? `button button-quiet ${extra}` : 'button button-quiet'} onClick={() => setAsking(true)}>
      {label}
    </button>
  );
}
