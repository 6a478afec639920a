import type { ComponentChildren } from 'preact';

interface Props<T> {
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  label: (option: T) => ComponentChildren;
  class?: string;
}

/** A set of ticks under one legend: the events a destination takes, the ratings it lets through. */
export function CheckboxGroup<T extends string | number>({ legend, options, chosen, onChange, label, class: extra }: Props<T>) {
  const toggle = (value: T) => onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  return (
    <fieldset class={extra ? `webhook-choices ${extra}` : 'webhook-choices'}>
      <legend class="field-label">{legend}</legend>
      {options.map((option) => (
        <label key={option} class="webhook-choice">
          <input type="checkbox" checked={chosen.includes(option)} onChange={() => toggle(option)} />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
