// Mobility events: where, when (a month or exact days), which way, and how many people went.
import { emptyRow } from '../../domain/projectForm';
import { eventDirections, eventKinds } from '../../domain/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { BilingualField, FieldWarnings, FormSection, SelectField, TextField } from './form';
import { RowList } from './RowList';

const newEventId = () => `event-${crypto.randomUUID()}`;

export function EventsSection() {
  const { t } = useI18n();
  return (
    <FormSection id="events" title={t('project.section.events')}>
      <FieldWarnings at={['events']} exact />
      <RowList path="events" messages="editing.events" emptyText={t('project.events.none')} newRow={() => emptyRow.event(newEventId())}>
        {(index, rowPath) => (
          <>
            <div className="grid">
              <SelectField path={`${rowPath}.kind`} label={t('editing.events.kind')} options={eventKinds.map((kind) => ({ value: kind, label: t(`eventKind.${kind}`) }))} />
              <TextField path={`${rowPath}.date`} label={t('project.events.date')} hint={t('editing.hint.eventDate')} />
              <SelectField
                path={`${rowPath}.direction`}
                label={t('project.events.direction')}
                options={eventDirections.map((direction) => ({ value: direction, label: t(`direction.${direction}`) }))}
              />
              <TextField path={`${rowPath}.representatives`} label={t('project.events.representatives')} inputMode="numeric" hint={t('editing.hint.unknownEmpty')} />
              <TextField path={`${rowPath}.order`} label={t('editing.events.order')} inputMode="numeric" />
            </div>
            <div className="grid">
              <TextField path={`${rowPath}.hostCity`} label={t('editing.events.hostCity')} />
              <TextField path={`${rowPath}.hostCityLv`} label={t('editing.events.hostCityLv')} lang="lv" />
              <TextField path={`${rowPath}.hostCountry`} label={t('editing.events.hostCountry')} hint={t('editing.hint.country')} />
              <TextField path={`${rowPath}.placeAsWritten`} label={t('editing.events.placeAsWritten')} className="grow" />
            </div>
            <BilingualField path={`${rowPath}.title`} label={t('editing.events.title')} />
            <BilingualField path={`${rowPath}.notes`} label={t('common.notes')} multiline rows={2} />
            <FieldWarnings at={[`events.${index}`]} />
          </>
        )}
      </RowList>
    </FormSection>
  );
}
