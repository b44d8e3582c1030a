// Pre-financing and co-financing by year. The years of the project's period are offered, and one
// click adds a row for every year of the period that has none yet.
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { emptyRow, periodYears } from '../../domain/projectForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldWarnings, FormSection, MoneyField, TextField, useProjectForm } from './form';
import { RowList, type AppendRows } from './RowList';

type Table = 'prefinancingByYear' | 'cofinancingByYear';

/** The years of the period that have no row yet (watches only this table's rows). */
function useMissingYears(table: Table, years: number[]): number[] {
  const { control } = useProjectForm();
  const rows = useWatch({ control, name: `budget.${table}` });
  const used = new Set(rows.map((r) => r.year.trim()));
  return years.filter((y) => !used.has(String(y)));
}

function AddPeriodYears({ table, years, append }: { table: Table; years: number[]; append: AppendRows<`budget.${Table}`> }) {
  const { t } = useI18n();
  const missing = useMissingYears(table, years);
  if (missing.length === 0) return null;
  return (
    <button type="button" onClick={() => append(missing.map((y) => emptyRow.year(String(y))))}>
      {t('editing.byYear.addPeriod', { years: missing.join(', ') })}
    </button>
  );
}

function YearTable({ table, title, years }: { table: Table; title: string; years: number[] }) {
  const { t } = useI18n();
  const { getValues } = useProjectForm();
  const listId = useId();
  const firstMissing = () => {
    const used = new Set(getValues(`budget.${table}`).map((r) => r.year.trim()));
    return years.find((y) => !used.has(String(y)));
  };
  return (
    <div className="year-table">
      <h3>{title}</h3>
      <FieldWarnings at={[`budget.${table}`]} />
      <datalist id={listId}>
        {years.map((y) => (
          <option key={y} value={y} />
        ))}
      </datalist>
      <RowList
        path={`budget.${table}`}
        messages="editing.byYear"
        itemParams={{ table: title }}
        emptyText={t('editing.byYear.empty')}
        newRow={() => {
          const year = firstMissing();
          return emptyRow.year(year !== undefined ? String(year) : '');
        }}
        extraActions={(append) => <AddPeriodYears table={table} years={years} append={append} />}
      >
        {(_index, rowPath) => (
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
  const { control } = useProjectForm();
  const period = useWatch({ control, name: 'period' });
  const years = periodYears({ period });
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
