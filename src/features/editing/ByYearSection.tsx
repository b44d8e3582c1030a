// Pre-financing and co-financing by year. The years of the project's period are offered, and one
// click adds a row for every year of the period that has none yet.
import { useId } from 'react';
import { emptyRow, periodYears, type YearRow } from '../../domain/projectForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldWarnings, FormSection, MoneyField, TextField, useForm } from './form';
import { RowList } from './RowList';

type Table = 'prefinancingByYear' | 'cofinancingByYear';

function YearTable({ table, title, years }: { table: Table; title: string; years: number[] }) {
  const { t } = useI18n();
  const { values, set } = useForm();
  const listId = useId();
  const rows = values.budget[table];
  const used = new Set(rows.map((r) => r.year.trim()));
  const missing = years.filter((y) => !used.has(String(y)));
  return (
    <div className="year-table">
      <h3>{title}</h3>
      <FieldWarnings at={[`budget.${table}`]} />
      <datalist id={listId}>
        {years.map((y) => (
          <option key={y} value={y} />
        ))}
      </datalist>
      <RowList<YearRow>
        path={`budget.${table}`}
        itemLabel={(index) => t('editing.byYear.item', { table: title, n: index + 1 })}
        addLabel={t('editing.byYear.add')}
        emptyText={t('editing.byYear.empty')}
        newRow={() => emptyRow.year(missing[0] !== undefined ? String(missing[0]) : '')}
        extraActions={
          missing.length > 0 && (
            <button type="button" onClick={() => set(`budget.${table}`, [...rows, ...missing.map((y) => emptyRow.year(String(y)))])}>
              {t('editing.byYear.addPeriod', { years: missing.join(', ') })}
            </button>
          )
        }
      >
        {(_row, _index, rowPath) => (
          <div className="grid">
            <TextField path={`${rowPath}.year`} label={t('project.byYear.year')} inputMode="numeric" list={listId} />
            <MoneyField path={`${rowPath}.amount`} label={t('project.payment.amount')} />
          </div>
        )}
      </RowList>
    </div>
  );
}

export function ByYearSection() {
  const { t } = useI18n();
  const { values } = useForm();
  const years = periodYears(values);
  return (
    <FormSection id="by-year" title={t('project.section.byYear')}>
      <p className="hint">{years.length > 0 ? t('editing.byYear.periodYears', { years: years.join(', ') }) : t('editing.byYear.noPeriod')}</p>
      <div className="two-columns">
        <YearTable table="prefinancingByYear" title={t('project.byYear.prefinancing')} years={years} />
        <YearTable table="cofinancingByYear" title={t('project.byYear.cofinancing')} years={years} />
      </div>
    </FormSection>
  );
}
