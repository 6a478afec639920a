import { CHANNELS } from '../../state/filterParams.ts';
import { Field } from '../form/Field.tsx';
import { ColumnSelect } from './ColumnSelect.tsx';
import { COLUMN_FIELDS, type MappingDraft } from './mappingDraft.ts';

const SCORE_TYPES: { value: MappingDraft['to']; label: string }[] = [
  { value: 'rating', label: 'Page rating, 1–5' },
  { value: 'csat', label: 'CSAT, 1–5' },
  { value: 'nps', label: 'NPS, 0–10' },
  { value: 'ces', label: 'CES, 1–7' },
];

const DATE_FORMATS: { value: MappingDraft['dateFormat']; label: string }[] = [
  { value: 'iso', label: 'ISO only (2026-12-31 09:30)' },
  { value: 'dmy', label: 'Day first (31/12/2026 09:30)' },
  { value: 'mdy', label: 'Month first (12/31/2026 09:30)' },
];

interface Props {
  columns: readonly string[];
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
}

/** Where each of Touchpoint's fields is in the file, and how its values read. */
export function MappingForm({ columns, draft, onChange }: Props) {
  const set = <K extends keyof MappingDraft>(key: K, value: MappingDraft[K]) => onChange({ ...draft, [key]: value });
  const survey = draft.to === 'nps' || draft.to === 'ces';
  return (
    <div class="import-mapping">
      <fieldset class="import-group">
        <legend>Columns</legend>
        <div class="import-grid">
          {COLUMN_FIELDS.map(({ field, label, required, help }) => (
            <ColumnSelect
              key={field}
              id={`import-column-${field}`}
              label={label}
              help={help}
              required={required}
              columns={columns}
              value={draft.columns[field]}
              onChange={(column) => set('columns', { ...draft.columns, [field]: column })}
            />
          ))}
        </div>
        <div class="import-attributes">
          <p class="field-label">Attributes (filter and split every view by them)</p>
          {draft.attributes.map((attribute, i) => (
            <div class="import-attribute" key={i}>
              <input
                class="input"
                aria-label={`Attribute ${i + 1} name`}
                placeholder="name, e.g. region"
                value={attribute.name}
                onInput={(e) => set('attributes', draft.attributes.map((a, j) => (j === i ? { ...a, name: e.currentTarget.value } : a)))}
              />
              <select
                class="input"
                aria-label={`Attribute ${i + 1} column`}
                value={attribute.column}
                onChange={(e) => set('attributes', draft.attributes.map((a, j) => (j === i ? { ...a, column: e.currentTarget.value } : a)))}
              >
                <option value="">Choose a column…</option>
                {columns.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </select>
              <button type="button" class="button button-quiet" onClick={() => set('attributes', draft.attributes.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" class="button" onClick={() => set('attributes', [...draft.attributes, { name: '', column: '' }])}>
            Add an attribute
          </button>
        </div>
      </fieldset>

      <fieldset class="import-group">
        <legend>Score</legend>
        <div class="import-grid">
          <Field id="import-score-min" label="The file’s scale: lowest" help="A score outside the scale is an error, never clamped.">
            <input id="import-score-min" class="input" inputMode="numeric" value={draft.scoreMin} onInput={(e) => set('scoreMin', e.currentTarget.value)} />
          </Field>
          <Field id="import-score-max" label="highest">
            <input id="import-score-max" class="input" inputMode="numeric" value={draft.scoreMax} onInput={(e) => set('scoreMax', e.currentTarget.value)} />
          </Field>
          <Field id="import-score-to" label="Store as" help={
              survey
                ? 'An answer to the survey question below, in its NPS or CES views. Another scale is stretched end to end: 1–10 → NPS puts 1 at 0.'
                : 'A page rating (CSAT is the same 1–5), counted in every view and by channel. Another scale is stretched end to end: 1–10 puts 1 at 1 and 10 at 5.'
            }>
            <select id="import-score-to" class="input" value={draft.to} onChange={(e) => set('to', e.currentTarget.value as MappingDraft['to'])}>
              {SCORE_TYPES.map((type) => (
                <option key={type.value} value={type.value}>
                  {type.label}
                </option>
              ))}
            </select>
          </Field>
          {survey && (
            <>
              <Field id="import-survey" label="Survey key">
                <input id="import-survey" class="input" value={draft.survey} onInput={(e) => set('survey', e.currentTarget.value)} />
              </Field>
              <Field id="import-question" label={`${draft.to.toUpperCase()} question id`}>
                <input id="import-question" class="input" value={draft.question} onInput={(e) => set('question', e.currentTarget.value)} />
              </Field>
            </>
          )}
        </div>
      </fieldset>

      <fieldset class="import-group">
        <legend>Dates, channels and pages</legend>
        <div class="import-grid">
          <Field id="import-date-format" label="Dates are written">
            <select id="import-date-format" class="input" value={draft.dateFormat} onChange={(e) => set('dateFormat', e.currentTarget.value as MappingDraft['dateFormat'])}>
              {DATE_FORMATS.map((format) => (
                <option key={format.value} value={format.value}>
                  {format.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="import-time-zone" label="Time zone of dates without one" help="Blank: the site’s own.">
            <input id="import-time-zone" class="input" placeholder="Europe/Berlin" value={draft.timeZone} onInput={(e) => set('timeZone', e.currentTarget.value)} />
          </Field>
          <Field id="import-channel" label="Default channel">
            <select id="import-channel" class="input" value={draft.channel} onChange={(e) => set('channel', e.currentTarget.value as MappingDraft['channel'])}>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {channel}
                </option>
              ))}
            </select>
          </Field>
          <Field id="import-page" label="Default page" help="For rows without one; blank: /.">
            <input id="import-page" class="input" placeholder="/checkout/payment" value={draft.page} onInput={(e) => set('page', e.currentTarget.value)} />
          </Field>
          <Field id="import-channel-words" label="The file’s words for channels" help="One a line: Call centre = phone">
            <textarea id="import-channel-words" class="input" rows={4} value={draft.channelWords} onInput={(e) => set('channelWords', e.currentTarget.value)} />
          </Field>
          <Field id="import-page-words" label="The file’s words for pages" help="One a line: Payment = /checkout/payment">
            <textarea id="import-page-words" class="input" rows={4} value={draft.pageWords} onInput={(e) => set('pageWords', e.currentTarget.value)} />
          </Field>
        </div>
      </fieldset>
    </div>
  );
}
