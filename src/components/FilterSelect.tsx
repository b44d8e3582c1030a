// A filter of a list, chart or timeline: a select whose first choice, "All", filters nothing.
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export type FilterOption = { value: string; label: string };

type Props = {
  label: string;
  /** The chosen option's value; '' for "All". */
  value: string;
  onChange: (value: string) => void;
  options: readonly FilterOption[];
  /** Filters have fixed widths (see styles.css), so the toolbar keeps its lines as options change. */
  width?: 'narrow' | 'wide';
};

export function FilterSelect({ label, value, onChange, options, width }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className={width ? `field filter filter-${width}` : 'field filter'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
