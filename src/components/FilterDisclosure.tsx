// On a narrow screen, a screen's filters fold behind one "Filters" button that says how many are
// set, so the results come first. On a wide screen the button is not shown and the filters sit in
// the toolbar as they always did (the wrapper takes no box there: see styles.css).
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** How many filters are set: a list that is not empty, or a value that is not null. */
export function countSet(values: readonly unknown[]): number {
  return values.filter((value) => (Array.isArray(value) ? value.length > 0 : value !== null)).length;
}

export function FilterDisclosure({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={open ? 'filters open' : 'filters'}>
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('filters.toggle')}
        {active > 0 && (
          <>
            <span className="filter-count" aria-hidden="true">
              {active}
            </span>
            <span className="visually-hidden"> {t('filters.active', { count: active })}</span>
          </>
        )}
      </button>
      <div id={id} className="filters-body">
        {children}
      </div>
    </div>
  );
}
