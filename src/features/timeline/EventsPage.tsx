// Every mobility event of every project in one table: filters in the URL, totals of what is
// shown, upcoming events first, and the shown events as an iCalendar file.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo } from 'react';
import { EventsCsvButton } from '../../components/EventsCsvButton';
import { EventsXlsxButton } from '../../components/EventsXlsxButton';
import { saveFile } from '../../components/DownloadButton';
import { Link } from 'react-router-dom';
import { useUrlParams } from '../../components/useUrlParams';
import { eventDirections } from '../../domain/constants';
import { buildCalendar, calendarDays, eventUid, ICS_MEDIA_TYPE, type CalendarEvent } from '../../domain/ical';
import type { Language } from '../../domain/schema';
import {
  allEvents,
  eventSortColumn,
  eventTotals,
  eventYears,
  parseEventQuery,
  nextEventSort,
  queryEvents,
  serializeEventQuery,
  withFullRecords,
  type EventListItem,
  type EventListQuery,
  type FullEventItem,
  type EventSort,
  type EventSortKey,
  type EventSortText,
} from '../../domain/timeline/events';
import { storageErrorMessage } from '../../components/storageMessage';
import { PageTitle } from '../../components/PageTitle';
import { StorageErrorAlert } from '../../components/StorageErrorAlert';
import { eventCity, eventDate, eventHref, eventPlace, eventTitle, projectName } from '../../components/timeline/eventText';
import { MarkerShape } from '../../components/timeline/MarkerShape';
import { FilterSelect } from '../../components/FilterSelect';
import { countSet, FilterDisclosure } from '../../components/FilterDisclosure';
import { VirtualTable } from '../../components/VirtualTable';
import { useNotify } from '../../components/Notifications';
import { useCanonicalParams } from '../../components/useCanonicalParams';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { countryName, formatMonth, formatNumber, intlLocale, pickText, UNKNOWN } from '../../i18n/format';
import type { MessageKey } from '../../i18n/en';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { todayIso } from '../../lib/today';
import { overviewsQuery } from '../../queries/portfolio';
import { useFreshRead } from '../../queries/projects';

/** The table's columns, in order; each header sorts by its column. */
const columns: { key: EventSortKey; label: MessageKey; numeric?: boolean }[] = [
  { key: 'date', label: 'timeline.events.col.date' },
  { key: 'project', label: 'timeline.events.col.project' },
  { key: 'title', label: 'timeline.events.col.title' },
  { key: 'city', label: 'timeline.events.col.city' },
  { key: 'country', label: 'timeline.events.col.country' },
  { key: 'direction', label: 'timeline.events.col.direction' },
  { key: 'representatives', label: 'timeline.events.col.representatives', numeric: true },
];
/** The orders offered in the "Order" select; a column sort chosen by a header joins them. */
const selectableSorts: EventSort[] = ['upcoming', 'date', '-date'];

/** Sort the text columns by what the table shows, in the UI language's alphabet. */
function useSortText(): EventSortText {
  const { t, lang } = useI18n();
  return useMemo(() => {
    const collator = new Intl.Collator(intlLocale[lang], { sensitivity: 'base', numeric: true });
    return {
      text: ({ project, event }, column) =>
        column === 'project'
          ? projectName(project, lang)
          : column === 'title'
            ? eventTitle(event, t, lang)
            : column === 'city'
              ? eventCity(event, lang)
              : event.hostCountry
                ? countryName(event.hostCountry, lang)
                : '',
      compare: collator.compare,
    };
  }, [t, lang]);
}


export default function EventsPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('nav.events'));
  const notify = useNotify();
  const read = useFreshRead();
  const [params, setParams] = useUrlParams();
  const query = useMemo(() => parseEventQuery(params), [params]);
  useCanonicalParams(serializeEventQuery(query));
  const projects = useQuery(overviewsQuery());
  const today = todayIso();
  const all = useMemo(() => allEvents(projects.data ?? []), [projects.data]);
  const sortText = useSortText();
  const shown = useMemo(() => queryEvents(all, query, today, sortText), [all, query, today, sortText]);
  const totals = useMemo(() => eventTotals(shown), [shown]);

  const years = useMemo(() => [...new Set(all.flatMap((i) => eventYears(i.event.date)))].sort((a, b) => b - a), [all]);
  const countries = useMemo(
    () =>
      [...new Set(all.map((i) => i.event.hostCountry).filter((c): c is string => c !== null))].sort((a, b) =>
        countryName(a, lang).localeCompare(countryName(b, lang), lang),
      ),
    [all, lang],
  );
  const projectOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const { project } of all) if (!seen.has(project.id)) seen.set(project.id, projectName(project, lang));
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], lang));
  }, [all, lang]);

  const update = (patch: Partial<EventListQuery>) => setParams(serializeEventQuery({ ...query, ...patch }));
  const activeFilters = countSet([query.year, query.country, query.projectId, query.direction]);
  const filtersActive = activeFilters > 0;
  const ids = { sort: useId(), totals: useId(), note: useId() };

  // The list holds overviews; exports read the full records of what is shown (notes, place as written).
  const fullItems = async (): Promise<FullEventItem[]> => {
    const stored = await read.projects(shown.map((item) => item.project.id));
    return withFullRecords(shown, new Map(stored.map((p) => [p.id, p])));
  };

  const exportCalendar = async () => {
    let full: FullEventItem[];
    try {
      full = await fullItems();
    } catch (error) {
      notify({ tone: 'error', text: storageErrorMessage(error, t) });
      return;
    }
    const events = calendarEvents(full, t, lang);
    const ics = buildCalendar(events, { name: t('timeline.ics.name'), now: new Date() });
    const file = `mobility-events-${today}.ics`;
    saveFile({ name: file, content: ics, type: ICS_MEDIA_TYPE });
    notify({ tone: 'success', text: t('timeline.events.exported', { count: events.length, file }) });
  };

  return (
    <section className="page events-page">
      <PageTitle title={t('timeline.events.title')}>
        <EventsXlsxButton count={shown.length} items={fullItems} />
        <EventsCsvButton count={shown.length} items={fullItems} />
        <button type="button" className="primary" onClick={() => void exportCalendar()} disabled={shown.length === totals.undated} aria-describedby={ids.note}>
          {t('timeline.events.export')}
        </button>
      </PageTitle>
      <p id={ids.note} className="hint export-note">
        {t('timeline.events.exportNote', { count: totals.undated })}
      </p>
      <StorageErrorAlert error={projects.error} />
      <div className="toolbar" role="search">
        <FilterDisclosure active={activeFilters}>
          <FilterSelect width="narrow" label={t('timeline.events.filter.year')} value={query.year === null ? '' : String(query.year)} onChange={(v) => update({ year: v ? Number(v) : null })} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
          <FilterSelect label={t('timeline.events.filter.country')} value={query.country ?? ''} onChange={(v) => update({ country: v || null })} options={countries.map((c) => ({ value: c, label: countryName(c, lang) }))} />
          <FilterSelect width="wide" label={t('timeline.events.filter.project')} value={query.projectId ?? ''} onChange={(v) => update({ projectId: v || null })} options={projectOptions.map(([id, name]) => ({ value: id, label: name }))} />
          <FilterSelect label={t('timeline.events.filter.direction')} value={query.direction ?? ''} onChange={(v) => update({ direction: eventDirections.find((d) => d === v) ?? null })} options={eventDirections.map((d) => ({ value: d, label: t(`direction.${d}`) }))} />
          <div className="field">
            <label htmlFor={ids.sort}>{t('timeline.events.sort')}</label>
            <select id={ids.sort} value={query.sort} onChange={(e) => update({ sort: selectableSorts.find((s) => s === e.target.value) ?? 'upcoming' })}>
              {selectableSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`timeline.events.sort.${s as 'upcoming' | 'date' | '-date'}`)}
                </option>
              ))}
              {!selectableSorts.includes(query.sort) && <option value={query.sort}>{sortLabel(query.sort, t)}</option>}
            </select>
          </div>
        </FilterDisclosure>
        {filtersActive && (
          <button type="button" className="link-button" onClick={() => update({ year: null, country: null, projectId: null, direction: null })}>
            {t('timeline.events.clear')}
          </button>
        )}
      </div>
      <p id={ids.totals} className="count totals" aria-live="polite">
        {projects.isPending
          ? t('common.loading')
          : `${t('timeline.events.totals', {
              events: t('count.events', { count: totals.events }),
              hosted: formatNumber(totals.hosted, lang),
              outgoing: formatNumber(totals.outgoing, lang),
              sent: t('count.representativesSent', { count: totals.representatives }),
            })}${totals.withoutHeadCount > 0 ? t('timeline.events.totals.unknown', { count: totals.withoutHeadCount }) : ''}`}
      </p>
      {projects.isPending ? null : all.length === 0 ? (
        <div className="empty-state">
          <p>{t('timeline.events.none')}</p>
        </div>
      ) : shown.length === 0 ? (
        <div className="empty-state">
          <p>{t('timeline.events.noMatch')}</p>
        </div>
      ) : (
        <EventsTable items={shown} sort={query.sort} onSort={(key) => update({ sort: nextEventSort(query.sort, key) })} />
      )}
    </section>
  );
}

/** "Title, A to Z" for a column sort chosen by a header. */
function sortLabel(sort: EventSort, t: Translate): string {
  const column = eventSortColumn(sort);
  if (!column) return t('timeline.events.sort.upcoming');
  const label = columns.find((c) => c.key === column.key)?.label ?? 'timeline.events.col.date';
  return t(column.descending ? 'timeline.events.sort.columnDescending' : 'timeline.events.sort.columnAscending', { column: t(label) });
}

/** The shown events that have a date, as calendar entries in the UI language. */
function calendarEvents(items: readonly FullEventItem[], t: Translate, lang: Language): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const { project, event } of items) {
    const days = calendarDays(event.date);
    if (!days) continue;
    const notes = pickText(event.notes, lang);
    const description = [
      t('timeline.ics.project', { title: pickText(project.title, lang) }),
      t(`direction.${event.direction}`),
      event.representatives === null ? '' : t('timeline.ics.representatives', { count: event.representatives }),
      days.wholeMonth ? t('timeline.ics.wholeMonth', { month: formatMonth(days.start.slice(0, 7), lang) }) : '',
      notes,
    ].filter((line) => line !== '');
    events.push({
      uid: eventUid(project.id, event.id),
      summary: `${projectName(project, lang)} — ${eventTitle(event, t, lang)}`,
      location: eventPlace(event, lang) || null,
      description: description.join('\n'),
      start: days.start,
      end: days.end,
      categories: [t(`direction.${event.direction}`)],
    });
  }
  return events;
}

function EventsTable({ items, sort, onSort }: { items: EventListItem[]; sort: EventSort; onSort: (key: EventSortKey) => void }) {
  const { t, lang } = useI18n();
  const sortColumn = eventSortColumn(sort);

  useEffect(() => {
    performance.mark('events-list-rendered', { detail: { rows: items.length } });
  }, [items]);

  return (
    <VirtualTable
      items={items}
      columns={columns.map((column) => ({ ...column, label: t(column.label) }))}
      sorted={sortColumn && { key: sortColumn.key, direction: sortColumn.descending ? 'descending' : 'ascending' }}
      onSort={onSort}
      label={t('timeline.events.table')}
      className="events-table"
      // Measured: a long title may wrap onto a second line.
      measured
      renderRow={(item, row) => {
        const { project, event } = item;
        return (
          <tr key={item.key} {...row}>
            <td className="nowrap">{eventDate(event, t, lang)}</td>
            <td>
              <Link to={eventHref(project, event)} className="acronym" title={pickText(project.title, lang)}>
                {projectName(project, lang)}
              </Link>
            </td>
            <td>{eventTitle(event, t, lang)}</td>
            <td>{eventCity(event, lang) || UNKNOWN}</td>
            <td>{event.hostCountry ? countryName(event.hostCountry, lang) : UNKNOWN}</td>
            <td>
              <span className={`badge direction-${event.direction}`}>
                <MarkerShape direction={event.direction} size={10} /> {t(`direction.${event.direction}`)}
              </span>
            </td>
            <td className="num">{formatNumber(event.representatives, lang)}</td>
          </tr>
        );
      }}
    />
  );
}
