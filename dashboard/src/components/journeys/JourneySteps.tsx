import { Field } from '../form/Field.tsx';
import { moveItem } from '../editor/moveItem.ts';
import { slugify } from '../editor/slugify.ts';
import { stepDraft, type StepDraft } from './journeyDraft.ts';
import { UrlRulesField } from './UrlRulesField.tsx';

interface Props {
  steps: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
}

/** The journey's steps in order, each a name, a key and the pages that are it. */
export function JourneySteps({ steps, onChange }: Props) {
  const setStep = (id: string, patch: Partial<StepDraft>) => onChange(steps.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  return (
    <fieldset class="editor-section">
      <legend>Steps, in order</legend>
      <ol class="step-list">
        {steps.map((step, i) => {
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
                    onClick={() => onChange(moveItem(steps, i, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button button-quiet icon-button"
                    aria-label={`Move ${context} down`}
                    disabled={i === steps.length - 1}
                    onClick={() => onChange(moveItem(steps, i, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="button button-quiet icon-button"
                    aria-label={`Remove ${context}`}
                    disabled={steps.length === 1}
                    onClick={() => onChange(steps.filter((s) => s.id !== step.id))}
                  >
                    ✕
                  </button>
                </div>
              </div>
              <p class="field-label rules-label">Pages that are this step</p>
              <UrlRulesField context={context} rules={step.match} addLabel="Add a page rule" onChange={(match) => setStep(step.id, { match })} />
            </li>
          );
        })}
      </ol>
      <button type="button" class="button" disabled={steps.length >= 12} onClick={() => onChange([...steps, stepDraft('')])}>
        + Add a step
      </button>
    </fieldset>
  );
}
