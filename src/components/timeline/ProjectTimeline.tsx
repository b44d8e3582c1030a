// A project's own timeline on its page: the implementation period, the events on it with the
// same markers and details as the portfolio timeline, and the events in date order. A marker,
// or a link from the portfolio timeline (/projects/<id>#event-<eventId>), brings the event's
// row in the events table into view and focuses it.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { MobilityEvent, Project } from '../../domain/schema';
import { addMonths } from '../../domain/dates';
import { fitScale } from '../../domain/timeline/scale';
import { dataExtent, projectRow } from '../../domain/timeline/rows';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { todayIso } from '../../lib/today';
import { eventDate, eventPlace, eventTitle, projectName } from './eventText';
import { MarkerShape } from './MarkerShape';
import { TimelineChart, useTimelineSide } from './TimelineChart';
import { TimelineLegend } from './TimelineLegend';

const FALLBACK_WIDTH = 900;

const eventAnchor = (event: Pick<MobilityEvent, 'id'>) => `#event-${encodeURIComponent(event.id)}`;

/**
 * Scroll to and focus the element the URL's `#event-…` names (the project page's event row).
 * Called by the component that draws those rows, so that they exist when it runs.
 */
export function useFocusEventFromHash(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!hash.startsWith('#event-')) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const target = document.getElementById(id);
    if (!target) return;
    // A table row is not focusable by itself; -1 lets the script focus it without adding a tab stop.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView?.({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [hash, key]);
}

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function ProjectTimeline({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useWidth(wrapRef);
  const headingId = useId();
  const today = todayIso();
  const rows = useMemo(() => [projectRow(project)], [project]);
  const row = rows[0];
  // The period and the dated events, with a month either side so their ends are not on the frame.
  const range = useMemo(() => {
    const extent = dataExtent(rows);
    return extent ? { from: addMonths(extent.from, -1), to: addMonths(extent.to, 1) } : { from: today.slice(0, 7), to: today.slice(0, 7) };
  }, [rows, today]);
  const hasUndated = (row?.undated.length ?? 0) > 0;
  // Room for the "no date" column (as wide as this window draws it), borders and the vertical scrollbar.
  const { trayW } = useTimelineSide();
  const scale = useMemo(() => fitScale(range, Math.max(320, width - (hasUndated ? trayW : 0) - 20)), [range, width, hasUndated, trayW]);
  const ordered = row ? [...row.markers.map((m) => m.event), ...row.undated] : [];

  return (
    <section className="card" aria-labelledby={headingId} id="timeline">
      <h2 id={headingId}>{t('timeline.project.title')}</h2>
      {project.events.length === 0 && project.period.start === null && project.period.end === null ? (
        <p>{t('timeline.project.none')}</p>
      ) : (
        <div ref={wrapRef}>
          <TimelineLegend />
          <TimelineChart
            rows={rows}
            scale={scale}
            today={today}
            label={`${projectName(project, lang)}: ${t('timeline.project.chart')}`}
            layout="project"
            markerHref={(_, event) => eventAnchor(event)}
          />
          {ordered.length === 0 ? (
            <p>{t('timeline.project.none')}</p>
          ) : (
            <>
              <h3>{t('timeline.project.inOrder')}</h3>
              <ol className="tl-events-in-order">
                {ordered.map((event) => (
                  <li key={event.id}>
                    <MarkerShape direction={event.direction} />
                    <Link to={eventAnchor(event)}>{eventDate(event, t, lang)}</Link>
                    {' — '}
                    {eventPlace(event, lang) || t('timeline.place.unknown')}
                    {' — '}
                    {eventTitle(event, t, lang)}
                    {' · '}
                    {t(`direction.${event.direction}`)}
                    {event.representatives !== null && ` · ${t('timeline.tip.representatives', { count: formatNumber(event.representatives, lang) })}`}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </section>
  );
}
