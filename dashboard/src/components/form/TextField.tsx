import type { ComponentChildren } from 'preact';
import { Field } from './Field.tsx';

interface Props {
  id: string;
  label: ComponentChildren;
  help?: ComponentChildren;
  class?: string;
  type?: 'text' | 'url' | 'email';
  placeholder?: string;
  value: string;
  onInput: (value: string) => void;
}

/** A Field around one text input, its help wired to it. */
export function TextField({ id, label, help, class: extra, type = 'text', placeholder, value, onInput }: Props) {
  return (
    <Field id={id} label={label} help={help} class={extra}>
      <input
        id={id}
        class="input"
        type={type}
        placeholder={placeholder}
        value={value}
        aria-describedby={help ? `${id}-help` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}
