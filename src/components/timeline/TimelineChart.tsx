// Draws timeline rows (from src/domain/timeline/) on a time scale: a bar per project's
// period, a marker per dated event, undated events in a "no date" column, an axis and a
// line for today. Only the rows in view are drawn, so 10,000 projects scroll smoothly.
// Used by the portfolio timeline and by a project's own page; a project's row is in TimelineRow.
import { useVirtualizer } from '@tanstack/react-virtual';
import { observeRectAfterLayout, scrollAfterStart } from '../observeRect';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { OverviewEvent, ProjectOverview } from '../../domain/overview';
import { tickUnitFor, ticks, xOfDay, type TimeScale } from '../../domain/timeline/scale';
import type { GroupRow, TimelineRow } from '../../domain/timeline/rows';
import { formatNumber, intlLocale } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { eventDate, eventPlace, eventTitle, projectName } from './eventText';
import { MarkerShape } from './MarkerShape';
import { ProjectRowView, ROW_H, type TipMarker } from './TimelineRow';
import './timeline.css';

const GROUP_H = 32;
/**
 * The side columns: the project's name, and the "no date" column with room for some markers
 * (a 24 px target each) and "+N more". Narrower on a tablet and on a phone, so that the time
 * track keeps most of the width.
 */
export type TimelineSide = { labelW: number; trayW: number; trayMax: number };
const SIDES: { query: string | null; side: TimelineSide }[] = [
  { query: '(max-width: 600px)', side: { labelW: 104, trayW: 96, trayMax: 1 } },
  { query: '(max-width: 900px)', side: { labelW: 150, trayW: 144, trayMax: 3 } },
  { query: null, side: { labelW: 200, trayW: 184, trayMax: 5 } },
];

function currentSide(): TimelineSide {
  const fits = SIDES.find(({ query }) => query === null || (typeof matchMedia === 'function' && matchMedia(query).matches));
  return (fits ?? SIDES[SIDES.length - 1]!).side;
}

/** The side columns for this window: known before the first paint, and followed when the window turns. */
export function useTimelineSide(): TimelineSide {
  const [side, setSide] = useState(currentSide);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const queries = SIDES.flatMap(({ query }) => (query ? [matchMedia(query)] : []));
    const change = () => setSide(currentSide());
    change();
    for (const query of queries) query.addEventListener('change', change);
    return () => {
      for (const query of queries) query.removeEventListener('change', change);
    };
  }, []);
  return side;
}
const FIRST_SCREEN = { width: 1200, height: 600 };
const observeFirstScreen = observeRectAfterLayout(FIRST_SCREEN);
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


type Tip = { marker: TipMarker; project: ProjectOverview; left: number; top: number; above: boolean };

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
  const side = useTimelineSide();
  const labelW = portfolio ? side.labelW : 0;
  const trayW = portfolio || hasUndated ? side.trayW : 0;
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
    observeElementRect: observeFirstScreen,
    scrollToFn: scrollAfterStart,
    // A project's own timeline draws all its rows: no scroll element to watch, and no scroll
    // position to set, which made the browser lay out the page in the middle of drawing it.
    enabled: portfolio,
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
                  trayMax={side.trayMax}
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
