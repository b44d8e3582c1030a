// The portfolio dashboard: scope controls (in the URL, with the projects list's parameter
// names), the figures, and the charts, which load on demand after the figures.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useUrlParams } from '../../components/useUrlParams';
import { dashboardData } from '../../domain/dashboard/aggregate';
import {
  fullScope,
  isFullScope,
  listParams,
  parseDashboardScope,
  projectsInScope,
  serializeDashboardScope,
  type DashboardScope,
} from '../../domain/dashboard/scope';
import { councilRoles } from '../../domain/constants';
import { activeYears, projectStatuses } from '../../domain/status';
import { programmeLabel } from '../../components/labels';
import { FilterSelect } from '../../components/FilterSelect';
import { countSet, FilterDisclosure } from '../../components/FilterDisclosure';
import { StorageErrorAlert } from '../../components/StorageErrorAlert';
import { useCanonicalParams } from '../../components/useCanonicalParams';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLoadedDefault } from '../../components/useLoadedDefault';
import { useI18n } from '../../i18n/I18nProvider';
import { reportEn } from '../../i18n/messages/report.en';
import { reportLv } from '../../i18n/messages/report.lv';
import { useScopedMessages } from '../../i18n/scoped';
import { todayIso } from '../../lib/today';
import { overviewsQuery, settingsQuery, useDirectories } from '../../queries/portfolio';
import { DashboardCards } from '../../components/charts/DashboardCards';
import './dashboard.css';

/** The charts' code (recharts), loaded when the screen opens, while the portfolio is read. */
const loadCharts = () => import('./DashboardCharts');

export default function DashboardPage() {
  const { t, lang } = useI18n();
  const tr = useScopedMessages(reportEn, reportLv);
  useDocumentTitle(t('nav.dashboard'));
  const [params, setParams] = useUrlParams();
  const scope = useMemo(() => parseDashboardScope(params), [params]);
  useCanonicalParams(serializeDashboardScope(scope));
  const projects = useQuery(overviewsQuery());
  const settings = useQuery(settingsQuery());
  const { programmes, organisationsById, programmesById, isPending: directoriesPending, error: directoriesError } = useDirectories();
  const today = todayIso();
  const all = useMemo(() => projects.data ?? [], [projects.data]);
  const homeOrganisationId = settings.data?.homeOrganisationId ?? null;

  const scoped = useMemo(() => projectsInScope(all, scope, today), [all, scope, today]);
  const data = useMemo(
    () => dashboardData(scoped, { today, organisationsById, homeOrganisationId }),
    [scoped, today, organisationsById, homeOrganisationId],
  );
  const years = useMemo(() => {
    const set = new Set<number>();
    for (const p of all) for (const y of activeYears(p.period)) set.add(y);
    return [...set].sort((a, b) => b - a);
  }, [all]);

  const { value: Charts, error: chartsError } = useLoadedDefault(loadCharts);

  const update = (patch: Partial<DashboardScope>) => setParams(serializeDashboardScope({ ...scope, ...patch }));
  const error = projects.error ?? settings.error ?? directoriesError;
  const loading = projects.isPending || settings.isPending || directoriesPending;

  useEffect(() => {
    // For `npm run bench`: the figures are on screen (the charts follow, loaded on demand).
    if (!loading) performance.mark('dashboard-figures-rendered');
  }, [loading, data]);

  return (
    <section className="page dashboard-page">
      <div className="page-title">
        <h1>{t('dashboard.title')}</h1>
        <Link className="button-link" to={`/dashboard/report?${serializeDashboardScope(scope).toString()}`}>
          {tr('report.link')}
        </Link>
      </div>
      <p className="hint">{t('dashboard.intro')}</p>
      <StorageErrorAlert error={error} />
      <form className="toolbar" aria-label={t('dashboard.scope')} onSubmit={(event) => event.preventDefault()}>
        <FilterDisclosure active={countSet([scope.status, scope.role, scope.programmeId, scope.year])}>
          <FilterSelect label={t('dashboard.scope.status')} value={scope.status[0] ?? ''} onChange={(v) => update({ status: projectStatuses.filter((s) => s === v) })} options={projectStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <FilterSelect label={t('dashboard.scope.role')} value={scope.role[0] ?? ''} onChange={(v) => update({ role: councilRoles.filter((r) => r === v) })} options={councilRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          <FilterSelect width="wide" label={t('dashboard.scope.programme')} value={scope.programmeId[0] ?? ''} onChange={(v) => update({ programmeId: v ? [v] : [] })} options={programmes.map((p) => ({ value: p.id, label: programmeLabel(p, lang) }))} />
          <FilterSelect width="narrow" label={t('dashboard.scope.year')} value={scope.year === null ? '' : String(scope.year)} onChange={(v) => update({ year: v ? Number(v) : null })} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        </FilterDisclosure>
        {!isFullScope(scope) && (
          <button type="button" className="link-button" onClick={() => update(fullScope)}>
            {t('dashboard.scope.clear')}
          </button>
        )}
      </form>
      {loading ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <>
          <p className="count" aria-live="polite">
            {t('dashboard.scope.count', { shown: scoped.length, count: all.length })}{' '}
            <Link to={`/projects?${listParams(scope).toString()}`}>{t('dashboard.scope.showList')}</Link>
          </p>
          <h2 className="visually-hidden">{t('dashboard.figures')}</h2>
          <DashboardCards cards={data.cards} />
          {scoped.length === 0 ? (
            <p className="empty-state">{t('dashboard.empty')}</p>
          ) : (
            Charts ? (
              <Charts data={data} scope={scope} programmesById={programmesById} />
            ) : chartsError ? (
              <p role="alert" className="error">
                {t('dashboard.chartsFailed')}
              </p>
            ) : (
              <p className="loading">{t('dashboard.chartsLoading')}</p>
            )
          )}
        </>
      )}
    </section>
  );
}

