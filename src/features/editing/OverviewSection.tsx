// Identity and titles, the council's role, programme, period, council decision and summary.
import { useWatch } from 'react-hook-form';
import { councilRoles } from '../../domain/constants';
import { endFromLength, parseLooseDate } from '../../domain/dates';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { ProgrammePicker } from './DirectoryPickers';
import { DateField, BilingualField, FieldWarnings, FormSection, RadioField, TextField, usePickedId, useProjectForm } from './form';

/** The period may be given as a start and a length: say which end day that makes. */
function ComputedEnd() {
  const { t, lang } = useI18n();
  const { control } = useProjectForm();
  const period = useWatch({ control, name: 'period' });
  const start = parseLooseDate(period.start);
  const months = Number(period.lengthMonths.trim());
  const computedEnd =
    period.end.trim() === '' && typeof start === 'string' && start !== 'invalid' && Number.isInteger(months) && months > 0 && months <= 240
      ? endFromLength(start, months)
      : null;
  return computedEnd && <span className="hint computed">{t('editing.period.computedEnd', { date: formatDate(computedEnd, lang) })}</span>;
}

function Programme() {
  const { t } = useI18n();
  const { error, ...picked } = usePickedId('programmeId');
  return (
    <div className="grid">
      <ProgrammePicker label={t('project.programme')} {...picked} />
      {error}
    </div>
  );
}

export function OverviewSection() {
  const { t } = useI18n();
  return (
    <FormSection id="overview" title={t('project.section.overview')}>
      <div className="grid">
        <TextField path="acronym" label={t('project.acronym')} hint={t('editing.hint.identity')} />
      </div>
      <BilingualField path="title" label={t('editing.field.title')} />
      <RadioField path="councilRole" legend={t('project.role')} options={councilRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
      <Programme />
      <fieldset className="group">
        <legend>{t('project.period')}</legend>
        <div className="grid">
          <DateField path="period.start" label={t('editing.period.start')} />
          <TextField
            path="period.end"
            label={t('editing.period.end')}
            hint={t('editing.hint.date')}
            after={<ComputedEnd />}
          />
          <TextField path="period.lengthMonths" label={t('editing.period.length')} inputMode="numeric" hint={t('editing.hint.length')} />
        </div>
        <FieldWarnings at={['period']} />
      </fieldset>
      <fieldset className="group">
        <legend>{t('project.decision')}</legend>
        <div className="grid">
          <TextField path="councilDecision.number" label={t('editing.decision.number')} />
          <DateField path="councilDecision.date" label={t('editing.decision.date')} />
          <TextField path="councilDecision.signedBy" label={t('project.signedBy')} className="grow" />
        </div>
      </fieldset>
      <div className="grid">
        <TextField path="infoUpdatedAt" label={t('project.infoUpdated')} hint={t('editing.hint.dateTime')} />
      </div>
      <BilingualField path="summary" label={t('project.summary')} multiline rows={4} />
    </FormSection>
  );
}
