// The printable portfolio budget report for the dashboard's scope (the same URL parameters):
// title, date and scope in words, the dashboard's figures, three charts, the years table and a
// row per project, with the unknown figures counted. "Print / Save as PDF" is the browser's own
// printing (window.print()); report.css lays it out on A4.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DashboardCards } from '../../components/charts/DashboardCards';
import { buildSpecs, type ChartSpec } from '../../components/charts/chartSpecs';
import { programmeLabel } from '../../components/labels';
import { StorageErrorAlert } from '../../components/StorageErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { parseDashboardScope, projectsInScope, serializeDashboardScope } from '../../domain/dashboard/scope';
import { portfolioReport } from '../../domain/reports/portfolioReport';
import { useLoadedDefault } from '../../components/useLoadedDefault';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../i18n/format';
import { reportEn } from '../../i18n/messages/report.en';
import { reportLv } from '../../i18n/messages/report.lv';
import { useScopedMessages } from '../../i18n/scoped';
import { todayIso } from '../../lib/today';
import { overviewsQuery, settingsQuery, useDirectories } from '../../queries/portfolio';
import { ProjectsTable, YearsTable, MissingList } from './ReportTables';
import { scopeInWords } from './scopeInWords';
import './report.css';

/** The charts the report prints: where the money comes from, money by year, pre-financing outstanding. */
const REPORT_CHARTS = ['funding', 'years', 'exposure'];

/** The charts' code (recharts), loaded when the screen opens, while the portfolio is read. */
const loadCharts = () => import('./ReportCharts');

export default function ReportPage() {
  const { t, lang } = useI18n();
  const tr = useScopedMessages(reportEn, reportLv);
  useDocumentTitle(tr('report.title'));
  const [params] = useSearchParams();
  const scope = useMemo(() => parseDashboardScope(params), [params]);
  const projects = useQuery(overviewsQuery());
  const settings = useQuery(settingsQuery());
  const { programmesById, isPending: directoriesPending, error: directoriesError, organisationsById } = useDirectories();
  const today = todayIso();
  const homeOrganisationId = settings.data?.homeOrganisationId ?? null;

  const scoped = useMemo(() => projectsInScope(projects.data ?? [], scope, today), [projects.data, scope, today]);
  const report = useMemo(() => portfolioReport(scoped, { today, organisationsById, homeOrganisationId }), [scoped, today, organisationsById, homeOrganisationId]);
  const specs = useMemo(
    () =>
      buildSpecs({ data: report.dashboard, scope, programmesById, t, lang })
        .filter((spec) => REPORT_CHARTS.includes(spec.id))
        // On paper nothing can be clicked: the dashboard's "click a bar" is left out.
        .map((spec) => (spec.id === 'funding' ? { ...spec, description: tr('report.chart.funding.desc') } : spec.id === 'years' ? { ...spec, description: tr('report.chart.years.desc') } : spec)),
    [report, scope, programmesById, t, tr, lang],
  );

  const { value: Charts, error: chartsError } = useLoadedDefault(loadCharts);
  // Which specs have drawn: ready once the charts drawn are the ones on the page now.
  const [drawnSpecs, setDrawnSpecs] = useState<ChartSpec[] | null>(null);
  const onChartsReady = useCallback(() => setDrawnSpecs(specs), [specs]);

  const error = projects.error ?? settings.error ?? directoriesError;
  const loading = projects.isPending || settings.isPending || directoriesPending;
  const empty = !loading && scoped.length === 0;
  const chartsDone = empty || chartsError !== null || drawnSpecs === specs;
  const ready = !loading && !error && chartsDone;

  return (
    <section className={`page report-page report-${lang}`} aria-labelledby="report-title" data-report-ready={ready ? 'true' : undefined}>
      <div className="report-actions" role="group" aria-label={tr('report.actions')}>
        <Link to={`/dashboard?${serializeDashboardScope(scope).toString()}`}>{tr('report.back')}</Link>
        <button type="button" className="primary" disabled={!ready} onClick={() => window.print()}>
          {tr('report.print')}
        </button>
        <p className="report-status" role="status">
          {ready ? tr('report.ready') : loading ? t('common.loading') : tr('report.preparing')}
        </p>
      </div>
      <header className="report-head">
        <h1 id="report-title">{tr('report.title')}</h1>
        <p className="report-meta">
          <span>{tr('report.made', { date: formatDate(today, lang) })}</span>
          <span>{tr('report.scopeLabel', { scope: scopeInWords(scope, tr, (id) => programmeLabel(programmesById.get(id), lang) || id) })}</span>
          {!loading && <span>{tr('report.projectCount', { count: scoped.length })}</span>}
        </p>
      </header>
      <StorageErrorAlert error={error} />
      {loading ? null : empty ? (
        <p className="empty-state">{tr('report.empty')}</p>
      ) : (
        <>
          <section className="report-section" aria-labelledby="report-figures">
            <h2 id="report-figures">{tr('report.section.figures')}</h2>
            <DashboardCards cards={report.dashboard.cards} />
          </section>
          <section className="report-section" aria-labelledby="report-charts">
            <h2 id="report-charts">{tr('report.section.charts')}</h2>
            {Charts ? (
              <Charts specs={specs} lang={lang} legendLabel={(spec) => t('dashboard.legend', { chart: spec.title })} noData={t('dashboard.chart.noData')} onReady={onChartsReady} />
            ) : chartsError ? (
              <p role="alert" className="error">
                {tr('report.chartsFailed')}
              </p>
            ) : (
              <p className="loading">{tr('report.preparing')}</p>
            )}
          </section>
          <section className="report-section" aria-labelledby="report-years">
            <h2 id="report-years">{tr('report.section.years')}</h2>
            <YearsTable rows={report.years} cards={report.dashboard.cards} tr={tr} />
          </section>
          <section className="report-section" aria-labelledby="report-projects">
            <h2 id="report-projects">{tr('report.section.projects')}</h2>
            <ProjectsTable rows={report.projects} cards={report.dashboard.cards} tr={tr} />
          </section>
          <section className="report-section" aria-labelledby="report-missing">
            <h2 id="report-missing">{tr('report.section.missing')}</h2>
            <MissingList missing={report.missing} tr={tr} />
          </section>
        </>
      )}
    </section>
  );
}
