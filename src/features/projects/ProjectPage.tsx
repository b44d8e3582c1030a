// A project's page: every fact of the record, in sections, with consistency warnings beside
// the figures they concern. Unknown values show as a dash, never as 0.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { consistencyWarnings } from '../../domain/consistency';
import type { Organisation, Programme, Project } from '../../domain/schema';
import { projectStatus } from '../../domain/status';
import { storageErrorMessage } from '../../components/storageMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { WarningList } from '../../components/Warnings';
import { ProjectTimeline } from '../../components/timeline/ProjectTimeline';
import { formatMoney, formatPeriod, pickText } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { todayIso } from '../../lib/today';
import { conflictsQuery, projectDetailQuery, settingsQuery, useDirectories } from '../../queries/portfolio';
import { useCanEdit } from '../../queries/access';
import { docId } from '../../domain/sync/docIds';
import { useScopedMessages } from '../../i18n/scoped';
import { conflictsEn } from '../../i18n/messages/conflicts.en';
import { conflictsLv } from '../../i18n/messages/conflicts.lv';
import { factSheetEn } from '../../i18n/messages/factSheet.en';
import { factSheetLv } from '../../i18n/messages/factSheet.lv';
import { ProjectHistory } from './ProjectHistory';
import { DeleteProjectButton } from './DeleteProjectButton';
import { BudgetSection, ByYearSection } from './sections/Budget';
import { ContactsSection } from './sections/Contacts';
import { ContentSection, NotesSection } from './sections/Content';
import { EventsSection } from './sections/Events';
import { OverviewSection } from './sections/Overview';
import { PartnersSection } from './sections/Partners';
import { warningsAt } from './sections/parts';
import { useRevealInStages } from './useRevealInStages';
import './projectPage.css';

export default function ProjectPage() {
  const { projectId = '' } = useParams();
  const { t, lang } = useI18n();
  const project = useQuery(projectDetailQuery(projectId));
  const settings = useQuery(settingsQuery());
  const directories = useDirectories();
  // The record reaches the page through the query's store, whose updates render at once, in one
  // task; as a deferred value the page's render from it runs at transition priority, in slices.
  // Until it has caught up (or while it still holds another project's record), "Loading…".
  const shown = useDeferredValue(project.data);
  const readyToShow = shown !== undefined && (shown === null || shown.id === projectId);
  useDocumentTitle(
    project.error
      ? t('error.title')
      : project.isPending
        ? null
        : project.data
          ? project.data.acronym || pickText(project.data.title, lang)
          : t('project.notFoundTitle'),
  );

  if (project.error) {
    // A damaged stored record (or a failed read): said here; every other screen keeps working.
    return (
      <section className="page">
        <h1>{t('error.title')}</h1>
        <p role="alert">{storageErrorMessage(project.error, t)}</p>
        <p>
          <Link to="/projects">{t('project.backToList')}</Link>
        </p>
      </section>
    );
  }
  if (project.isPending || directories.isPending || !readyToShow) return <p className="page loading">{t('common.loading')}</p>;
  if (!shown) {
    return (
      <section className="page">
        <h1>{t('project.notFound')}</h1>
        <Link to="/projects">{t('project.backToList')}</Link>
      </section>
    );
  }
  return (
    <ProjectView
      project={shown}
      homeOrganisationId={settings.data?.homeOrganisationId ?? null}
      organisationsById={directories.organisationsById}
      programmesById={directories.programmesById}
    />
  );
}

type ViewProps = {
  project: Project;
  homeOrganisationId: string | null;
  organisationsById: Map<string, Organisation>;
  programmesById: Map<string, Programme>;
};

export function ProjectView({ project, homeOrganisationId, organisationsById, programmesById }: ViewProps) {
  const { t, lang } = useI18n();
  const today = todayIso();
  const status = projectStatus(project.period, today);
  // eslint-disable-next-line @tanstack/query/no-unstable-deps -- `project` is the prop, not ProjectPage's query result of that name
  const warnings = useMemo(() => consistencyWarnings(project, { homeOrganisationId, today }), [project, homeOrganisationId, today]);
  const name = project.acronym || pickText(project.title, lang);
  // The sections below the overview render afterwards, a few at a time, each group in its own
  // interruptible pass (useRevealInStages), so opening a large project never holds a phone's page
  // in one long task. They come after everything already shown, so nothing on screen moves when
  // they arrive.
  const stage = useRevealInStages(5);
  const canEdit = useCanEdit();
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const tr = useScopedMessages(factSheetEn, factSheetLv);
  const conflicts = useQuery(conflictsQuery());
  const conflict = (conflicts.data ?? []).find((row) => row.id === docId('project', project.id));
  const inConflict = conflict !== undefined;
  const deletedApart = (conflict?.deleted?.length ?? 0) > 0;
  const conflictPath = `/projects/${encodeURIComponent(project.id)}/conflict`;

  return (
    <article className="page project-page" aria-labelledby="project-heading">
      <p className="breadcrumb">
        <Link to="/projects">← {t('project.backToList')}</Link>
      </p>
      <header className="project-header">
        <div>
          <h1 id="project-heading">
            {project.acronym && <span className="acronym">{project.acronym}</span>} {pickText(project.title, lang)}
          </h1>
          <p className="subtitle" lang={lang === 'lv' ? 'en' : 'lv'}>
            {pickText(project.title, lang === 'lv' ? 'en' : 'lv')}
          </p>
          <p className="badges">
            <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>
            <span className="badge">{t(`role.${project.councilRole}`)}</span>
            {project.origin === 'sample' && <span className="badge sample">{t('project.origin.sample')}</span>}
            {inConflict && (
              <Link className="badge conflict" to={conflictPath} title={tc(deletedApart ? 'conflict.deleted.badgeTitle' : 'conflict.badgeTitle')}>
                {t('conflict.badge')}
              </Link>
            )}
          </p>
          {/* On a phone the sections lie one under another: the key figures come with the title (hidden on wider screens, where the budget is near). */}
          <dl className="key-figures">
            <div>
              <dt>{t('project.period')}</dt>
              <dd>{formatPeriod(project.period.start, project.period.end, lang)}</dd>
            </div>
            <div>
              <dt>{t('project.budget.eu')}</dt>
              <dd className="money">{formatMoney(project.budget.euCofinancing, lang)}</dd>
            </div>
            <div>
              <dt>{t('project.budget.councilCofinancing')}</dt>
              <dd className="money">{formatMoney(project.budget.councilCofinancing, lang)}</dd>
            </div>
          </dl>
          <p className="report-links">
            <Link to={`/projects/${encodeURIComponent(project.id)}/fact-sheet`}>{tr('factSheet.link')}</Link>
            {' · '}
            <Link to={`/projects/${encodeURIComponent(project.id)}/annex`}>{tr('annex.link')}</Link>
          </p>
        </div>
        {canEdit && (
          <div className="actions">
            <Link className="button-link" to={`/projects/${encodeURIComponent(project.id)}/edit`}>
              {t('editing.edit')}
            </Link>
            <Link className="button-link" to={`/projects/new?from=${encodeURIComponent(project.id)}`} title={t('editing.duplicateTitle')}>
              {t('editing.duplicate')}
            </Link>
            <DeleteProjectButton project={project} name={name} />
          </div>
        )}
      </header>

      {deletedApart && (
        <p className="card deleted-apart" role="note">
          {tc('conflict.deleted.note')} <Link to={conflictPath}>{tc('conflict.deleted.choose')}</Link>
        </p>
      )}

      {warnings.length > 0 && (
        <section className="card warnings-card" aria-labelledby="warnings-h">
          <h2 id="warnings-h">{t('project.warnings')}</h2>
          <WarningList warnings={warnings} />
        </section>
      )}

      <OverviewSection project={project} status={status} warnings={warnings} organisationsById={organisationsById} programmesById={programmesById} />

      {stage >= 1 && (
        <>
          <PartnersSection project={project} organisationsById={organisationsById} homeOrganisationId={homeOrganisationId} warnings={warningsAt(warnings, 'partners')} />
          <BudgetSection budget={project.budget} warnings={warnings} />
        </>
      )}
      {stage >= 2 && (
        <>
          <ByYearSection budget={project.budget} warnings={warnings} />
          <ProjectTimeline project={project} />
        </>
      )}
      {stage >= 3 && <EventsSection events={project.events} warnings={warnings} />}
      {stage >= 4 && (
        <>
          <ContentSection project={project} warnings={warnings} />
          <ContactsSection project={project} />
        </>
      )}
      {stage >= 5 && (
        <>
          <NotesSection project={project} />
          <ProjectHistory project={project} />
        </>
      )}
    </article>
  );
}
