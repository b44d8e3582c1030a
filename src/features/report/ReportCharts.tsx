// The report's charts, drawn once at the printed width with no animation, loaded on demand
// (recharts is large). It says when every chart has drawn, so the page can say it is ready.
import { useEffect, useId, useRef } from 'react';
import type { ChartSpec } from '../../components/charts/chartSpecs';
import { ChartLegend } from '../../components/charts/ChartLegend';
import { PatternDefs } from '../../components/charts/PatternDefs';
import { SpecChart } from '../../components/charts/SpecChart';
import type { Language } from '../../domain/schema';

/**
 * A4 portrait less its margins (180 mm, 680 px at 96 px per inch) and the chart frame's padding:
 * the charts print at their drawn size (report.css scales them down on a narrower screen).
 */
export const PRINT_WIDTH = 640;

type Props = {
  specs: ChartSpec[];
  lang: Language;
  legendLabel: (spec: ChartSpec) => string;
  noData: string;
  /** Called once every chart has drawn (give a stable function). */
  onReady: () => void;
};

/** What a spec draws: bars (when some bar has a figure), and each line's points. */
function drawnSeries(spec: ChartSpec): { bars: boolean; lines: number; curves: number } {
  const points = (key: string) => spec.rows.filter((row) => row.values[key] !== null && row.values[key] !== undefined).length;
  const lineColumns = spec.columns.filter((c) => c.shape === 'line');
  return {
    bars: spec.columns.some((c) => c.shape === 'bar' && spec.rows.some((row) => (row.values[c.key] ?? 0) !== 0)),
    lines: lineColumns.filter((c) => points(c.key) > 0).length,
    // A line of one point is only its dot: recharts draws no curve for it.
    curves: lineColumns.filter((c) => points(c.key) > 1).length,
  };
}

/** Whether a chart's drawing holds everything it should: its bars, each line's dots and curve. */
function isDrawn(box: Element, spec: ChartSpec): boolean {
  if (spec.rows.length === 0) return true;
  if (!box.querySelector('svg.recharts-surface')) return false;
  const { bars, lines, curves } = drawnSeries(spec);
  if (bars && box.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').length === 0) return false;
  const dotted = [...box.querySelectorAll('.recharts-line-dots')].filter((group) => group.querySelector('.recharts-line-dot') !== null).length;
  return dotted >= lines && box.querySelectorAll('.recharts-line-curve').length >= curves;
}

export default function ReportCharts({ specs, lang, legendLabel, noData, onReady }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const check = () => specs.every((spec) => {
      const box = root.querySelector(`[data-report-chart="${spec.id}"]`);
      return box !== null && isDrawn(box, spec);
    });
    if (check()) {
      onReady();
      return;
    }
    // Recharts lays a chart out over a few renders: watch the drawing until every series is in it.
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      onReady();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    return () => observer.disconnect();
  }, [specs, onReady]);

  return (
    <div className="report-charts" ref={ref}>
      <PatternDefs />
      {specs.map((spec) => (
        <ReportChart key={spec.id} spec={spec} lang={lang} legendLabel={legendLabel(spec)} noData={noData} />
      ))}
    </div>
  );
}

function ReportChart({ spec, lang, legendLabel, noData }: { spec: ChartSpec; lang: Language; legendLabel: string; noData: string }) {
  const titleId = useId();
  const descId = useId();
  return (
    <section className="report-chart" aria-labelledby={titleId} data-report-chart={spec.id}>
      <h3 id={titleId}>{spec.title}</h3>
      <p id={descId} className="hint">
        {spec.description}
      </p>
      {spec.rows.length === 0 ? (
        <p className="chart-empty">{noData}</p>
      ) : (
        <>
          <ChartLegend spec={spec} label={legendLabel} />
          <div className="report-chart-box" aria-describedby={descId}>
            <SpecChart spec={spec} lang={lang} onOpen={() => undefined} width={PRINT_WIDTH} animate={false} />
          </div>
        </>
      )}
      {spec.notes.length > 0 && (
        <ul className="chart-notes">
          {spec.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
