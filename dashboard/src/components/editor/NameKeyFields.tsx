import { Field } from '../form/Field.tsx';
import { slugify } from './slugify.ts';

export interface NameKey {
  name: string;
  key: string;
  /** Once the key is typed in, the name no longer writes it. */
  keyEdited: boolean;
}

interface Props {
  /** Prefix of the inputs' ids: `${idPrefix}-name`, `${idPrefix}-key`. */
  idPrefix: string;
  value: NameKey;
  /** A saved item's key names its data: it can no longer change. */
  existing: boolean;
  keyHelp: string;
  onChange: (patch: Partial<NameKey>) => void;
}

/** The name and the key it suggests, until the key is edited or the item saved. */
export function NameKeyFields({ idPrefix, value, existing, keyHelp, onChange }: Props) {
  return (
    <>
      <Field id={`${idPrefix}-name`} label="Name">
        <input
          id={`${idPrefix}-name`}
          class="input"
          type="text"
          maxLength={80}
          value={value.name}
          onInput={(e) => {
            const name = e.currentTarget.value;
            onChange(value.keyEdited || existing ? { name } : { name, key: slugify(name) });
          }}
        />
      </Field>
      <Field id={`${idPrefix}-key`} label="Key" help={keyHelp}>
        <input
          id={`${idPrefix}-key`}
          class="input mono"
          type="text"
          maxLength={40}
          spellcheck={false}
          autocomplete="off"
          value={value.key}
          readOnly={existing}
          aria-describedby={`${idPrefix}-key-help`}
          onInput={(e) => onChange({ key: e.currentTarget.value, keyEdited: true })}
        />
      </Field>
    </>
  );
}
