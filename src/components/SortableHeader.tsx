// A column header that sorts its table: a button inside the header cell, the direction told
// to screen readers by aria-sort and shown by an arrow. Shared by the projects and events lists.
export type SortDirection = 'ascending' | 'descending';

export function SortableHeader({ label, sorted, numeric, onSort }: { label: string; sorted: SortDirection | null; numeric?: boolean; onSort: () => void }) {
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={sorted ?? 'none'}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
