import { useState } from 'preact/hooks';

interface Props {
  /** The button's words, "Delete journey". */
  label: string;
  /** What the action does that cannot be undone, asked before it happens. */
  question: string;
  /** The confirming button's words: "Delete", "Send". */
  confirmLabel: string;
  /** A destructive action's confirm button is red; another's is the page's primary. */
  danger?: boolean;
  busy: boolean;
  /** Classes of the first button besides `button` (default `button-quiet`; "" for a plain button). */
  class?: string;
  disabled?: boolean;
  onConfirm: () => void;
}

/** An action that asks first (deleting, sending mail): the button, then the question with the action and "Keep it". */
export function ConfirmAction({ label, question, confirmLabel, danger = false, busy, class: extra = 'button-quiet', disabled, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <span class="delete-confirm" role="group" aria-label={`Confirm: ${label}`}>
      <span>{question}</span>
      <button
        type="button"
        class={danger ? 'button button-danger' : 'button button-primary'}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        disabled={busy}
      >
        {confirmLabel}
      </button>
      <button type="button" class="button button-quiet" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  ) : (
    <button type="button" class={extra ? `button ${extra}` : 'button'} onClick={() => setAsking(true)} disabled={busy || disabled}>
      {label}
    </button>
  );
}
