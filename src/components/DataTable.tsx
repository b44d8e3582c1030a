// A table of records under one row of column headers: the shape every record table of the app
// shares (payments, partners, events, history, directories, restore conflicts).
import type { ReactNode } from 'react';

/** A column's header: its label, or the label and whether the column holds figures (right-aligned). */
export type ColumnHeader = string | { label: ReactNode; numeric?: boolean };

type Props = {
  columns: readonly ColumnHeader[];
  /** Classes beside `data-table`. */
  className?: string;
  /** The table's accessible name, where no caption or heading names it. */
  label?: string;
  /** The body's rows. */
  children: ReactNode;
  /** A `<tfoot>` (totals), if any. */
  footer?: ReactNode;
};

export function DataTable({ columns, className, label, children, footer }: Props) {
  return (
    <table className={className ? `data-table ${className}` : 'data-table'} aria-label={label}>
      <thead>
        <tr>
          {columns.map((column, index) => {
            const { label: text, numeric = false } = typeof column === 'string' ? { label: column } : column;
            return (
              <th key={index} scope="col" className={numeric ? 'num' : undefined}>
                {text}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {footer}
    </table>
  );
}
