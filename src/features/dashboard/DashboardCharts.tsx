// The dashboard's charts: loaded on demand (recharts is large), so the cards show first.
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DashboardData, DashboardScope } from '../../domain/dashboard';
import type { Programme } from '../../domain/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { buildSpecs } from './chartSpecs';
import { ChartCard } from './ChartCard';
import { PatternDefs } from './PatternDefs';
import { SpecChart } from './SpecChart';

export type DashboardChartsProps = {
  data: DashboardData;
  scope: DashboardScope;
  programmesById: ReadonlyMap<string, Programme>;
  /** Component tests: fixed size, no animation (jsdom has no layout). */
  fixedWidth?: number;
};

export default function DashboardCharts({ data, scope, programmesById, fixedWidth }: DashboardChartsProps) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const specs = useMemo(() => buildSpecs({ data, scope, programmesById, t, lang }), [data, scope, programmesById, t, lang]);

  // No animation for people who asked for less motion (and where there is no layout: jsdom).
  const animate = fixedWidth === undefined && typeof matchMedia === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches;

  useEffect(() => {
    // For `npm run bench`: the charts have been committed to the DOM with these figures.
    performance.mark('dashboard-charts-rendered');
  }, [specs]);

  return (
    <div className="chart-grid">
      <PatternDefs />
      {specs.map((spec) => (
        <ChartCard key={spec.id} spec={spec}>
          <SpecChart
            spec={spec}
            lang={lang}
            onOpen={(href) => void navigate(href)}
            fixedWidth={fixedWidth}
            animate={animate}
          />
        </ChartCard>
      ))}
    </div>
  );
}
