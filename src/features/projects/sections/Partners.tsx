// The project page's partners: each organisation, its role and city, with their warnings.
import type { Warning } from '../../../domain/consistency';
import type { Organisation, Project } from '../../../domain/schema';
import { organisationCity, organisationLabel } from '../../../components/labels';
import { WarningList } from '../../../components/Warnings';
import { countryName, UNKNOWN } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { TableScroll } from '../../../components/TableScroll';
import { CardSection } from '../../../components/CardSection';
import { DataTable } from '../../../components/DataTable';

export function PartnersSection({
  project,
  organisationsById,
  homeOrganisationId,
  warnings,
}: {
  project: Project;
  organisationsById: Map<string, Organisation>;
  homeOrganisationId: string | null;
  warnings: Warning[];
}) {
  const { t, lang } = useI18n();
  const partners = project.partners.filter((p) => p.role === 'partner').length;
  const associated = project.partners.filter((p) => p.role === 'associated').length;
  return (
    <CardSection id="partners" title={t('project.section.partners')}>
      <p>{t('project.partners.count', { partners: t('count.partners', { count: partners }), associated: t('count.associated', { count: associated }) })}</p>
      <WarningList warnings={warnings} />
      <TableScroll label={t('project.section.partners')}>
        <DataTable columns={[t('project.partners.name'), t('project.partners.asWritten'), t('project.partners.city'), t('project.partners.country'), t('project.partners.role')]}>
          {project.partners.map((partner, index) => {
            const organisation = organisationsById.get(partner.organisationId);
            return (
              <tr key={`${partner.organisationId}-${index}`}>
                <td>
                  {organisationLabel(organisation, lang) || partner.organisationId}
                  {partner.organisationId === homeOrganisationId && <span className="badge home">{t('project.partners.home')}</span>}
                </td>
                <td lang="lv">{partner.nameAsWritten ?? UNKNOWN}</td>
                <td>{organisationCity(organisation, lang) || UNKNOWN}</td>
                <td>{countryName(organisation?.country, lang)}</td>
                <td>{t(`partnerRole.${partner.role}`)}</td>
              </tr>
            );
          })}
        </DataTable>
      </TableScroll>
    </CardSection>
  );
}

