import { Field } from '../form/Field.tsx';
import { rowId } from '../journeys/journeyDraft.ts';
import { PairsField } from './PairsField.tsx';
import type { StringsDraft } from './surveyDraft.ts';

interface Props {
  strings: StringsDraft[];
  onChange: (strings: StringsDraft[]) => void;
}

/**
 * Per-language overrides of the widget's words or the questions' own, as key →
 * text: `send`, `next`, `thanks`, `<question id>.text`, `<question id>.<option id>`.
 */
export function StringsField({ strings, onChange }: Props) {
  const update = (row: string, patch: Partial<StringsDraft>) => onChange(strings.map((s) => (s.row === row ? { ...s, ...patch } : s)));
  return (
    <div class="strings-field">
      {strings.map((language, i) => (
        <div class="strings-language" key={language.row}>
          <div class="strings-language-head">
            <Field id={`${language.row}-lang`} label={<>Language {i + 1}</>}>
              <input
                id={`${language.row}-lang`}
                class="input mono"
                type="text"
                maxLength={35}
                spellcheck={false}
                placeholder="zh-CN"
                value={language.lang}
                onInput={(e) => update(language.row, { lang: e.currentTarget.value })}
              />
            </Field>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => onChange(strings.filter((s) => s.row !== language.row))}
            >
              Remove language {i + 1}
            </button>
          </div>
          <PairsField
            context={`${language.lang || `Language ${i + 1}`} override`}
            pairs={language.entries}
            keyLabel="key"
            valueLabel="text"
            keyPlaceholder="recommend.text"
            valuePlaceholder="您有多大可能向朋友推荐我们？"
            addLabel="Add an override"
            max={60}
            onChange={(entries) => update(language.row, { entries })}
          />
        </div>
      ))}
      <button
        type="button"
        class="button button-quiet add-row"
        onClick={() => onChange([...strings, { row: rowId(), lang: '', entries: [{ row: rowId(), key: '', value: '' }] }])}
      >
        + Add a language
      </button>
    </div>
  );
}
