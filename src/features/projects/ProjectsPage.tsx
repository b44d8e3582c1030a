// The projects list: search, filters and sort live in the URL, so the back button and
// shared links work; only the visible rows are drawn, so 10,000 projects stay instant.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useUrlParams } from '../../components/useUrlParams';
import { buildSearchIndex, parseListQuery, queryProjects, serializeListQuery, type ProjectListQuery } from '../../domain/projectQuery';
import type { ProjectOverview } from '../../domain/overview';
import { projectStatus } from '../../domain/status';
import { docId } from '../../domain/sync/docIds';
import { programmeLabel } from '../../components/labels';
import { PageTitle } from '../../components/PageTitle';
import { StorageErrorAlert } from '../../components/StorageErrorAlert';
import { formatMoney, formatPeriod, pickText } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { todayIso } from '../../lib/today';
import { conflictsQuery, newestOverviewsQuery, overviewsQuery, projectsCountQuery, useDirectories } from '../../queries/portfolio';
import { useCanEdit } from '../../queries/access';
import { sharesHere } from '../../queries/storage';
import { whenIdle } from '../../lib/idle';
import { useSampleActions } from '../../queries/useSampleActions';
import type { MessageKey } from '../../i18n/en';
import { ProjectFilterToolbar } from '../../components/ProjectFilterToolbar';
import { ProjectsCsvButton } from '../../components/ProjectsCsvButton';
import { ProjectsXlsxButton } from '../../components/ProjectsXlsxButton';
import { VirtualTable } from '../../components/VirtualTable';
import { useCanonicalParams } from '../../components/useCanonicalParams';
import { useDocumentTitle } from '../../components/useDocumentTitle';

type SortKey = ProjectListQuery['sort']['key'];

const columns: { key: SortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'acronym', label: 'projects.col.acronym' },
  { key: 'title', label: 'projects.col.title' },
  { key: 'role', label: 'projects.col.role' },
  { key: 'programme', label: 'projects.col.programme' },
  { key: 'start', label: 'projects.col.period' },
  { key: 'status', label: 'projects.col.status' },
  { key: 'councilBudget', label: 'projects.col.councilBudget', numeric: true },
  { key: 'euCofinancing', label: 'projects.col.euCofinancing', numeric: true },
];

/** Rows read first while the whole portfolio loads: more than any screen shows. */
const FIRST_PAGE_SIZE = 60;

export function ProjectsPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('nav.projects'));
  const [params, setParams] = useUrlParams();
  const query = useMemo(() => parseListQuery(params), [params]);
  // With thousands of projects even the overviews take a few hundred milliseconds to read: in
  // the default view, read and draw the newest ones from the index first, and only then start
  // the full read, so that it cannot hold up the first screen.
  const canonical = useMemo(() => serializeListQuery(query), [query]);
  useCanonicalParams(canonical);
  const isDefaultView = canonical.toString() === '';
  const newest = useQuery({ ...newestOverviewsQuery(FIRST_PAGE_SIZE), enabled: isDefaultView });
  const overviews = useQuery({ ...overviewsQuery(), enabled: !isDefaultView || newest.isFetched });
  const total = useQuery({ ...projectsCountQuery(), enabled: overviews.isPending });
  const preview = overviews.isPending && isDefaultView ? newest.data : undefined;
  const { organisationsById, programmesById, error: directoriesError } = useDirectories();
  const today = todayIso();
  const all = useMemo(() => overviews.data ?? [], [overviews.data]);

  // The search index is built when the browser is idle, after the list has been drawn;
  // a search typed before it is ready folds the texts on the fly.
  const [searchIndex, setSearchIndex] = useState<{ source: ProjectOverview[]; index: Map<string, string> } | null>(null);
  useEffect(() => whenIdle(() => setSearchIndex({ source: all, index: buildSearchIndex(all, organisationsById) })), [all, organisationsById]);
  const index = searchIndex?.source === all ? searchIndex.index : undefined;

  const shown = useMemo(
    () => queryProjects(all, organisationsById, programmesById, query, { today, language: lang, searchIndex: index }),
    [all, organisationsById, programmesById, query, today, lang, index],
  );

  const update = (patch: Partial<ProjectListQuery>, options: { replace?: boolean } = {}) =>
    setParams(serializeListQuery({ ...query, ...patch }), { replace: options.replace ?? false });


  const error = overviews.error ?? directoriesError;
  const countId = useId();
  const canEdit = useCanEdit();

  return (
    <section className="page projects-page">
      <PageTitle title={t('projects.title')}>
        <ProjectsXlsxButton projects={shown} />
        <ProjectsCsvButton projects={shown} />
        {canEdit && (
          <Link className="button-link primary" to="/projects/new">
            + {t('editing.newProject')}
          </Link>
        )}
      </PageTitle>
      <StorageErrorAlert error={error} />
      <ProjectFilterToolbar
        query={query}
        projects={all}
        onChange={(patch, replace) => update(patch, { replace })}
        countId={countId}
        onClear={() => setParams(new URLSearchParams(), { replace: false })}
      />
      <p id={countId} className="count" aria-live="polite">
        {!overviews.isPending
          ? t('projects.count', { shown: shown.length, count: all.length })
          : total.data !== undefined
            ? t('projects.countLoading', { count: total.data })
            : t('common.loading')}
      </p>
      {preview && preview.length > 0 ? (
        <ProjectsTable projects={preview} query={query} onSort={(key) => update({ sort: nextSort(query.sort, key) })} today={today} programmesById={programmesById} />
      ) : overviews.isPending ? null : all.length === 0 ? (
        <EmptyPortfolio />
      ) : shown.length === 0 ? (
        <div className="empty-state">
          <h2>{t('projects.noMatch.title')}</h2>
          <p>{t('projects.noMatch.body')}</p>
          <button type="button" onClick={() => setParams(new URLSearchParams())}>
            {t('projects.clearFilters')}
          </button>
        </div>
      ) : (
        <ProjectsTable projects={shown} query={query} onSort={(key) => update({ sort: nextSort(query.sort, key) })} today={today} programmesById={programmesById} />
      )}
    </section>
  );
}

/** One line of text, cut with an ellipsis; the whole text shows on hover. Keeps rows one height. */
function Cell({ text }: { text: string }) {
  return (
    <td>
      <div className="clip" title={text}>
        {text}
      </div>
    </td>
  );
}

function nextSort(current: ProjectListQuery['sort'], key: SortKey): ProjectListQuery['sort'] {
  if (current.key !== key) return { key, dir: 'asc' };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}

function EmptyPortfolio() {
  const { t } = useI18n();
  const { load } = useSampleActions();
  const canEdit = useCanEdit();
  return (
    <div className="empty-state">
      <h2>{t('projects.empty.title')}</h2>
      <p>{t('projects.empty.body')}</p>
      {canEdit && (
        <button type="button" className="primary" onClick={() => load.mutate()} disabled={load.isPending}>
          {t('projects.empty.loadSample')}
        </button>
      )}
    </div>
  );
}

function ProjectsTable({
  projects,
  query,
  onSort,
  today,
  programmesById,
}: {
  projects: ProjectOverview[];
  query: ProjectListQuery;
  onSort: (key: SortKey) => void;
  today: string;
  programmesById: ReturnType<typeof useDirectories>['programmesById'];
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  // Projects colleagues changed while apart: a marker on the row until someone resolves them.
  const conflicts = useQuery({ ...conflictsQuery(), enabled: sharesHere() });
  const inConflict = useMemo(() => new Set((conflicts.data ?? []).map((row) => row.id)), [conflicts.data]);

  useEffect(() => {
    performance.mark('projects-list-rendered');
  }, [projects]);

  return (
    <VirtualTable
      items={projects}
      columns={columns.map((column) => ({ ...column, label: t(column.label) }))}
      sorted={{ key: query.sort.key, direction: query.sort.dir === 'asc' ? 'ascending' : 'descending' }}
      onSort={onSort}
      label={t('projects.table')}
      className="projects-table"
      focusable
      renderRow={(project, row) => {
        const status = projectStatus(project.period, today);
        return (
          <tr
            key={project.id}
            {...row}
            className="clickable"
            onClick={(event) => {
              if ((event.target as HTMLElement).closest('a')) return;
              void navigate(`/projects/${encodeURIComponent(project.id)}`);
            }}
          >
            <td>
              <Link to={`/projects/${encodeURIComponent(project.id)}`} className="acronym clip" title={pickText(project.title, lang)}>
                {inConflict.has(docId('project', project.id)) && <span className="conflict-marker" role="img" aria-label={t('conflict.badge')} title={t('conflict.badge')} />}
                {project.acronym || pickText(project.title, lang)}
              </Link>
            </td>
            <Cell text={pickText(project.title, lang)} />
            <Cell text={t(`role.${project.councilRole}`)} />
            <Cell text={programmeLabel(programmesById.get(project.programmeId ?? ''), lang)} />
            <Cell text={formatPeriod(project.period.start, project.period.end, lang)} />
            <td>
              <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>
            </td>
            <td className="num">{formatMoney(project.budget.councilBudget, lang)}</td>
            <td className="num">{formatMoney(project.budget.euCofinancing, lang)}</td>
          </tr>
        );
      }}
    />
  );
}
