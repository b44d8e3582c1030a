// Repeatable rows (partners, events, payments, …) on react-hook-form's useFieldArray: add,
// remove, move up and down. Every action is a button, so mouse and keyboard work alike; after an
// action the focus goes where the person will want it next (the first field of a new row, the
// moved row's button, the add button). Typing inside a row does not re-render the list.
import { useEffect, useRef, type ReactNode } from 'react';
import { useFieldArray, type ArrayPath, type FieldArray } from 'react-hook-form';
import type { ProjectFormValues } from '../../domain/projectForm';
import type { Project } from '../../domain/schema';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';
import type { Params } from '../../i18n/translate';
import { fieldId, useProjectForm } from './form';

type ListPath = ArrayPath<ProjectFormValues>;
type Row<P extends ListPath> = FieldArray<ProjectFormValues, P>;
/** Adds rows at the end of the list (for actions beside "Add"). */
export type AppendRows<P extends ListPath> = (rows: Row<P> | Row<P>[]) => void;

/** A group of editing messages that name a list's rows: `<group>.item` ("Partner {n}") and `<group>.add`. */
type RowMessages = { [K in MessageKey]: K extends `editing.${infer Group}.item` ? (`editing.${Group}.add` extends MessageKey ? `editing.${Group}` : never) : never }[MessageKey];

type Props<P extends ListPath> = {
  /** The form path of the array. */
  path: P;
  /** Names each row ("Partner 2", its group and its buttons) and the add button. */
  messages: RowMessages;
  /** Placeholders of the item message besides the row's number `n`. */
  itemParams?: Params;
  emptyText?: string;
  newRow: () => Row<P>;
  /** Fields of one row; `rowPath` is the row's form path ('events.3'). */
  children: (index: number, rowPath: `${P}.${number}`) => ReactNode;
  /** Buttons beside "Add" (e.g. "Add every year of the period"). */
  extraActions?: (append: AppendRows<P>) => ReactNode;
  className?: string;
};

export function RowList<P extends ListPath>({ path, messages, itemParams, emptyText, newRow, children, extraActions, className }: Props<P>) {
  const { control } = useProjectForm();
  const { t } = useI18n();
  // `fields` carry the rows' own `key` (set when a row is made, kept in the values): it names
  // the row for React and for the focus. useFieldArray's generated `id` is not used.
  const { fields, append, remove, move } = useFieldArray<ProjectFormValues, P, 'id', Project>({ control, name: path });
  const rows = fields as unknown as { key: string }[];
  // Where the focus goes once the rows have been drawn again: the first usable element found.
  const pendingFocus = useRef<(() => (HTMLElement | null)[]) | null>(null);
  const listId = fieldId(path);

  useEffect(() => {
    const candidates = pendingFocus.current?.();
    pendingFocus.current = null;
    candidates?.find((element) => element && !(element as HTMLButtonElement).disabled)?.focus();
  });
  const byId = (id: string) => document.getElementById(id);

  const rowId = (key: string) => `${listId}-${key}`;

  const add = () => {
    const row = newRow();
    append(row, { shouldFocus: false });
    const key = (row as unknown as { key: string }).key;
    pendingFocus.current = () => [document.querySelector<HTMLElement>(`[data-row="${rowId(key)}"] :is(input, select, textarea)`)];
  };
  const removeAt = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    remove(index);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = () => [neighbour ? byId(`${rowId(neighbour.key)}-remove`) : null, byId(`${listId}-add`)];
  };
  const moveBy = (index: number, delta: -1 | 1) => {
    const row = rows[index];
    const target = index + delta;
    if (!row || target < 0 || target >= rows.length) return;
    move(index, target);
    const here = delta === -1 ? 'up' : 'down';
    const other = delta === -1 ? 'down' : 'up';
    pendingFocus.current = () => [byId(`${rowId(row.key)}-${here}`), byId(`${rowId(row.key)}-${other}`)];
  };

  return (
    <div className={`row-list ${className ?? ''}`}>
      {rows.length === 0 && emptyText && <p className="hint">{emptyText}</p>}
      {rows.map((row, index) => {
        const label = t(`${messages}.item`, { ...itemParams, n: index + 1 });
        return (
          <fieldset key={row.key} className="row" id={rowId(row.key)}>
            <legend>{label}</legend>
            <div className="row-fields" data-row={rowId(row.key)}>
              {children(index, `${path}.${index}`)}
            </div>
            <div className="row-actions">
              <button type="button" id={`${rowId(row.key)}-up`} onClick={() => moveBy(index, -1)} disabled={index === 0} aria-label={t('editing.row.moveUp', { item: label })}>
                <span aria-hidden="true">↑</span> {t('editing.row.up')}
              </button>
              <button
                type="button"
                id={`${rowId(row.key)}-down`}
                onClick={() => moveBy(index, 1)}
                disabled={index === rows.length - 1}
                aria-label={t('editing.row.moveDown', { item: label })}
              >
                <span aria-hidden="true">↓</span> {t('editing.row.down')}
              </button>
              <button type="button" id={`${rowId(row.key)}-remove`} className="danger" onClick={() => removeAt(index)} aria-label={t('editing.row.remove', { item: label })}>
                {t('editing.row.removeShort')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" id={`${listId}-add`} onClick={add}>
          + {t(`${messages}.add`)}
        </button>
        {extraActions?.((rowsToAdd) => append(rowsToAdd, { shouldFocus: false }))}
      </div>
    </div>
  );
}
