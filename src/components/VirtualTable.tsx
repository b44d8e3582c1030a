// The long lists (projects, mobility events): a table in its own scroll box whose headers sort
// it, drawn row by row (only the rows in view are in the DOM; see virtualRows.tsx).
import type { CSSProperties, ReactNode, Ref } from 'react';
import { SortableHeader, type SortDirection } from './SortableHeader';
import { SpacerRow, useVirtualRows } from './virtualRows';

/** A row's height, and the height every row is drawn at (a measured row may grow past it). */
const ROW_HEIGHT = 44;

export type SortableColumn<K extends string> = { key: K; label: string; numeric?: boolean };

/** What a drawn row carries: its place for screen readers, its height, and, when measured, the measuring ref. */
export type VirtualRowProps = {
  'aria-rowindex': number;
  style: CSSProperties;
  ref?: Ref<HTMLTableRowElement>;
  'data-index'?: number;
};

type Props<T, K extends string> = {
  items: readonly T[];
  columns: readonly SortableColumn<K>[];
  /** The column the items are sorted by, if any. */
  sorted: { key: K; direction: SortDirection } | null;
  onSort: (key: K) => void;
  /** The table's accessible name. */
  label: string;
  /** Classes beside `data-table`. */
  className: string;
  /** Each drawn row is measured: a long text may wrap it onto a second line. */
  measured?: boolean;
  /** The scroll box can take the focus from script (tabIndex -1), as after a search. */
  focusable?: boolean;
  /** One <tr> (with its key) for an item; spread `row` on it. */
  renderRow: (item: T, row: VirtualRowProps) => ReactNode;
};

export function VirtualTable<T, K extends string>({ items, columns, sorted, onSort, label, className, measured = false, focusable = false, renderRow }: Props<T, K>) {
  const { scrollRef, virtualizer, rows, paddingTop, paddingBottom } = useVirtualRows({ count: items.length, rowHeight: ROW_HEIGHT, measured });
  return (
    <div className="table-scroll" ref={scrollRef} tabIndex={focusable ? -1 : undefined}>
      <table className={`data-table ${className}`} aria-label={label} aria-rowcount={items.length + 1}>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader key={column.key} label={column.label} numeric={column.numeric} sorted={sorted?.key === column.key ? sorted.direction : null} onSort={() => onSort(column.key)} />
            ))}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={paddingTop} columns={columns.length} />
          {rows.map((row) => {
            const item = items[row.index];
            if (item === undefined) return null;
            const place = { 'aria-rowindex': row.index + 2, style: { height: ROW_HEIGHT } };
            return renderRow(item, measured ? { ...place, ref: virtualizer.measureElement, 'data-index': row.index } : place);
          })}
          <SpacerRow height={paddingBottom} columns={columns.length} />
        </tbody>
      </table>
    </div>
  );
}
