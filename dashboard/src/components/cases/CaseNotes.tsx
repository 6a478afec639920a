import { useState } from 'preact/hooks';
import type { CaseNote } from '../../../../shared/schemas/cases.ts';
import { ApiError } from '../../api/ApiError.ts';
import { addCaseNote } from '../../api/casesApi.ts';
import { formatDateTime } from '../../format.ts';
import { Field } from '../form/Field.tsx';

interface Props {
  siteKey: string;
  caseId: number;
  notes: readonly CaseNote[];
  canWrite: boolean;
  onAdded: () => void;
}

/** The team's internal notes; never sent to the shopper. */
export function CaseNotes({ siteKey, caseId, notes, canWrite, onAdded }: Props) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setProblem('Write the note first.');
    setBusy(true);
    setProblem(null);
    try {
      await addCaseNote(siteKey, caseId, text);
      setText('');
      onAdded();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Something went wrong in the dashboard. Try again.');
    }
    setBusy(false);
  };
  return (
    <section class="panel card" aria-labelledby="notes-title">
      <div class="panel-head">
        <h2 id="notes-title">Internal notes</h2>
        <p class="muted panel-note">Only your team sees these</p>
      </div>
      {notes.length === 0 ? (
        <p class="empty-note muted">No notes yet.</p>
      ) : (
        <ol class="case-notes" aria-label="Notes">
          {notes.map((n) => (
            <li key={n.id}>
              <p class="muted case-note-meta">
                {n.author ?? 'Admin token'} · <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                {n.mentions.length > 0 && <> · mentions {n.mentions.map((m) => m.email).join(', ')}</>}
              </p>
              <p class="case-note-text">{n.text}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <form class="case-note-form needs-member" onSubmit={submit} noValidate>
          <Field id="note-text" label="Add a note" help="Mention a teammate with @ and their e-mail (@ana@shop.example): they are told.">
            <textarea
              id="note-text"
              class="input"
              rows={3}
              maxLength={5000}
              value={text}
              aria-describedby="note-text-help"
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </Field>
          <p class="form-problem" role="alert">
            {problem}
          </p>
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            Add note
          </button>
        </form>
      )}
    </section>
  );
}
