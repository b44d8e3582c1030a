// The portfolio timeline: a row per project (optionally grouped), its period as a bar and its
// mobility events as markers. The search and filters are the projects list's own URL
// parameters (parseListQuery / queryProjects), so a filtered list and its timeline share links;
// zoom, grouping and range are the timeline's own parameters beside them.
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useUrlParams } from '../../components/useUrlParams';
import { buildSearchIndex, parseListQuery, queryProjects, serializeListQuery, type ProjectListQuery } from '../../domain/projectQuery';
import { projectStatuses } from '../../domain/status';
import { addMonths } from '../../domain/dates';
import { scaleForZoom, zoomLevels, type MonthRange } from '../../domain/timeline/scale';
import { buildTimelineRows, defaultRange, monthsInRange, parseTimelineView, shiftRange, snapRange, timelineGroupings, withTimelineView, type GroupRow, type TimelineView } from '../../domain/timeline/rows';
import { monthParam } from '../../domain/urlParams';
import { MAX_YEAR, MIN_YEAR } from '../../domain/constants';
import { programmeLabel } from '../../components/labels';
import { ProjectFilterToolbar } from '../../components/ProjectFilterToolbar';
import { useCanonicalParams } from '../../components/useCanonicalParams';
import { PageTitle } from '../../components/PageTitle';
import { StorageErrorAlert } from '../../components/StorageErrorAlert';
import { eventHref } from '../../components/timeline/eventText';
import { TimelineChart } from '../../components/timeline/TimelineChart';
import { TimelineLegend } from '../../components/timeline/TimelineLegend';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { todayIso } from '../../lib/today';
import { overviewsQuery, useDirectories } from '../../queries/portfolio';

export default function TimelinePage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('nav.timeline'));
  const [params, setParams] = useUrlParams();
  const query = useMemo(() => parseListQuery(params), [params]);
  const view = useMemo(() => parseTimelineView(params), [params]);
  const projects = useQuery(overviewsQuery());
  const { organisationsById, programmesById, error: directoriesError } = useDirectories();
  const today = todayIso();
  const all = useMemo(() => projects.data ?? [], [projects.data]);
  const [scrollTo, setScrollTo] = useState<{ day: string; request: number } | null>(null);

  const listParams = useMemo(() => serializeListQuery(query), [query]);
  useCanonicalParams(withTimelineView(listParams, view));

  // A timeline reads best in start order; a sort chosen on the list (in the URL, where the list
  // writes none for its default order) is kept.
  const explicitSort = listParams.has('sort');
  // The search index costs ~170 ms at 10,000 projects: build it only once someone searches.
  const searching = query.text !== '';
  const searchIndex = useMemo(() => (searching ? buildSearchIndex(all, organisationsById) : undefined), [searching, all, organisationsById]);
  const shown = useMemo(
    () =>
      queryProjects(all, organisationsById, programmesById, explicitSort ? query : { ...query, sort: { key: 'start', dir: 'asc' } }, {
        today,
        language: lang,
        searchIndex,
      }),
    [all, organisationsById, programmesById, query, explicitSort, today, lang, searchIndex],
  );
  const rows = useMemo(() => {
    const collator = new Intl.Collator(lang);
    const label = (id: string) => programmeLabel(programmesById.get(id), lang);
    return buildTimelineRows(shown, { groupBy: view.groupBy, today, compareProgrammes: (a, b) => collator.compare(label(a), label(b)) });
  }, [shown, view.groupBy, today, lang, programmesById]);
  const range = useMemo(() => view.range ?? defaultRange(rows, view.zoom, today), [view.range, view.zoom, rows, today]);
  const scale = useMemo(() => scaleForZoom(range, view.zoom), [range, view.zoom]);

  const updateQuery = (patch: Partial<ProjectListQuery>, replace = false) => setParams(withTimelineView(serializeListQuery({ ...query, ...patch }), view), { replace });
  const updateView = (patch: Partial<TimelineView>, replace = false) => setParams(withTimelineView(listParams, { ...view, ...patch }), { replace });
  const setRange = (next: MonthRange) => updateView({ range: next });
  const earlier = shiftRange(range, view.zoom, -1);
  const later = shiftRange(range, view.zoom, 1);

  const groupLabel = (row: GroupRow): string => {
    const name =
      row.groupBy === 'programme'
        ? row.value === null
          ? t('timeline.group.noProgramme')
          : programmeLabel(programmesById.get(row.value), lang) || row.value
        : row.groupBy === 'role'
          ? t(row.value === 'lead' ? 'role.lead' : 'role.partner')
          : t(`status.${projectStatuses.find((s) => s === row.value) ?? 'unknown'}`);
    return `${name} · ${t('timeline.group.count', { count: row.count })}`;
  };

  const error = projects.error ?? directoriesError;
  const ids = {
    group: useId(), count: useId(), hint: useId(),
  };

  return (
    <section className="page timeline-page">
      <PageTitle title={t('timeline.title')}>
        <Link to={{ pathname: '/projects', search: listParams.toString() }}>{t('timeline.openAsList')}</Link>
      </PageTitle>
      <StorageErrorAlert error={error} />
      <ProjectFilterToolbar
        query={query}
        projects={all}
        onChange={updateQuery}
        countId={ids.count}
        onClear={() => setParams(withTimelineView(new URLSearchParams(), view))}
      />
      <div className="toolbar timeline-view">
        <div className="field">
          <label htmlFor={ids.group}>{t('timeline.groupBy')}</label>
          <select id={ids.group} value={view.groupBy} onChange={(e) => updateView({ groupBy: timelineGroupings.find((g) => g === e.target.value) ?? 'none' })}>
            {timelineGroupings.map((g) => (
              <option key={g} value={g}>
                {t(`timeline.group.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="tl-fieldset">
          <legend>{t('timeline.zoom')}</legend>
          <div className="tl-zoom">
            {zoomLevels.map((zoom) => (
              <button
                key={zoom}
                type="button"
                aria-pressed={view.zoom === zoom}
                // A chosen range is kept, widened to whole units of the new zoom.
                onClick={() => updateView({ zoom, range: view.range ? snapRange(view.range, zoom) : null })}
              >
                {t(`timeline.zoom.${zoom}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <MonthField label={t('timeline.from')} value={range.from} min={`${MIN_YEAR}-01`} max={range.to} onChange={(from) => setRange({ from, to: range.to })} />
        <MonthField label={t('timeline.to')} value={range.to} min={range.from} max={`${MAX_YEAR}-12`} onChange={(to) => setRange({ from: range.from, to })} />
        <div className="tl-nav">
          {/* Not past the years a URL accepts: the range would be dropped on the next read. */}
          <button type="button" onClick={() => setRange(earlier)} disabled={monthParam(earlier.from) === null}>
            ← {t('timeline.earlier')}
          </button>
          <button type="button" onClick={() => setRange(later)} disabled={monthParam(later.to) === null}>
            {t('timeline.later')} →
          </button>
          <button
            type="button"
            onClick={() => {
              const month = today.slice(0, 7);
              if (month < range.from || month > range.to) {
                // Keep the range's length, centred on this month.
                const length = monthsInRange(range);
                const from = addMonths(month, -Math.floor(length / 2));
                setRange(snapRange({ from, to: addMonths(from, length - 1) }, view.zoom));
              }
              setScrollTo({ day: today, request: Date.now() });
            }}
          >
            {t('timeline.today')}
          </button>
          {view.range && (
            <button type="button" onClick={() => updateView({ range: null })}>
              {t('timeline.fit')}
            </button>
          )}
        </div>
      </div>
      <p id={ids.count} className="count" aria-live="polite">
        {projects.isPending ? t('common.loading') : t('timeline.count', { shown: shown.length, count: all.length })}
      </p>
      <TimelineLegend />
      <p id={ids.hint} className="hint">
        {t('timeline.keyboardHint')}
      </p>
      {projects.isPending ? null : shown.length === 0 ? (
        <EmptyState>{t('timeline.noMatch')}</EmptyState>
      ) : (
        <TimelineChart
          rows={rows}
          scale={scale}
          today={today}
          label={t('timeline.chart')}
          layout="portfolio"
          groupLabel={groupLabel}
          markerHref={eventHref}
          scrollTo={scrollTo}
          describedBy={ids.hint}
        />
      )}
    </section>
  );
}

function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
    </div>
  );
}

/** One end of the shown range: a month, taken only when the URL would take it and it lies within min to max. */
function MonthField({ label, value, min, max, onChange }: { label: string; value: string; min: string; max: string; onChange: (month: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="month" value={value} min={min} max={max} onChange={(e) => monthParam(e.target.value) !== null && e.target.value >= min && e.target.value <= max && onChange(e.target.value)} />
    </div>
  );
}
