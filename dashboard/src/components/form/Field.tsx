import type { ComponentChildren } from 'preact';

interface Props {
  /** The control's id: the label points at it, and `${id}-help` names the help for aria-describedby. */
  id: string;
  label: ComponentChildren;
  /** Shown under the control. */
  help?: ComponentChildren;
  /** Classes besides `field`. */
  class?: string;
  children: ComponentChildren;
}

/** A labelled form control with optional help: the one field layout of the dashboard. */
export function Field({ id, label, help, class: extra, children }: Props) {
  return (
    <div class={extra ? `field ${extra}` : 'field'}>
      <label class="field-label" for={id}>
        {label}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} class="field-help muted">
          {help}
        </p>
      )}
    </div>
  );
}
