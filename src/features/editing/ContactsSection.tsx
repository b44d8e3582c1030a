// Contact persons, the website, final results and materials, press releases.
import { emptyRow } from '../../domain/projectForm';
import { linkKinds } from '../../domain/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField, BilingualField, FormSection, SelectField, TextField } from './form';
import { RowList } from './RowList';

export function ContactsSection() {
  const { t } = useI18n();
  return (
    <FormSection id="contacts" title={t('project.section.contacts')}>
      <h3>{t('project.contacts')}</h3>
      <RowList path="contacts" messages="editing.contacts" newRow={emptyRow.contact}>
        {(_index, rowPath) => (
          <>
            <div className="grid">
              <TextField path={`${rowPath}.name`} label={t('editing.contacts.name')} />
              <TextField path={`${rowPath}.phone`} label={t('project.contact.phone')} type="tel" inputMode="tel" />
              <TextField path={`${rowPath}.email`} label={t('project.contact.email')} type="email" inputMode="email" />
            </div>
            <BilingualField path={`${rowPath}.position`} label={t('editing.contacts.position')} />
          </>
        )}
      </RowList>
      <div className="grid">
        <TextField path="website" label={t('project.website')} inputMode="url" hint={t('editing.hint.url')} className="grow" />
      </div>
      <h3>{t('project.links')}</h3>
      <RowList path="links" messages="editing.links" newRow={emptyRow.link}>
        {(_index, rowPath) => (
          <>
            <div className="grid">
              <SelectField path={`${rowPath}.kind`} label={t('editing.links.kind')} options={linkKinds.map((kind) => ({ value: kind, label: t(`linkKind.${kind}`) }))} />
              <TextField path={`${rowPath}.url`} label={t('editing.links.url')} inputMode="url" hint={t('editing.hint.urlOptional')} className="grow" />
            </div>
            <BilingualField path={`${rowPath}.label`} label={t('editing.links.label')} />
          </>
        )}
      </RowList>
      <h3>{t('project.pressReleases')}</h3>
      <RowList path="pressReleases" messages="editing.press" newRow={emptyRow.press}>
        {(_index, rowPath) => (
          <>
            <BilingualField path={`${rowPath}.title`} label={t('editing.press.title')} />
            <div className="grid">
              <TextField path={`${rowPath}.url`} label={t('editing.links.url')} inputMode="url" hint={t('editing.hint.urlOptional')} className="grow" />
              <DateField path={`${rowPath}.date`} label={t('project.events.date')} />
            </div>
          </>
        )}
      </RowList>
    </FormSection>
  );
}
