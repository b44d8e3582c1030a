// Free notes about the project, in both languages.
import { useI18n } from '../../i18n/I18nProvider';
import { BilingualField, FormSection } from './form';

export function NotesSection() {
  const { t } = useI18n();
  return (
    <FormSection id="notes" title={t('project.section.notes')}>
      <BilingualField path="notes" label={t('common.notes')} multiline rows={4} />
    </FormSection>
  );
}
