import { useMemo, useState } from 'preact/hooks';
import type { Survey } from '../../../../shared/schemas/survey.ts';
import { deleteSurvey, saveSurvey } from '../../api/surveysApi.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { NameKeyFields } from '../editor/NameKeyFields.tsx';
import { useEditorSave } from '../editor/useEditorSave.ts';
import { Field } from '../form/Field.tsx';
import { StringsField } from './StringsField.tsx';
import { describeSurveyIssuePath, surveyFromDraft, type SurveyDraft } from './surveyDraft.ts';
import { SurveyPreview } from './SurveyPreview.tsx';
import { SurveyQuestions } from './SurveyQuestions.tsx';
import { TargetingFields } from './TargetingFields.tsx';
import { TriggerField } from './TriggerField.tsx';
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
  const survey = useMemo(() => surveyFromDraft(draft), [draft]);
  const set = (patch: Partial<SurveyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const actions = useEditorSave({
    noun: 'survey',
    existing,
    key: survey.key,
    takenKeys,
    describePath: describeSurveyIssuePath,
    save: () => saveSurvey(siteKey, survey),
    remove: () => deleteSurvey(siteKey, draft.key),
    onSaved,
    onDeleted,
  });

  return (
    <EditorShell
      name={initial.name}
      saveLabel="Save"
      deleteQuestion="Delete this survey? Its answers stay until retention removes them."
      onCancel={onCancel}
      {...actions}
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

          <SurveyQuestions questions={draft.questions} onChange={(questions) => set({ questions })} onFocus={setFocus} />

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

