import { slugify } from '../editor/slugify.ts';
import { MAX_OPTIONS, optionDraft, type OptionDraft } from './surveyDraft.ts';

interface Props {
  /** "Question 2", for screen readers. */
  context: string;
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
}

/** The options of a choice question: label, and the id answers are stored by (follows the label until edited). */
export function OptionsField({ context, options, onChange }: Props) {
  const update = (row: string, patch: Partial<OptionDraft>) => onChange(options.map((o) => (o.row === row ? { ...o, ...patch } : o)));
  return (
    <div class="pairs">
      {options.map((option, i) => (
        <div class="pair" key={option.row}>
          <label class="visually-hidden" for={`${option.row}-label`}>
            {context}, option {i + 1}: label
          </label>
          <input
            id={`${option.row}-label`}
            class="input"
            type="text"
            maxLength={120}
            placeholder={`Option ${i + 1}`}
            value={option.label}
            onInput={(e) => {
              const label = e.currentTarget.value;
              update(option.row, option.idEdited ? { label } : { label, id: slugify(label) });
            }}
          />
          <label class="visually-hidden" for={`${option.row}-id`}>
            {context}, option {i + 1}: id
          </label>
          <input
            id={`${option.row}-id`}
            class="input mono"
            type="text"
            maxLength={40}
            spellcheck={false}
            autocomplete="off"
            title="The id answers are stored by"
            value={option.id}
            onInput={(e) => update(option.row, { id: e.currentTarget.value, idEdited: true })}
          />
          <button
            type="button"
            class="button button-quiet icon-button"
            aria-label={`Remove option ${i + 1} of ${context}`}
            disabled={options.length <= 2}
            onClick={() => onChange(options.filter((o) => o.row !== option.row))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        class="button button-quiet add-row"
        disabled={options.length >= MAX_OPTIONS}
        onClick={() => onChange([...options, optionDraft()])}
      >
        + Add an option
      </button>
    </div>
  );
}
