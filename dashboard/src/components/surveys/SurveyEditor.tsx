import { useMemo, useState } from 'preact/hooks';
import type { Survey } from '../../../../shared/schemas/survey.ts';
import { deleteSurvey, saveSurvey } from '../../api/surveysApi.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { NameKeyFields } from '../editor/NameKeyFields.tsx';
import { useEditorSave } from '../editor/useEditorSave.ts';
import { Field } from '../form/Field.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { StringsField } from './StringsField.tsx';
import {
  describeSurveyIssuePath,
  MAX_QUESTIONS,
  questionDraft,
  surveyFromDraft,
  type QuestionDraft,
  type QuestionType,
  type SurveyDraft,
} from './surveyDraft.ts';
import { SurveyPreview } from './SurveyPreview.tsx';
import { TargetingFields } from './TargetingFields.tsx';
import { TriggerField } from './TriggerField.tsx';
import { QUESTION_TYPE_LABELS } from './widgetWording.ts';
import '../journeys/JourneyEditor.css';
import './SurveyEditor.css';

interface Props {
  siteKey: string;
  initial: SurveyDraft;
  /** False for a new survey: its key can still be chosen. */
  existing: boolean;
  /** Keys of the site's surveys: a new one must not take one (PUT would replace it). */
  takenKeys: string[];
  /** The site's declared journeys, for the "journey completed" trigger. */
  journeys: string[];
  onSaved: (survey: Survey) => void;
  onDeleted: (key: string) => void;
  onCancel: () => void;
}

/**
 * Sets a survey up without code: its questions (with follow-ups by score band),
 * when it is asked and to whom, how often, and its wording per language, with
 * a live preview. Saved with PUT; the server checks everything and its issues
 * are shown next to the Save button.
 */
export function SurveyEditor({ siteKey, initial, existing, takenKeys, journeys, onSaved, onDeleted, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [focus, setFocus] = useState(0);
  const [newType, setNewType] = useState<QuestionType>('open_text');
  const { busy, problem, setProblem, run } = useEditorSave(readableIssue);
  const survey = useMemo(() => surveyFromDraft(draft), [draft]);

  const set = (patch: Partial<SurveyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setQuestion = (row: string, patch: Partial<QuestionDraft>) =>
    setDraft((d) => ({ ...d, questions: d.questions.map((q) => (q.row === row ? { ...q, ...patch } : q)) }));
  const moveQuestion = (index: number, by: -1 | 1) => {
    setDraft((d) => {
      const questions = [...d.questions];
      const [moved] = questions.splice(index, 1);
      questions.splice(index + by, 0, moved!);
      return { ...d, questions };
    });
    setFocus(index + by);
  };
  const addQuestion = () => {
    setDraft((d) => ({ ...d, questions: [...d.questions, questionDraft(newType, d.questions.map((q) => q.id))] }));
    setFocus(draft.questions.length);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!existing && takenKeys.includes(survey.key)) {
      setProblem({ message: `There is already a survey with the key “${survey.key}”. Choose another key.`, issues: [] });
      return;
    }
    await run(async () => onSaved(await saveSurvey(siteKey, survey)));
  };

  const remove = () =>
    run(async () => {
      await deleteSurvey(siteKey, draft.key);
      onDeleted(draft.key);
    });

  return (
    <EditorShell
      noun="survey"
      title={existing ? `Edit “${initial.name}”` : 'New survey'}
      existing={existing}
      busy={busy}
      problem={problem}
      saveLabel="Save"
      deleteQuestion="Delete this survey? Its answers stay until retention removes them."
      onSubmit={save}
      onDelete={remove}
      onCancel={onCancel}
    >
      <div class="survey-editor-layout">
        <div class="survey-editor-form">
          <div class="editor-grid">
            <NameKeyFields
              idPrefix="survey"
              value={draft}
              existing={existing}
              keyHelp={existing ? 'Answers are stored under it: it cannot change.' : 'a–z, 0–9, - and _'}
              onChange={set}
            />
            <Field id="survey-status" label="Status">
              <select id="survey-status" class="input" value={draft.status} onChange={(e) => set({ status: e.currentTarget.value as Survey['status'] })}>
                <option value="draft">Draft (not shown)</option>
                <option value="live">Live</option>
                <option value="paused">Paused (not shown)</option>
              </select>
            </Field>
          </div>

          <fieldset class="editor-section">
            <legend>Questions, in order (up to {MAX_QUESTIONS})</legend>
            <p class="muted section-help">Each answer is stored as soon as it is given, so a shopper who stops early still counts.</p>
            <ol class="question-list">
              {draft.questions.map((q, i) => (
                <QuestionCard
                  key={q.row}
                  questions={draft.questions}
                  index={i}
                  onChange={(patch) => setQuestion(q.row, patch)}
                  onMove={(by) => moveQuestion(i, by)}
                  onRemove={() => {
                    set({ questions: draft.questions.filter((other) => other.row !== q.row) });
                    setFocus(Math.max(0, i - 1));
                  }}
                  onFocus={() => setFocus(i)}
                />
              ))}
            </ol>
            {draft.questions.length < MAX_QUESTIONS && (
              <div class="editor-inline-actions">
                <label class="visually-hidden" for="survey-new-question-type">
                  Type of the new question
                </label>
                <select id="survey-new-question-type" class="input" value={newType} onChange={(e) => setNewType(e.currentTarget.value as QuestionType)}>
                  {Object.entries(QUESTION_TYPE_LABELS).map(([type, label]) => (
                    <option key={type} value={type}>
                      {label}
                    </option>
                  ))}
                </select>
                <button type="button" class="button" onClick={addQuestion}>
                  + Add a question
                </button>
              </div>
            )}
          </fieldset>

          <fieldset class="editor-section">
            <legend>When it is asked</legend>
            <TriggerField trigger={draft.trigger} journeys={journeys} onChange={(trigger) => set({ trigger })} />
          </fieldset>

          <fieldset class="editor-section">
            <legend>Who is asked</legend>
            <TargetingFields draft={draft} onChange={set} />
          </fieldset>

          <fieldset class="editor-section">
            <legend>How often</legend>
            <Field
              id="survey-recur"
              label="Ask the same visitor again after (days)"
              class="recur-field"
              help="Empty: never again. Whatever this says, a visit sees at most one survey, and none for the site-wide cooldown after answering or dismissing one."
            >
              <input
                id="survey-recur"
                class="input"
                type="number"
                min={1}
                max={3650}
                placeholder="never"
                aria-describedby="survey-recur-help"
                value={draft.recurDays}
                onInput={(e) => set({ recurDays: e.currentTarget.value })}
              />
            </Field>
          </fieldset>

          <fieldset class="editor-section">
            <legend>Wording per language</legend>
            <p class="muted section-help">
              The widget speaks English, Simplified and Traditional Chinese. Override any of its words, or the
              questions' own, per language: keys such as <code>send</code>, <code>next</code>, <code>thanks</code>,{' '}
              <code>QUESTION.text</code>, <code>QUESTION.lowLabel</code> or <code>QUESTION.OPTION</code>.
            </p>
            <StringsField strings={draft.strings} onChange={(strings) => set({ strings })} />
          </fieldset>
        </div>

        <aside class="survey-editor-preview" aria-labelledby="survey-preview-title">
          <h3 id="survey-preview-title">Preview</h3>
          <SurveyPreview survey={survey} focus={focus} />
        </aside>
      </div>
    </EditorShell>
  );
}

/** "questions.1.options.0.id: must be …" → "Question 2, option 1, id: must be …". */
function readableIssue(issue: string): string {
  const match = /^([\w.]+): (.*)$/.exec(issue);
  return match ? `${describeSurveyIssuePath(match[1]!)}: ${match[2]}` : issue;
}
