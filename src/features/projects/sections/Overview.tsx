// The project page's overview: names, role, lead partner, programme, period, decision, summary.
import type { Warning } from '../../../domain/consistency';
import type { Organisation, Programme, Project } from '../../../domain/schema';
import type { ProjectStatus } from '../../../domain/status';
import { organisationLabel } from '../../../components/labels';
import { WarningList } from '../../../components/Warnings';
import { countryName, formatDate, formatDateTime, formatPeriod, pickText, UNKNOWN } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { CardSection } from '../../../components/CardSection';
import { Bilingual, Fact, warningsAt } from './parts';

type Props = {
  project: Project;
  status: ProjectStatus;
  warnings: Warning[];
  organisationsById: Map<string, Organisation>;
  programmesById: Map<string, Programme>;
};

export function OverviewSection({ project, status, warnings, organisationsById, programmesById }: Props) {
  const { t, lang } = useI18n();
  const programme = project.programmeId ? programmesById.get(project.programmeId) : undefined;
  const lead = project.partners.find((p) => p.role === 'lead');
  const leadOrganisation = lead ? organisationsById.get(lead.organisationId) : undefined;
  return (
    <CardSection id="overview" title={t('project.section.overview')}>
      <dl className="facts">
        <Fact label={t('project.acronym')}>{project.acronym || UNKNOWN}</Fact>
        <Fact label={t('project.titleLv')}>
          <span lang="lv">{project.title.lv || UNKNOWN}</span>
        </Fact>
        <Fact label={t('project.titleEn')}>
          <span lang="en">{project.title.en || UNKNOWN}</span>
        </Fact>
        <Fact label={t('project.role')}>{t(`role.${project.councilRole}`)}</Fact>
        <Fact label={t('project.leadPartner')}>
          {leadOrganisation ? `${organisationLabel(leadOrganisation, lang)}, ${countryName(leadOrganisation.country, lang)}` : UNKNOWN}
        </Fact>
        <Fact label={t('project.programme')}>{programme ? pickText(programme.name, lang) : UNKNOWN}</Fact>
        <Fact label={t('project.strand')}>{programme && pickText(programme.strand, lang) ? pickText(programme.strand, lang) : UNKNOWN}</Fact>
        <Fact label={t('project.measure')}>{programme && pickText(programme.measure, lang) ? pickText(programme.measure, lang) : UNKNOWN}</Fact>
        <Fact label={t('project.funders')}>{programme && programme.funders.length > 0 ? programme.funders.map((f) => pickText(f, lang)).join(', ') : UNKNOWN}</Fact>
        <Fact label={t('project.period')}>
          {formatPeriod(project.period.start, project.period.end, lang)}
          {project.period.lengthMonths !== null && ` (${t('project.lengthMonths', { count: project.period.lengthMonths })})`}
          <WarningList warnings={warningsAt(warnings, 'period')} />
        </Fact>
        <Fact label={t('project.status')}>{t(`status.${status}`)}</Fact>
        <Fact label={t('project.decision')}>
          {project.councilDecision
            ? t('project.decisionValue', { number: project.councilDecision.number ?? UNKNOWN, date: formatDate(project.councilDecision.date, lang) })
            : UNKNOWN}
        </Fact>
        {project.councilDecision?.signedBy && <Fact label={t('project.signedBy')}>{project.councilDecision.signedBy}</Fact>}
        <Fact label={t('project.infoUpdated')}>{formatDateTime(project.infoUpdatedAt, lang)}</Fact>
      </dl>
      <Bilingual label={t('project.summary')} text={project.summary} />
      <p className="meta">
        {t('project.created', {
          created: formatDateTime(project.createdAt.slice(0, 16), lang),
          updated: formatDateTime(project.updatedAt.slice(0, 16), lang),
          revision: project.revision,
        })}
      </p>
    </CardSection>
  );
}
