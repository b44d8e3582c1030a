// A chart's legend and its height: all that is shown of a chart before it draws, so the
// dashboard and the report can lay out every card without loading the drawing code (recharts, SpecChart.tsx),
// which loads when the first chart is about to draw.
import { fillOf, OUTLINE, palette } from './palette';
import type { ChartSpec, SeriesColumn } from './chartSpecs';

/** A chart's height: bar charts lying down grow with their rows. */
export function chartHeight(spec: ChartSpec): number {
  return spec.layout === 'vertical' ? Math.max(160, spec.rows.length * 34 + 90) : 320;
}

/**
 * The chart's legend, as a plain list above it: each series with its colour and its second cue
 * (pattern or marker shape). Recharts' own legend measures itself and lays the whole chart out
 * again; this one costs nothing, reads as a list to screen readers and prints as it is.
 */
export function ChartLegend({ spec, label }: { spec: ChartSpec; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {spec.columns.map((column) => (
        <li key={column.key}>
          <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
            {column.shape === 'line' ? <LineSwatch column={column} /> : <rect x="1" y="1" width="16" height="12" fill={fillOf(column.meaning)} stroke={OUTLINE} strokeWidth="0.75" />}
          </svg>
          <span className="chart-legend-text">{column.label}</span>
        </li>
      ))}
    </ul>
  );
}

function LineSwatch({ column }: { column: SeriesColumn }) {
  const { color, marker } = palette[column.meaning];
  const shape =
    marker === 'circle' ? (
      <circle cx="9" cy="7" r="4" />
    ) : marker === 'square' ? (
      <rect x="5" y="3" width="8" height="8" />
    ) : marker === 'diamond' ? (
      <path d="M9 2 L14 7 L9 12 L4 7 Z" />
    ) : (
      <path d="M9 2 L14 12 L4 12 Z" />
    );
  return (
    <g fill={color} stroke={color}>
      <line x1="0" y1="7" x2="18" y2="7" strokeWidth="2.5" />
      {shape}
    </g>
  );
}

