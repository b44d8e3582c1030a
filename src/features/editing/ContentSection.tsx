// Objectives, activities and results (with countable indicators).
import { emptyRow, type ResultRow, type TextRow } from '../../domain/projectForm';
import { indicatorKinds } from '../../domain/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { BilingualField, FieldWarnings, FormSection, SelectField, TextField } from './form';
import { RowList } from './RowList';

export function ContentSection() {
  const { t } = useI18n();
  return (
    <FormSection id="content" title={t('project.section.content')}>
      <h3>{t('project.objectives')}</h3>
      <RowList<TextRow> path="objectives" itemLabel={(i) => t('editing.objectives.item', { n: i + 1 })} addLabel={t('editing.objectives.add')} newRow={emptyRow.text}>
        {(_row, _index, rowPath) => <BilingualField path={rowPath} label={t('editing.field.text')} multiline />}
      </RowList>
      <h3>{t('project.activities')}</h3>
      <RowList<TextRow> path="activities" itemLabel={(i) => t('editing.activities.item', { n: i + 1 })} addLabel={t('editing.activities.add')} newRow={emptyRow.text}>
        {(_row, _index, rowPath) => <BilingualField path={rowPath} label={t('editing.field.text')} multiline />}
      </RowList>
      <h3>{t('project.results')}</h3>
      <RowList<ResultRow> path="results" itemLabel={(i) => t('editing.results.item', { n: i + 1 })} addLabel={t('editing.results.add')} newRow={emptyRow.result}>
        {(row, index, rowPath) => (
          <>
            <BilingualField path={`${rowPath}.text`} label={t('editing.field.text')} multiline rows={2} />
            <div className="grid">
              <SelectField
                path={`${rowPath}.indicatorKind`}
                label={t('editing.results.indicator')}
                empty={t('editing.results.noIndicator')}
                options={indicatorKinds.map((kind) => ({ value: kind, label: t(`editing.indicator.${kind}`) }))}
              />
              {row.indicatorKind !== '' && (
                <>
                  <TextField path={`${rowPath}.target`} label={t('editing.results.target')} inputMode="numeric" />
                  <TextField path={`${rowPath}.achieved`} label={t('editing.results.achieved')} inputMode="numeric" />
                </>
              )}
            </div>
            <FieldWarnings at={[`results.${index}`]} />
          </>
        )}
      </RowList>
    </FormSection>
  );
}
