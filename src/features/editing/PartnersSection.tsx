// The consortium: organisations picked from the directory (or created here) and their roles.
import { emptyRow, type PartnerRow } from '../../domain/projectForm';
import { partnerRoles } from '../../domain/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { OrganisationPicker } from './DirectoryPickers';
import { errorText, FieldWarnings, fieldId, FormSection, SelectField, TextField, useForm } from './form';
import { RowList } from './RowList';

export function PartnersSection() {
  const { t } = useI18n();
  const { errors, set } = useForm();
  return (
    <FormSection id="partners" title={t('project.section.partners')}>
      <p className="hint">{t('editing.partners.hint')}</p>
      <FieldWarnings at={['partners']} exact />
      <RowList<PartnerRow>
        path="partners"
        itemLabel={(index) => t('editing.partners.item', { n: index + 1 })}
        addLabel={t('editing.partners.add')}
        emptyText={t('editing.partners.empty')}
        newRow={emptyRow.partner}
      >
        {(row, index, rowPath) => {
          const path = `${rowPath}.organisationId`;
          const error = errors[path];
          return (
            <div className="grid">
              <OrganisationPicker
                id={fieldId(path)}
                label={t('project.partners.name')}
                value={row.organisationId}
                onChange={(id) => set(path, id)}
                invalid={Boolean(error)}
                errorId={error ? `${fieldId(path)}-error` : undefined}
              />
              {error && (
                <span id={`${fieldId(path)}-error`} className="field-error">
                  {errorText(error, t)}
                </span>
              )}
              <SelectField path={`${rowPath}.role`} label={t('project.partners.role')} options={partnerRoles.map((role) => ({ value: role, label: t(`partnerRole.${role}`) }))} />
              <TextField path={`${rowPath}.nameAsWritten`} label={t('project.partners.asWritten')} className="grow" />
              <FieldWarnings at={[`partners.${index}`]} />
            </div>
          );
        }}
      </RowList>
    </FormSection>
  );
}
