// One project's row of the timeline: its name, its undated events in the "no date" column,
// the bar for its period and a marker per dated event, each a link with a target big enough.
import { memo, type ReactNode } from 'react';
import type { OverviewEvent, ProjectOverview } from '../../domain/overview';
import { spanOf, type TimeScale } from '../../domain/timeline/scale';
import type { ProjectRow, TimelineMarker } from '../../domain/timeline/rows';
import { formatNumber, pickText } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { barName, eventTitle, markerName, projectName } from './eventText';
import { MarkerShape } from './MarkerShape';

export const ROW_H = 36;
const MARKER_MIN_W = 14;
/**
 * The least width and height of a link (WCAG 2.2, 2.5.8 Target Size): a bar or a marker keeps
 * its drawn size, and its link is a transparent box at least this big around it, so the chart
 * stays dense while each target is easy to hit.
 */
const TARGET = 24;

/** What a tooltip speaks of: a dated marker, or an undated event (withinPeriod null). */
export type TipMarker = TimelineMarker | { event: OverviewEvent; withinPeriod: null };

/**
 * A link's box around what it draws (x and width on the track): at least TARGET wide, centred on
 * the drawing where the track allows; `inset` places the drawing inside it.
 */
function targetAround(drawn: { x: number; width: number }, trackWidth: number): { left: number; width: number; inset: number } {
  const width = Math.max(TARGET, drawn.width);
  const left = Math.max(0, Math.min(drawn.x - (width - drawn.width) / 2, trackWidth - width));
  return { left, width, inset: drawn.x - left };
}

type RowProps = {
  row: ProjectRow;
  index: number;
  top: number;
  scale: TimeScale;
  labelW: number;
  trayW: number;
  /** How many undated markers the "no date" column shows before "+N more". */
  trayMax: number;
  idBase: string;
  markerHref: (project: ProjectOverview, event: OverviewEvent) => string;
  onTip: (target: HTMLElement, project: ProjectOverview, marker: TipMarker) => void;
  onTipEnd: () => void;
};

export const ProjectRowView = memo(function ProjectRowView({ row, index, top, scale, labelW, trayW, trayMax, idBase, markerHref, onTip, onTipEnd }: RowProps) {
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
  const shownUndated = row.undated.slice(0, trayMax);
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
