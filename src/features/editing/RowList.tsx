// Repeatable rows (partners, events, payments, …): add, remove, move up and down. Every action is
// a button, so mouse and keyboard work alike; after an action the focus goes where the person
// will want it next (the first field of a new row, the moved row's button, the add button).
import { useEffect, useRef, type ReactNode } from 'react';
import { getAtPath, moveRow } from '../../domain/projectForm';
import { useI18n } from '../../i18n/I18nProvider';
import { fieldId, useForm } from './form';

type Props<T extends { key: string }> = {
  /** The form path of the array. */
  path: string;
  /** "Partner 2": names the row's group and its buttons. */
  itemLabel: (index: number) => string;
  addLabel: string;
  emptyText?: string;
  newRow: () => T;
  /** Fields of one row; `rowPath` is the row's form path ('events.3'). */
  children: (row: T, index: number, rowPath: string) => ReactNode;
  /** Buttons beside "Add" (e.g. "Add every year of the period"). */
  extraActions?: ReactNode;
  className?: string;
};

export function RowList<T extends { key: string }>({ path, itemLabel, addLabel, emptyText, newRow, children, extraActions, className }: Props<T>) {
  const { values, set } = useForm();
  const { t } = useI18n();
  const rows = (getAtPath(values, path) as T[] | undefined) ?? [];
  // Where the focus goes once the rows have been drawn again: the first usable element found.
  const pendingFocus = useRef<(() => (HTMLElement | null)[]) | null>(null);
  const listId = fieldId(path);

  useEffect(() => {
    const candidates = pendingFocus.current?.();
    pendingFocus.current = null;
    candidates?.find((element) => element && !(element as HTMLButtonElement).disabled)?.focus();
  });
  const byId = (id: string) => document.getElementById(id);

  const rowId = (row: T) => `${listId}-${row.key}`;

  const add = () => {
    const row = newRow();
    set(path, [...rows, row]);
    pendingFocus.current = () => [document.querySelector<HTMLElement>(`[data-row="${rowId(row)}"] :is(input, select, textarea)`)];
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    set(path, next);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = () => [neighbour ? byId(`${rowId(neighbour)}-remove`) : null, byId(`${listId}-add`)];
  };
  const move = (index: number, delta: -1 | 1) => {
    const row = rows[index];
    if (!row) return;
    set(path, moveRow(rows, index, delta));
    const here = delta === -1 ? 'up' : 'down';
    const other = delta === -1 ? 'down' : 'up';
    pendingFocus.current = () => [byId(`${rowId(row)}-${here}`), byId(`${rowId(row)}-${other}`)];
  };

  return (
    <div className={`row-list ${className ?? ''}`}>
      {rows.length === 0 && emptyText && <p className="hint">{emptyText}</p>}
      {rows.map((row, index) => {
        const label = itemLabel(index);
        return (
          <fieldset key={row.key} className="row" id={rowId(row)}>
            <legend>{label}</legend>
            <div className="row-fields" data-row={rowId(row)}>
              {children(row, index, `${path}.${index}`)}
            </div>
            <div className="row-actions">
              <button type="button" id={`${rowId(row)}-up`} onClick={() => move(index, -1)} disabled={index === 0} aria-label={t('editing.row.moveUp', { item: label })}>
                <span aria-hidden="true">↑</span> {t('editing.row.up')}
              </button>
              <button
                type="button"
                id={`${rowId(row)}-down`}
                onClick={() => move(index, 1)}
                disabled={index === rows.length - 1}
                aria-label={t('editing.row.moveDown', { item: label })}
              >
                <span aria-hidden="true">↓</span> {t('editing.row.down')}
              </button>
              <button type="button" id={`${rowId(row)}-remove`} className="danger" onClick={() => remove(index)} aria-label={t('editing.row.remove', { item: label })}>
                {t('editing.row.removeShort')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" id={`${listId}-add`} onClick={add}>
          + {addLabel}
        </button>
        {extraActions}
      </div>
    </div>
  );
}

