// The consortium: organisations picked from the directory (or created here) and their roles.
import { emptyRow } from '../../domain/projectForm';
import { partnerRoles } from '../../domain/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { OrganisationPicker } from './DirectoryPickers';
import { FieldWarnings, FormSection, SelectField, TextField, usePickedId } from './form';
import { RowList } from './RowList';

function PartnerOrganisation({ rowPath }: { rowPath: `partners.${number}` }) {
  const { t } = useI18n();
  const { error, ...picked } = usePickedId(`${rowPath}.organisationId`);
  return (
    <>
      <OrganisationPicker label={t('project.partners.name')} {...picked} />
      {error}
    </>
  );
}

export function PartnersSection() {
  const { t } = useI18n();
  return (
    <FormSection id="partners" title={t('project.section.partners')}>
      <p className="hint">{t('editing.partners.hint')}</p>
      <FieldWarnings at={['partners']} exact />
      <RowList path="partners" messages="editing.partners" emptyText={t('editing.partners.empty')} newRow={emptyRow.partner}>
        {(index, rowPath) => (
          <div className="grid">
            <PartnerOrganisation rowPath={rowPath} />
            <SelectField path={`${rowPath}.role`} label={t('project.partners.role')} options={partnerRoles.map((role) => ({ value: role, label: t(`partnerRole.${role}`) }))} />
            <TextField path={`${rowPath}.nameAsWritten`} label={t('project.partners.asWritten')} className="grow" />
            <FieldWarnings at={[`partners.${index}`]} />
          </div>
        )}
      </RowList>
    </FormSection>
  );
}
