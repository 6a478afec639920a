import { Field } from '../form/Field.tsx';

interface Props {
  id: string;
  label: string;
  help?: string;
  columns: readonly string[];
  value: string;
  /** Required columns offer no "not in this file". */
  required?: boolean;
  onChange: (column: string) => void;
}

/** One of the file's columns, or none. */
export function ColumnSelect({ id, label, help, columns, value, required, onChange }: Props) {
  return (
    <Field id={id} label={required ? `${label} *` : label} help={help}>
      <select id={id} class="input" value={value} aria-describedby={help ? `${id}-help` : undefined} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{required ? 'Choose a column…' : '— not in this file —'}</option>
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </Field>
  );
}
