import { useState } from 'preact/hooks';
import { REASON_CATEGORIES } from '../../../../shared/abandonReasons.ts';
import type { Journey, ReasonCategory } from '../../../../shared/schemas/journey.ts';
import { deleteJourney, saveJourney } from '../../api/journeysApi.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { NameKeyFields } from '../editor/NameKeyFields.tsx';
import { slugify } from '../editor/slugify.ts';
import { useEditorSave } from '../editor/useEditorSave.ts';
import { Field } from '../form/Field.tsx';
import { CATEGORY_INFO } from './reasonCategories.ts';

/** Languages the widget ships besides English: a site may word its reasons in each. */
const TRANSLATED_LANGUAGES = [
  { tag: 'zh-CN', name: '简体中文' },
  { tag: 'zh-TW', name: '繁體中文' },
];
import {
  describeIssuePath,
  journeyFromDraft,
  reasonDrafts,
  rowId,
  stepDraft,
  type JourneyDraft,
  type ReasonDraft,
  type StepDraft,
} from './journeyDraft.ts';
import { UrlRulesField } from './UrlRulesField.tsx';
import './JourneyEditor.css';

interface Props {
  siteKey: string;
  initial: JourneyDraft;
  /** False for a new journey: its key can still be chosen. */
  existing: boolean;
  /** Keys of the site's declared journeys: a new one must not take one (PUT would replace it). */
  declaredKeys: string[];
  onSaved: (journey: Journey) => void;
  onDeleted: (key: string) => void;
  onCancel: () => void;
}

/**
 * Declares a journey without code: steps by page rules, what completes it, and
 * the reasons offered to "What stopped you?". Saved with PUT; the server checks
 * everything and its issues are shown next to the Save button.
 */
export function JourneyEditor({ siteKey, initial, existing, declaredKeys, onSaved, onDeleted, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const { busy, problem, setProblem, run } = useEditorSave(readableIssue);

  const set = (patch: Partial<JourneyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setStep = (id: string, patch: Partial<StepDraft>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s) => (s.id === id ? { ...s, ...patch } : s)) }));
  const moveStep = (index: number, by: -1 | 1) =>
    setDraft((d) => {
      const steps = [...d.steps];
      const [step] = steps.splice(index, 1);
      steps.splice(index + by, 0, step!);
      return { ...d, steps };
    });
  const setReason = (id: string, patch: Partial<ReasonDraft>) =>
    setDraft((d) => ({ ...d, reasons: d.reasons.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));

  const save = async (event: Event) => {
    event.preventDefault();
    if (!existing && declaredKeys.includes(draft.key.trim())) {
      setProblem({ message: `There is already a journey with the key “${draft.key.trim()}”. Choose another key.`, issues: [] });
      return;
    }
    await run(async () => onSaved(await saveJourney(siteKey, journeyFromDraft(draft))));
  };

  const remove = () =>
    run(async () => {
      await deleteJourney(siteKey, draft.key);
      onDeleted(draft.key);
    });

  return (
    <EditorShell
      noun="journey"
      title={existing ? `Edit “${initial.name}”` : 'New journey'}
      existing={existing}
      busy={busy}
      problem={problem}
      saveLabel="Save journey"
      deleteQuestion="Delete this journey? Its events and answers stay."
      onSubmit={save}
      onDelete={remove}
      onCancel={onCancel}
    >
      <div class="editor-grid">
        <NameKeyFields
          idPrefix="journey"
          value={draft}
          existing={existing}
          keyHelp={
            existing
              ? 'The key names the journey in events and links; it cannot change.'
              : 'Lowercase letters, digits, - and _. Events and markup use it.'
          }
          onChange={set}
        />
      </div>

      <fieldset class="editor-section">
        <legend>Steps, in order</legend>
        <ol class="step-list">
          {draft.steps.map((step, i) => {
            const context = `Step ${i + 1}${step.name ? ` (${step.name})` : ''}`;
            return (
              <li key={step.id} class="step-card">
                <div class="step-card-head">
                  <span class="step-card-number" aria-hidden="true">
                    {i + 1}
                  </span>
                  <Field id={`${step.id}-name`} label={<>Step {i + 1} name</>}>
                    <input
                      id={`${step.id}-name`}
                      class="input"
                      type="text"
                      maxLength={80}
                      value={step.name}
                      onInput={(e) => {
                        const name = e.currentTarget.value;
                        setStep(step.id, step.keyEdited ? { name } : { name, key: slugify(name) });
                      }}
                    />
                  </Field>
                  <Field id={`${step.id}-key`} label={<>Step {i + 1} key</>}>
                    <input
                      id={`${step.id}-key`}
                      class="input mono"
                      type="text"
                      maxLength={40}
                      spellcheck={false}
                      autocomplete="off"
                      value={step.key}
                      onInput={(e) => setStep(step.id, { key: e.currentTarget.value, keyEdited: true })}
                    />
                  </Field>
                  <div class="step-card-actions">
                    <button
                      type="button"
                      class="button button-quiet icon-button"
                      aria-label={`Move ${context} up`}
                      disabled={i === 0}
                      onClick={() => moveStep(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="button button-quiet icon-button"
                      aria-label={`Move ${context} down`}
                      disabled={i === draft.steps.length - 1}
                      onClick={() => moveStep(i, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="button button-quiet icon-button"
                      aria-label={`Remove ${context}`}
                      disabled={draft.steps.length === 1}
                      onClick={() => set({ steps: draft.steps.filter((s) => s.id !== step.id) })}
                    >
                      ✕
                    </button>
                  </div>
                </div>
                <p class="field-label rules-label">Pages that are this step</p>
                <UrlRulesField
                  context={context}
                  rules={step.match}
                  addLabel="Add a page rule"
                  onChange={(match) => setStep(step.id, { match })}
                />
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          class="button"
          disabled={draft.steps.length >= 12}
          onClick={() => set({ steps: [...draft.steps, stepDraft('')] })}
        >
          + Add a step
        </button>
      </fieldset>

      <fieldset class="editor-section">
        <legend>Completed when the shopper reaches</legend>
        <p class="muted section-help">A thank-you or confirmation page. A visit that gets here never counts as abandoning.</p>
        <UrlRulesField
          context="Completion"
          rules={draft.completeMatch}
          addLabel="Add a completion page"
          onChange={(completeMatch) => set({ completeMatch })}
        />
      </fieldset>

      <fieldset class="editor-section">
        <legend>Reasons offered to “What stopped you?”</legend>
        <p class="muted section-help">
          In the order shown to shoppers. “Other”, with their own words, is always offered too. The category decides
          which team each answer goes to.
        </p>
        <ul class="reason-rows">
          {draft.reasons.map((reason, i) => (
            <li key={reason.id} class="reason-row">
              <Field id={`${reason.id}-label`} label={<>Reason {i + 1}</>} class="reason-row-label">
                <input
                  id={`${reason.id}-label`}
                  class="input"
                  type="text"
                  maxLength={120}
                  value={reason.label}
                  onInput={(e) => {
                    const label = e.currentTarget.value;
                    setReason(reason.id, reason.codeEdited ? { label } : { label, code: slugify(label) });
                  }}
                />
              </Field>
              <Field id={`${reason.id}-code`} label="Code" class="reason-row-code">
                <input
                  id={`${reason.id}-code`}
                  class="input mono"
                  type="text"
                  maxLength={40}
                  spellcheck={false}
                  autocomplete="off"
                  value={reason.code}
                  onInput={(e) => setReason(reason.id, { code: e.currentTarget.value, codeEdited: true })}
                />
              </Field>
              <Field id={`${reason.id}-category`} label="Category">
                <select
                  id={`${reason.id}-category`}
                  class="input"
                  value={reason.category}
                  onChange={(e) => setReason(reason.id, { category: e.currentTarget.value as ReasonCategory })}
                >
                  {REASON_CATEGORIES.map((category) => (
                    <option key={category} value={category}>
                      {CATEGORY_INFO[category].label} → {CATEGORY_INFO[category].team}
                    </option>
                  ))}
                </select>
              </Field>
              <button
                type="button"
                class="button button-quiet icon-button reason-row-remove"
                aria-label={`Remove reason ${i + 1}${reason.label ? ` (${reason.label})` : ''}`}
                disabled={draft.reasons.length === 1}
                onClick={() => set({ reasons: draft.reasons.filter((r) => r.id !== reason.id) })}
              >
                ✕
              </button>
              <div class="reason-row-translations">
                {TRANSLATED_LANGUAGES.map(({ tag, name }) => (
                  <Field
                    key={tag}
                    id={`${reason.id}-label-${tag}`}
                    label={
                      <>
                        Label in {name} <span class="muted">({tag}, optional)</span>
                      </>
                    }
                  >
                    <input
                      id={`${reason.id}-label-${tag}`}
                      class="input"
                      lang={tag}
                      maxLength={120}
                      value={reason.labels[tag] ?? ''}
                      onInput={(e) => setReason(reason.id, { labels: { ...reason.labels, [tag]: e.currentTarget.value } })}
                    />
                  </Field>
                ))}
              </div>
            </li>
          ))}
        </ul>
        <div class="editor-inline-actions">
          <button
            type="button"
            class="button"
            disabled={draft.reasons.length >= 12}
            onClick={() =>
              set({
                reasons: [...draft.reasons, { id: rowId(), code: '', label: '', category: 'other', codeEdited: false, labels: {} }],
              })
            }
          >
            + Add a reason
          </button>
          <button type="button" class="button button-quiet" onClick={() => set({ reasons: reasonDrafts() })}>
            Use the default reasons
          </button>
        </div>
      </fieldset>
    </EditorShell>
  );
}

/** "steps.1.key: must be …" → "Step 2, key: must be …". */
function readableIssue(issue: string): string {
  const match = /^([\w.]+): (.*)$/.exec(issue);
  return match ? `${describeIssuePath(match[1]!)}: ${match[2]}` : issue;
}
