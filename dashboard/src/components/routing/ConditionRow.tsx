import { REASON_CATEGORIES } from '../../../../shared/abandonReasons.ts';
import { CHANNELS } from '../../state/filterParams.ts';
import { DEVICES } from '../../state/devices.ts';
import { categoryInfo } from '../journeys/reasonCategories.ts';
import { CONDITION_FIELDS, type ConditionDraft, type ConditionField } from './routingDraft.ts';

interface Props {
  id: string;
  /** "Rule 2, condition 1", for the controls' labels. */
  context: string;
  condition: ConditionDraft;
  onChange: (next: ConditionDraft) => void;
  onRemove: () => void;
}

// Fields with a fixed set of values get a menu; the rest are typed.
const CHOICES: Partial<Record<ConditionField, readonly { value: string; label: string }[]>> = {
  kind: [
    { value: 'page_rating', label: 'Page rating' },
    { value: 'abandon_reason', label: '“What stopped you?” answer' },
    { value: 'survey_answer', label: 'Survey answer' },
  ],
  reasonCategory: REASON_CATEGORIES.map((c) => ({ value: c, label: categoryInfo(c).label })),
  channel: CHANNELS.map((c) => ({ value: c, label: c })),
  device: DEVICES.map((d) => ({ value: d, label: d })),
};

/** One condition of a routing rule: which field, and the value it must have. */
export function ConditionRow({ id, context, condition, onChange, onRemove }: Props) {
  const choices = CHOICES[condition.field];
  return (
    <div class="condition-row">
      <label class="visually-hidden" for={`${id}-field`}>
        {context}: field
      </label>
      <select
        id={`${id}-field`}
        class="input condition-field"
        value={condition.field}
        onChange={(e) => onChange({ ...condition, field: e.currentTarget.value as ConditionField, value: '' })}
      >
        {(Object.keys(CONDITION_FIELDS) as ConditionField[]).map((f) => (
          <option key={f} value={f}>
            {CONDITION_FIELDS[f]}
          </option>
        ))}
      </select>
      {condition.field === 'page' && (
        <>
          <label class="visually-hidden" for={`${id}-page-type`}>
            {context}: how the page matches
          </label>
          <select
            id={`${id}-page-type`}
            class="input condition-page-type"
            value={condition.pageType}
            onChange={(e) => onChange({ ...condition, pageType: e.currentTarget.value as ConditionDraft['pageType'] })}
          >
            <option value="exact">is exactly</option>
            <option value="prefix">starts with</option>
            <option value="pattern">matches (* = anything)</option>
          </select>
        </>
      )}
      <label class="visually-hidden" for={`${id}-value`}>
        {context}: value
      </label>
      {choices ? (
        <select id={`${id}-value`} class="input condition-value" value={condition.value} onChange={(e) => onChange({ ...condition, value: e.currentTarget.value })}>
          <option value="">Choose…</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={`${id}-value`}
          class="input condition-value"
          type={condition.field === 'scoreMin' || condition.field === 'scoreMax' ? 'number' : 'text'}
          spellcheck={false}
          value={condition.value}
          placeholder={condition.field === 'page' ? '/checkout/payment' : condition.field === 'lang' ? 'zh-CN' : ''}
          onInput={(e) => onChange({ ...condition, value: e.currentTarget.value })}
        />
      )}
      <button type="button" class="button button-quiet icon-button" aria-label={`Remove ${context}`} onClick={onRemove}>
        ✕
      </button>
    </div>
  );
}
