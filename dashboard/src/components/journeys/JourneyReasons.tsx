import { REASON_CATEGORIES } from '../../../../shared/abandonReasons.ts';
import type { ReasonCategory } from '../../../../shared/schemas/journey.ts';
import { Field } from '../form/Field.tsx';
import { slugify } from '../editor/slugify.ts';
import { reasonDrafts, rowId, type ReasonDraft } from './journeyDraft.ts';
import { CATEGORY_INFO } from './reasonCategories.ts';

/** Languages the widget ships besides English: a site may word its reasons in each. */
const TRANSLATED_LANGUAGES = [
  { tag: 'zh-CN', name: '简体中文' },
  { tag: 'zh-TW', name: '繁體中文' },
];

interface Props {
  reasons: ReasonDraft[];
  onChange: (reasons: ReasonDraft[]) => void;
}

/** The reasons offered to "What stopped you?", in order: label, code, the team it goes to, translations. */
export function JourneyReasons({ reasons, onChange }: Props) {
  const setReason = (id: string, patch: Partial<ReasonDraft>) => onChange(reasons.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <fieldset class="editor-section">
      <legend>Reasons offered to “What stopped you?”</legend>
      <p class="muted section-help">
        In the order shown to shoppers. “Other”, with their own words, is always offered too. The category decides
        which team each answer goes to.
      </p>
      <ul class="reason-rows">
        {reasons.map((reason, i) => (
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
              disabled={reasons.length === 1}
              onClick={() => onChange(reasons.filter((r) => r.id !== reason.id))}
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
          disabled={reasons.length >= 12}
          onClick={() => onChange([...reasons, { id: rowId(), code: '', label: '', category: 'other', codeEdited: false, labels: {} }])}
        >
          + Add a reason
        </button>
        <button type="button" class="button button-quiet" onClick={() => onChange(reasonDrafts())}>
          Use the default reasons
        </button>
      </div>
    </fieldset>
  );
}
