import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ConfirmAction } from './ConfirmAction.tsx';
import type { EditorProblem } from './useEditorSave.ts';
import '../ErrorNotice.css';

interface Props {
  /** What is edited, in the section's class and ids and in the notices: "journey", "survey". */
  noun: string;
  /** The saved name, for the heading "Edit “name”". */
  name: string;
  /** False while creating: the heading says "New journey" and there is nothing to delete yet. */
  existing: boolean;
  busy: boolean;
  problem: EditorProblem | null;
  saveLabel: string;
  /** What deleting keeps or loses, asked before it happens. */
  deleteQuestion: string;
  onSubmit: (event: Event) => void;
  onDelete: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

/**
 * What every editor has around its fields: the heading that takes focus when
 * it opens, the form, the problem (focused, so it is read out) next to Save,
 * Save, Cancel and a delete that asks first.
 */
export function EditorShell(props: Props) {
  const { noun, existing, busy, problem } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const problemBox = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (problem) problemBox.current?.focus();
  }, [problem]);

  return (
    <section class={`panel card ${noun}-editor`} aria-labelledby={`${noun}-editor-title`}>
      <h2 id={`${noun}-editor-title`} tabIndex={-1} ref={heading}>
        {existing ? `Edit “${props.name}”` : `New ${noun}`}
      </h2>
      <form onSubmit={props.onSubmit} noValidate>
        {props.children}

        {problem && (
          <div class="error-notice editor-problem" role="alert" tabIndex={-1} ref={problemBox}>
            <div>
              <p class="error-notice-title">The {noun} was not saved</p>
              <p>{problem.message}</p>
              {problem.issues.length > 0 && (
                <ul class="error-notice-issues">
                  {problem.issues.map((issue) => (
                    <li key={issue}>{issue}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}

        <div class="editor-actions">
          <button type="submit" class="button button-primary" disabled={busy} aria-busy={busy}>
            {props.saveLabel}
          </button>
          <button type="button" class="button" onClick={props.onCancel} disabled={busy}>
            Cancel
          </button>
          {existing && (
            <ConfirmAction label={`Delete ${noun}`} question={props.deleteQuestion} confirmLabel="Delete" danger busy={busy} class="button-quiet editor-delete" onConfirm={props.onDelete} />
          )}
        </div>
      </form>
    </section>
  );
}
