// The portfolio timeline: a row per project (optionally grouped), its period as a bar and its
// mobility events as markers. The search and filters are the projects list's own URL
// parameters (parseListQuery / queryProjects), so a filtered list and its timeline share links;
// zoom, grouping and range are the timeline's own parameters beside them.
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { councilRoles } from '../../domain/constants';
import { buildSearchIndex, parseListQuery, queryProjects, serializeListQuery, type ProjectListQuery } from '../../domain/projectQuery';
import { activeYears, projectStatuses } from '../../domain/status';
import {
  addMonths,
  buildTimelineRows,
  defaultRange,
  monthsInRange,
  parseTimelineView,
  scaleForZoom,
  shiftRange,
  snapRange,
  timelineGroupings,
  withTimelineView,
  zoomLevels,
  type GroupRow,
  type MonthRange,
  type TimelineView,
} from '../../domain/timeline';
import { programmeLabel } from '../../components/labels';
import { storageErrorMessage } from '../../components/storageMessage';
import { eventHref } from '../../components/timeline/eventText';
import { TimelineChart, TimelineLegend } from '../../components/timeline/TimelineChart';
import { countryName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { todayIso } from '../../lib/today';
import { projectsListQuery, useDirectories } from '../../queries/portfolio';

export default function TimelinePage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(params), [params]);
  const view = useMemo(() => parseTimelineView(params), [params]);
  const projects = useQuery(projectsListQuery());
  const { programmes, organisationsById, programmesById, error: directoriesError } = useDirectories();
  const today = todayIso();
  const all = useMemo(() => projects.data ?? [], [projects.data]);
  const [scrollTo, setScrollTo] = useState<{ day: string; request: number } | null>(null);

  // A timeline reads best in start order; a sort chosen on the list (in the URL) is kept.
  const explicitSort = params.has('sort');
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

  const years = useMemo(() => {
    const set = new Set<number>();
    for (const p of all) for (const y of activeYears(p.period)) set.add(y);
    return [...set].sort((a, b) => b - a);
  }, [all]);
  const countries = useMemo(() => {
    const set = new Set<string>();
    for (const p of all)
      for (const partner of p.partners) {
        const country = organisationsById.get(partner.organisationId)?.country;
        if (country) set.add(country);
      }
    return [...set].sort((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));
  }, [all, organisationsById, lang]);

  const listParams = serializeListQuery(query);
  const updateQuery = (patch: Partial<ProjectListQuery>, replace = false) => setParams(withTimelineView(serializeListQuery({ ...query, ...patch }), view), { replace });
  const updateView = (patch: Partial<TimelineView>, replace = false) => setParams(withTimelineView(listParams, { ...view, ...patch }), { replace });
  const setRange = (next: MonthRange) => updateView({ range: next });

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

  const filtersActive = query.text !== '' || query.status.length + query.role.length + query.programmeId.length + query.country.length > 0 || query.year !== null;
  const error = projects.error ?? directoriesError;
  const ids = {
    search: useId(), status: useId(), role: useId(), programme: useId(), year: useId(), country: useId(),
    group: useId(), from: useId(), to: useId(), count: useId(), hint: useId(),
  };

  return (
    <section className="page timeline-page">
      <div className="page-title">
        <h1>{t('timeline.title')}</h1>
        <div className="actions">
          <Link to={{ pathname: '/projects', search: listParams.toString() }}>{t('timeline.openAsList')}</Link>
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {storageErrorMessage(error, t)}
        </p>
      )}
      <div className="toolbar" role="search">
        <div className="field grow">
          <label htmlFor={ids.search}>{t('projects.search')}</label>
          <input
            id={ids.search}
            type="search"
            placeholder={t('projects.searchHint')}
            value={query.text}
            onChange={(event) => updateQuery({ text: event.target.value }, true)}
            aria-describedby={ids.count}
          />
        </div>
        <Select id={ids.status} label={t('projects.filter.status')} value={query.status[0] ?? ''} onChange={(v) => updateQuery({ status: projectStatuses.filter((s) => s === v) })}>
          {projectStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </Select>
        <Select id={ids.role} label={t('projects.filter.role')} value={query.role[0] ?? ''} onChange={(v) => updateQuery({ role: councilRoles.filter((r) => r === v) })}>
          {councilRoles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </Select>
        <Select id={ids.programme} label={t('projects.filter.programme')} value={query.programmeId[0] ?? ''} onChange={(v) => updateQuery({ programmeId: v ? [v] : [] })}>
          {programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {programmeLabel(p, lang)}
            </option>
          ))}
        </Select>
        <Select id={ids.year} label={t('projects.filter.year')} value={query.year === null ? '' : String(query.year)} onChange={(v) => updateQuery({ year: v ? Number(v) : null })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
        <Select id={ids.country} label={t('projects.filter.country')} value={query.country[0] ?? ''} onChange={(v) => updateQuery({ country: v ? [v] : [] })}>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c, lang)}
            </option>
          ))}
        </Select>
        {filtersActive && (
          <button type="button" className="link-button" onClick={() => setParams(withTimelineView(new URLSearchParams(), view))}>
            {t('projects.clearFilters')}
          </button>
        )}
      </div>
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
        <div className="field">
          <label htmlFor={ids.from}>{t('timeline.from')}</label>
          <input
            id={ids.from}
            type="month"
            value={range.from}
            max={range.to}
            onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && e.target.value <= range.to && setRange({ from: e.target.value, to: range.to })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('timeline.to')}</label>
          <input
            id={ids.to}
            type="month"
            value={range.to}
            min={range.from}
            onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && e.target.value >= range.from && setRange({ from: range.from, to: e.target.value })}
          />
        </div>
        <div className="tl-nav">
          <button type="button" onClick={() => setRange(shiftRange(range, view.zoom, -1))}>
            ← {t('timeline.earlier')}
          </button>
          <button type="button" onClick={() => setRange(shiftRange(range, view.zoom, 1))}>
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
        {projects.isPending ? t('common.loading') : t('timeline.count', { shown: shown.length, total: all.length })}
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

function Select(props: { id: string; label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{t('common.all')}</option>
        {props.children}
      </select>
    </div>
  );
}

function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
    </div>
  );
}
