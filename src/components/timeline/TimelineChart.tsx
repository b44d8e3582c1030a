// Draws timeline rows (from src/domain/timeline/) on a time scale: a bar per project's
// period, a marker per dated event, undated events in a "no date" column, an axis and a
// line for today. Only the rows in view are drawn, so 10,000 projects scroll smoothly.
// Used by the portfolio timeline and by a project's own page.
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { OverviewEvent, ProjectOverview } from '../../domain/overview';
import { spanOf, tickUnitFor, ticks, xOfDay, type TimeScale } from '../../domain/timeline/scale';
import type { GroupRow, ProjectRow, TimelineMarker, TimelineRow } from '../../domain/timeline/rows';
import { formatNumber, intlLocale, pickText } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { barName, eventDate, eventPlace, eventTitle, markerName, projectName } from './eventText';
import { MarkerShape } from './MarkerShape';
import './timeline.css';

const ROW_H = 36;
const GROUP_H = 32;
const LABEL_W = 200;
/** The "no date" column: room for TRAY_MAX markers (a target each) and "+N more". */
export const TRAY_W = 184;
const TRAY_MAX = 5;
const MARKER_MIN_W = 14;
/**
 * The least width and height of a link (WCAG 2.2, 2.5.8 Target Size): a bar or a marker keeps
 * its drawn size, and its link is a transparent box at least this big around it, so the chart
 * stays dense while each target is easy to hit.
 */
const TARGET = 24;
const FIRST_SCREEN = { width: 1200, height: 600 };
// Above this many rows, printing draws only what is in view (a browser cannot lay out more).
const PRINT_ALL_MAX = 2000;

export type TimelineChartProps = {
  rows: readonly TimelineRow[];
  scale: TimeScale;
  today: string;
  /** The chart's accessible name. */
  label: string;
  /** 'portfolio': a project column and vertical scrolling; 'project': one row, no project column. */
  layout: 'portfolio' | 'project';
  groupLabel?: (row: GroupRow) => string;
  /** Where a marker leads. */
  markerHref: (project: ProjectOverview, event: OverviewEvent) => string;
  /** Scroll horizontally so this day is in view; change `request` to ask again. */
  scrollTo?: { day: string; request: number } | null;
  describedBy?: string;
};

type Tip = { marker: TimelineMarker | { event: OverviewEvent; withinPeriod: null }; project: ProjectOverview; left: number; top: number; above: boolean };

export function TimelineChart({ rows, scale, today, label, layout, groupLabel, markerHref, scrollTo, describedBy }: TimelineChartProps) {
  const { t, lang } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<{ row: number; x: number } | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [printing, setPrinting] = useState(false);
  const idBase = useId();
  const portfolio = layout === 'portfolio';
  const hasUndated = rows.some((r) => r.kind === 'project' && r.undated.length > 0);
  const labelW = portfolio ? LABEL_W : 0;
  const trayW = portfolio || hasUndated ? TRAY_W : 0;
  const sideW = labelW + trayW;

  // Stable between renders: a new function makes the virtualiser lay out all 10,000 rows again.
  const estimateSize = useCallback((i: number) => (rows[i]?.kind === 'group' ? GROUP_H : ROW_H), [rows]);
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  const navigate = useNavigate();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 6,
    initialRect: FIRST_SCREEN,
    observeElementRect: (instance, onRect) => observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : FIRST_SCREEN)),
  });

  // Print every row (the browser prints what is laid out, and only the visible rows are).
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const items = useMemo(() => {
    if (!(printing && rows.length <= PRINT_ALL_MAX) && portfolio) return null;
    let start = 0;
    return rows.map((row, index) => {
      const item = { index, start, key: row.key };
      start += row.kind === 'group' ? GROUP_H : ROW_H;
      return item;
    });
  }, [printing, rows, portfolio]);
  const virtualItems = items ?? virtualizer.getVirtualItems().map((v) => ({ index: v.index, start: v.start, key: v.key }));
  const totalHeight = items ? items.reduce((h, i) => h + (rows[i.index]?.kind === 'group' ? GROUP_H : ROW_H), 0) : virtualizer.getTotalSize();

  // For the bench and anyone measuring: the chart has drawn its rows.
  useEffect(() => {
    if (rows.length > 0) performance.mark('timeline-rendered', { detail: { rows: rows.length } });
  }, [rows]);

  // After a keyboard move to a row that was not drawn yet, focus it once it is.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    if (focusNearest(bodyRef.current, pending.row, pending.x)) pendingFocus.current = null;
  });

  useEffect(() => {
    const element = scrollRef.current;
    if (!scrollTo || !element) return;
    const x = sideW + xOfDay(scale, scrollTo.day);
    element.scrollLeft = Math.max(0, x - (element.clientWidth + sideW) / 2);
  }, [scrollTo, scale, sideW]);

  const unit = tickUnitFor(scale);
  const yearTicks = useMemo(() => ticks(scale, 'year'), [scale]);
  const fineTicks = useMemo(() => (unit === 'year' ? [] : ticks(scale, unit)), [scale, unit]);
  const monthNames = useMemo(() => {
    const long = new Intl.DateTimeFormat(intlLocale[lang], { month: 'long', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(intlLocale[lang], { month: 'short', timeZone: 'UTC' });
    return (month: number, width: number) => (width >= 90 ? long : short).format(new Date(Date.UTC(2000, month - 1, 1)));
  }, [lang]);
  const todayX = today >= `${scale.range.from}-01` && xOfDay(scale, today) < scale.width ? xOfDay(scale, today) : null;
  const axisH = fineTicks.length > 0 ? 44 : 24;

  // Stable, so rows that stay in view are not drawn again while scrolling (ProjectRowView is memoised).
  const showTip = useCallback((target: HTMLElement, project: ProjectOverview, marker: Tip['marker']) => {
    const rect = target.getBoundingClientRect();
    const above = rect.bottom + 120 > window.innerHeight;
    const left = Math.min(Math.max(rect.left + rect.width / 2, 150), Math.max(150, window.innerWidth - 150));
    setTip({ marker, project, left, top: above ? rect.top - 6 : rect.bottom + 6, above });
  }, []);
  const hideTip = useCallback(() => setTip(null), []);

  // Rows hold plain links, not router <Link>s: a screenful of rows mounts hundreds of them per
  // frame while scrolling, and <Link> costs several hooks each. One handler routes them all.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('/') && !href.startsWith('#')) return;
    event.preventDefault();
    void navigate(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    if (target.dataset.row === undefined || Number.isNaN(row) || Number.isNaN(col)) return;
    const within = (c: number) => bodyRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${c}"]`) ?? null;
    const rowItems = () => bodyRef.current?.querySelectorAll<HTMLElement>(`[data-row="${row}"][data-col]`).length ?? 0;
    let next: HTMLElement | null;
    switch (event.key) {
      case 'ArrowRight':
        next = within(col + 1);
        break;
      case 'ArrowLeft':
        next = within(col - 1);
        break;
      case 'Home':
        next = within(0);
        break;
      case 'End':
        next = within(rowItems() - 1);
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        let index = row + step;
        while (index >= 0 && index < rows.length && rows[index]?.kind !== 'project') index += step;
        event.preventDefault();
        if (index < 0 || index >= rows.length) return;
        const rect = target.getBoundingClientRect();
        const x = rect.left + rect.width / 2;
        if (!focusNearest(bodyRef.current, index, x)) {
          pendingFocus.current = { row: index, x };
          virtualizer.scrollToIndex(index, { align: 'auto' });
        }
        return;
      }
      case 'Escape':
        setTip(null);
        return;
      default:
        return;
    }
    event.preventDefault();
    next?.focus();
  };

  return (
    <div className={`tl tl-${layout}`}>
      <div
        className="tl-scroll"
        ref={scrollRef}
        role="group"
        aria-label={label}
        aria-describedby={describedBy}
        onScroll={() => tip && setTip(null)}
      >
        <div className="tl-inner" style={{ width: sideW + scale.width }}>
          <div className="tl-axis" aria-hidden="true" style={{ height: axisH }}>
            <div className="tl-side tl-corner" style={{ width: sideW }}>
              {portfolio && <span style={{ width: labelW }}>{t('timeline.col.project')}</span>}
              {trayW > 0 && <span style={{ width: trayW }}>{t('timeline.col.undated')}</span>}
            </div>
            <div className="tl-ticks" style={{ left: sideW, width: scale.width }}>
              {yearTicks.map((tick) => (
                <div key={`y${tick.key}`} className="tl-tick tl-tick-year" style={{ left: tick.x, width: tick.width }}>
                  {tick.width >= 28 ? tick.year : ''}
                </div>
              ))}
              {fineTicks.map((tick) => (
                <div key={`f${tick.key}`} className="tl-tick tl-tick-fine" style={{ left: tick.x, width: tick.width }}>
                  {tick.unit === 'quarter' ? t('timeline.quarter', { n: tick.index }) : monthNames(tick.index, tick.width)}
                </div>
              ))}
              {todayX !== null && (
                <div className="tl-today-label" style={{ left: todayX }}>
                  {t('timeline.legend.today')}
                </div>
              )}
            </div>
          </div>
          <div className="tl-body" ref={bodyRef} style={{ height: totalHeight }} onKeyDown={onKeyDown} onClick={onClick}>
            <div className="tl-grid" aria-hidden="true" style={{ left: sideW, width: scale.width }}>
              {(fineTicks.length > 0 ? fineTicks : yearTicks).map((tick) => (
                <div key={tick.key} className={tick.index === 1 ? 'tl-gridline tl-gridline-year' : 'tl-gridline'} style={{ left: tick.x }} />
              ))}
              {todayX !== null && <div className="tl-today" style={{ left: todayX }} />}
            </div>
            {virtualItems.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              if (row.kind === 'group') {
                return (
                  <div key={item.key} className="tl-row tl-group-row" style={{ top: item.start, height: GROUP_H }}>
                    {/* The page's sections under its h1: a skipped level reads as a missing heading. */}
                    <h2 className="tl-group-label">{groupLabel ? groupLabel(row) : row.value}</h2>
                  </div>
                );
              }
              return (
                <ProjectRowView
                  key={item.key}
                  row={row}
                  index={item.index}
                  top={item.start}
                  scale={scale}
                  labelW={labelW}
                  trayW={trayW}
                  idBase={idBase}
                  markerHref={markerHref}
                  onTip={showTip}
                  onTipEnd={hideTip}
                />
              );
            })}
          </div>
        </div>
      </div>
      {tip && (
        <div className={`tl-tip${tip.above ? ' tl-tip-above' : ''}`} aria-hidden="true" style={{ left: tip.left, top: tip.top }}>
          <strong>{eventTitle(tip.marker.event, t, lang)}</strong>
          <div>{projectName(tip.project, lang)}</div>
          <div>{eventPlace(tip.marker.event, lang) || t('timeline.place.unknown')}</div>
          <div>{eventDate(tip.marker.event, t, lang)}</div>
          <div>
            <MarkerShape direction={tip.marker.event.direction} /> {t(`direction.${tip.marker.event.direction}`)}
          </div>
          <div>{t('timeline.tip.representatives', { count: formatNumber(tip.marker.event.representatives, lang) })}</div>
          {tip.marker.withinPeriod === false && <div className="tl-tip-warn">{t('timeline.tip.outsidePeriod')}</div>}
        </div>
      )}
    </div>
  );
}

/**
 * A link's box around what it draws (x and width on the track): at least TARGET wide, centred on
 * the drawing where the track allows; `inset` places the drawing inside it.
 */
function targetAround(drawn: { x: number; width: number }, trackWidth: number): { left: number; width: number; inset: number } {
  const width = Math.max(TARGET, drawn.width);
  const left = Math.max(0, Math.min(drawn.x - (width - drawn.width) / 2, trackWidth - width));
  return { left, width, inset: drawn.x - left };
}

/** Focus the item of row `row` whose centre is nearest `x` (screen px); false when the row is not drawn. */
function focusNearest(body: HTMLElement | null, row: number, x: number): boolean {
  const candidates = body ? [...body.querySelectorAll<HTMLElement>(`[data-row="${row}"][data-col]`)] : [];
  if (candidates.length === 0) return false;
  let best = candidates[0] as HTMLElement;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const rect = candidate.getBoundingClientRect();
    const distance = Math.abs(rect.left + rect.width / 2 - x);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  best.focus();
  return true;
}

type RowProps = {
  row: ProjectRow;
  index: number;
  top: number;
  scale: TimeScale;
  labelW: number;
  trayW: number;
  idBase: string;
  markerHref: TimelineChartProps['markerHref'];
  onTip: (target: HTMLElement, project: ProjectOverview, marker: Tip['marker']) => void;
  onTipEnd: () => void;
};

const ProjectRowView = memo(function ProjectRowView({ row, index, top, scale, labelW, trayW, idBase, markerHref, onTip, onTipEnd }: RowProps) {
  const { t, lang } = useI18n();
  const { project } = row;
  let col = 0;
  const nav = () => ({ 'data-row': index, 'data-col': col++ });
  const descId = (eventIndex: number) => `${idBase}-${index}-${eventIndex}`;

  const description = (event: OverviewEvent, withinPeriod: boolean | null) =>
    [
      eventTitle(event, t, lang),
      t(`direction.${event.direction}`),
      t('timeline.tip.representatives', { count: formatNumber(event.representatives, lang) }),
      withinPeriod === false ? t('timeline.tip.outsidePeriod') : '',
    ]
      .filter((s) => s !== '')
      .join('. ');

  const bar =
    row.period.start !== null && row.period.end !== null && row.period.start <= row.period.end
      ? spanOf(scale, row.period.start, row.period.end, 4)
      : null;
  const barTarget = bar ? targetAround(bar, scale.width) : null;

  // Keyboard order follows the screen: the project's name (when it has no bar), the undated
  // events, then the bar and the dated events.
  const labelNav = bar || labelW === 0 ? null : nav();
  const shownUndated = row.undated.slice(0, TRAY_MAX);
  const hiddenUndated = row.undated.length - shownUndated.length;
  const trayItems: ReactNode[] = shownUndated.map((event, i) => (
    <a
      key={event.id}
      href={markerHref(project, event)}
      className={`tl-marker tl-in-tray tl-${event.direction}`}
      aria-label={markerName(project, event, t, lang)}
      aria-describedby={descId(row.markers.length + i)}
      data-direction={event.direction}
      data-precision="unknown"
      {...nav()}
      onMouseEnter={(e) => onTip(e.currentTarget, project, { event, withinPeriod: null })}
      onFocus={(e) => onTip(e.currentTarget, project, { event, withinPeriod: null })}
      onMouseLeave={onTipEnd}
      onBlur={onTipEnd}
    >
      <span className="tl-mark">
        <MarkerShape direction={event.direction} />
      </span>
      <span id={descId(row.markers.length + i)} hidden>
        {description(event, null)}
      </span>
    </a>
  ));
  if (hiddenUndated > 0) {
    trayItems.push(
      <a key="more" href={`/projects/${encodeURIComponent(project.id)}`} className="tl-more" {...nav()}>
        {t('timeline.undated.more', { count: hiddenUndated })}
      </a>,
    );
  }

  return (
    <div className="tl-row" style={{ top, height: ROW_H }} data-project={project.id}>
      {(labelW > 0 || trayW > 0) && (
        <div className="tl-side" style={{ width: labelW + trayW }}>
          {labelW > 0 && (
            <div className="tl-label" style={{ width: labelW }} title={pickText(project.title, lang)}>
              {bar ? (
                <span className="tl-name">{projectName(project, lang)}</span>
              ) : (
                <a href={`/projects/${encodeURIComponent(project.id)}`} className="tl-name" aria-label={barName(project, t, lang)} {...labelNav}>
                  {projectName(project, lang)}
                </a>
              )}
              {project.acronym && <span className="tl-title">{pickText(project.title, lang)}</span>}
            </div>
          )}
          {trayW > 0 && (
            <div className="tl-tray" style={{ width: trayW }}>
              {trayItems}
            </div>
          )}
        </div>
      )}
      <div className="tl-track" style={{ left: labelW + trayW, width: scale.width }}>
        {bar && barTarget && (
          <a
            href={`/projects/${encodeURIComponent(project.id)}`}
            className={`tl-bar${bar.clippedStart ? ' tl-clip-start' : ''}${bar.clippedEnd ? ' tl-clip-end' : ''}`}
            style={{ left: barTarget.left, width: barTarget.width }}
            aria-label={barName(project, t, lang)}
            {...nav()}
          >
            <span className="tl-bar-line" style={{ left: barTarget.inset, width: bar.width }} />
          </a>
        )}
        {row.markers.map((marker, i) => {
          const span = spanOf(scale, marker.start, marker.end, MARKER_MIN_W);
          if (!span) return null;
          const target = targetAround(span, scale.width);
          return (
            <a
              key={marker.event.id}
              href={markerHref(project, marker.event)}
              className={`tl-marker tl-${marker.direction} tl-${marker.precision}${marker.withinPeriod === false ? ' tl-outside' : ''}`}
              style={{ left: target.left, width: target.width }}
              aria-label={markerName(project, marker.event, t, lang)}
              aria-describedby={descId(i)}
              data-direction={marker.direction}
              data-precision={marker.precision}
              data-start={marker.start}
              data-end={marker.end}
              {...nav()}
              onMouseEnter={(e) => onTip(e.currentTarget, project, marker)}
              onFocus={(e) => onTip(e.currentTarget, project, marker)}
              onMouseLeave={onTipEnd}
              onBlur={onTipEnd}
            >
              <span className="tl-mark" style={{ left: target.inset, width: span.width }}>
                <MarkerShape direction={marker.direction} />
              </span>
              <span id={descId(i)} hidden>
                {description(marker.event, marker.withinPeriod)}
              </span>
            </a>
          );
        })}
      </div>
    </div>
  );
});

/** The key to the chart's shapes and lines. */
export function TimelineLegend() {
  const { t } = useI18n();
  return (
    <ul className="tl-legend" aria-label={t('timeline.legend')}>
      <li>
        <span className="tl-key tl-key-marker tl-hosted tl-day">
          <MarkerShape direction="hosted" />
        </span>
        {t('timeline.legend.hosted')}
      </li>
      <li>
        <span className="tl-key tl-key-marker tl-outgoing tl-day">
          <MarkerShape direction="outgoing" />
        </span>
        {t('timeline.legend.outgoing')}
      </li>
      <li>
        <span className="tl-key tl-key-band tl-month" aria-hidden="true" />
        {t('timeline.legend.month')}
      </li>
      <li>
        <span className="tl-key tl-key-band tl-day" aria-hidden="true" />
        {t('timeline.legend.days')}
      </li>
      <li>
        <span className="tl-key tl-key-bar" aria-hidden="true" />
        {t('timeline.legend.period')}
      </li>
      <li>
        <span className="tl-key tl-key-today" aria-hidden="true" />
        {t('timeline.legend.today')}
      </li>
    </ul>
  );
}
