// Objectives, activities and results (with countable indicators).
import { useWatch } from 'react-hook-form';
import { emptyRow } from '../../domain/projectForm';
import { indicatorKinds } from '../../domain/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { BilingualField, FieldWarnings, FormSection, SelectField, TextField, useProjectForm } from './form';
import { RowList } from './RowList';

/** A result's indicator: the counts are asked for only once a kind is chosen. */
function Indicator({ rowPath }: { rowPath: `results.${number}` }) {
  const { t } = useI18n();
  const { control } = useProjectForm();
  const kind = useWatch({ control, name: `${rowPath}.indicatorKind` });
  return (
    <div className="grid">
      <SelectField
        path={`${rowPath}.indicatorKind`}
        label={t('editing.results.indicator')}
        empty={t('editing.results.noIndicator')}
        options={indicatorKinds.map((value) => ({ value, label: t(`editing.indicator.${value}`) }))}
      />
      {kind !== '' && (
        <>
          <TextField path={`${rowPath}.target`} label={t('editing.results.target')} inputMode="numeric" />
          <TextField path={`${rowPath}.achieved`} label={t('editing.results.achieved')} inputMode="numeric" />
        </>
      )}
    </div>
  );
}

export function ContentSection() {
  const { t } = useI18n();
  return (
    <FormSection id="content" title={t('project.section.content')}>
      <h3>{t('project.objectives')}</h3>
      <RowList path="objectives" messages="editing.objectives" newRow={emptyRow.text}>
        {(_index, rowPath) => <BilingualField path={rowPath} label={t('editing.field.text')} multiline />}
      </RowList>
      <h3>{t('project.activities')}</h3>
      <RowList path="activities" messages="editing.activities" newRow={emptyRow.text}>
        {(_index, rowPath) => <BilingualField path={rowPath} label={t('editing.field.text')} multiline />}
      </RowList>
      <h3>{t('project.results')}</h3>
      <RowList path="results" messages="editing.results" newRow={emptyRow.result}>
        {(index, rowPath) => (
          <>
            <BilingualField path={`${rowPath}.text`} label={t('editing.field.text')} multiline rows={2} />
            <Indicator rowPath={rowPath} />
            <FieldWarnings at={[`results.${index}`]} />
          </>
        )}
      </RowList>
    </FormSection>
  );
}
