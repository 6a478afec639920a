import type { ComponentChildren } from 'preact';

interface Column {
  label: string;
  /** Left out on narrow screens: the row still makes sense without it. */
  hideNarrow?: boolean;
}

interface Props {
  label: string;
  /** Classes besides `account-table`. */
  class?: string;
  columns: Column[];
  /** The rows, each ending with its actions cell. */
  children: ComponentChildren;
}

/** A table of an account page (people, tokens): its columns, then a last one for each row's actions. */
export function AccountTable({ label, class: extra, columns, children }: Props) {
  return (
    <div class="account-table-wrap">
      <table class={extra ? `account-table ${extra}` : 'account-table'} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" class={column.hideNarrow ? 'col-hide-narrow' : undefined}>
                {column.label}
              </th>
            ))}
            <th scope="col" class="col-actions">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
