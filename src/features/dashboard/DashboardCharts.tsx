// The dashboard's charts: loaded on demand (recharts is large), so the cards show first.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DashboardData } from '../../domain/dashboard/figures';
import type { DashboardScope } from '../../domain/dashboard/scope';
import type { Programme } from '../../domain/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { buildSpecs } from '../../components/charts/chartSpecs';
import { ChartCard } from './ChartCard';
import { PatternDefs } from '../../components/charts/PatternDefs';
import { ChartLegend, chartHeight } from '../../components/charts/ChartLegend';
import { useDrawInTurn } from './useDrawInTurn';

export type DashboardChartsProps = {
  data: DashboardData;
  scope: DashboardScope;
  programmesById: ReadonlyMap<string, Programme>;
  /** Component tests: fixed size, no animation (jsdom has no layout). */
  fixedWidth?: number;
};

const USUAL_WIDTH = 600;

const loadSpecChart = () => import('../../components/charts/SpecChart');
type SpecChartComponent = Awaited<ReturnType<typeof loadSpecChart>>['SpecChart'];

/**
 * The drawing code (recharts, a third of the dashboard's download), loaded once a chart is about
 * to draw: on a phone the figures fill the first screen, and nothing draws until scrolled to.
 */
function useSpecChart(wanted: boolean): { SpecChart: SpecChartComponent | null; failed: boolean } {
  const [state, setState] = useState<{ SpecChart: SpecChartComponent | null; failed: boolean }>({ SpecChart: null, failed: false });
  const asked = useRef(false);
  useEffect(() => {
    if (!wanted || asked.current) return;
    asked.current = true;
    loadSpecChart().then(
      (module) => setState({ SpecChart: module.SpecChart, failed: false }),
      () => setState({ SpecChart: null, failed: true }),
    );
  }, [wanted]);
  return state;
}

export default function DashboardCharts({ data, scope, programmesById, fixedWidth }: DashboardChartsProps) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const specs = useMemo(() => buildSpecs({ data, scope, programmesById, t, lang }), [data, scope, programmesById, t, lang]);

  // No animation for people who asked for less motion (and where there is no layout: jsdom).
  const animate = fixedWidth === undefined && typeof matchMedia === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches;

  // Every chart box has the same width (one grid track). Measured when the browser has laid the
  // grid out and on resizes, and given to the charts, so each chart is drawn once at its real
  // size instead of at a guessed size and again after measuring itself (recharts'
  // ResponsiveContainer). ResizeObserver reports once as it starts, after the browser's own
  // layout: measuring in the commit instead made the browser compute the page's styles and
  // layout in the middle of drawing it. Until then the cards hold placeholders of their height.
  const gridRef = useRef<HTMLDivElement>(null);
  const [measuredWidth, setMeasuredWidth] = useState<number | null>(null);
  useEffect(() => {
    const grid = gridRef.current;
    if (fixedWidth !== undefined || !grid) return;
    const measure = () => {
      const box = grid.querySelector<HTMLElement>('.chart-box, .chart-empty, .table-wrap');
      // No layout (jsdom) measures 0: draw at a usual width rather than not at all.
      setMeasuredWidth(Math.floor(box?.clientWidth ?? 0) || USUAL_WIDTH);
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [fixedWidth]);
  const width = fixedWidth ?? measuredWidth;
  const ids = useMemo(() => specs.map((spec) => spec.id), [specs]);
  const { drawn, settled } = useDrawInTurn(gridRef, ids, fixedWidth !== undefined);
  const { SpecChart, failed } = useSpecChart(drawn.size > 0);

  useEffect(() => {
    // For `npm run bench`: the charts on the screen have been committed to the DOM with these figures.
    if (width !== null && settled && (SpecChart || drawn.size === 0)) performance.mark('dashboard-charts-rendered');
  }, [ids, width, settled, SpecChart, drawn.size]);

  return (
    <>
      {failed && (
        <p role="alert" className="error">
          {t('dashboard.chartsFailed')}
        </p>
      )}
      <div className="chart-grid" ref={gridRef}>
        <PatternDefs />
        {specs.map((spec) => (
          <ChartCard key={spec.id} spec={spec}>
            <ChartLegend spec={spec} label={t('dashboard.legend', { chart: spec.title })} />
            {width === null || !drawn.has(spec.id) || !SpecChart ? (
              <div className="chart-placeholder" style={{ height: chartHeight(spec) }} />
            ) : (
              <SpecChart spec={spec} lang={lang} onOpen={(href) => void navigate(href)} width={width} animate={animate} />
            )}
          </ChartCard>
        ))}
      </div>
    </>
  );
}
