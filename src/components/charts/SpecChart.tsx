// Draws one chart spec with recharts: bars (stacked where the spec says), lines with marker
// shapes, a legend, tooltips in the UI language, and a click on a bar that goes where the
// row's link goes. It computes nothing: every figure comes from the spec.
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useRef } from 'react';
import { intlLocale } from '../../i18n/format';
import type { Language } from '../../domain/schema';
import { chartHeight } from './ChartLegend';
import { fillOf, OUTLINE, palette } from './palette';
import { formatValue, type ChartSpec, type SeriesColumn } from './chartSpecs';

type Props = {
  spec: ChartSpec;
  lang: Language;
  onOpen: (href: string) => void;
  /** The chart box's width in pixels (measured by the grid; fixed in component tests). */
  width: number;
  animate?: boolean;
};

const compactCache = new Map<Language, Intl.NumberFormat>();
function compactMoney(cents: number, lang: Language): string {
  let format = compactCache.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[lang], { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
    compactCache.set(lang, format);
  }
  return format.format(cents / 100);
}

function tick(kind: SeriesColumn['kind'], lang: Language) {
  return (value: number) => (kind === 'money' ? compactMoney(value, lang) : String(value));
}

/** What recharts passes to a custom tick (the parts used here). */
type TickProps = {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  fill?: string;
  fontSize?: number | string;
  index?: number;
  payload?: { value: unknown };
  tickFormatter?: (value: unknown, index: number) => string;
};

/**
 * A one-line tick label. Recharts' own tick text measures every label in the DOM to wrap it
 * (a forced layout each, ~200 per dashboard); these labels are short numbers, years and
 * names that never need wrapping.
 */
function PlainTick({ x, y, textAnchor, verticalAnchor, fill, fontSize, index = 0, payload, tickFormatter }: TickProps) {
  const value = payload?.value;
  const text = tickFormatter ? tickFormatter(value, index) : String(value ?? '');
  const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.32em' : 0;
  return (
    <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill={fill} fontSize={fontSize} className="recharts-cartesian-axis-tick-value">
      {text}
    </text>
  );
}

const LABEL_WIDTH = 190;
const MAX_LABEL = 28;
/** Below this width (a phone), labels take a smaller share and smaller type, so the bars keep room. */
const NARROW = 480;
const shortener = (max: number) => (text: string) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const shorten = shortener(MAX_LABEL);
const shortenNarrow = shortener(20);

/** A touch screen: nothing hovers, so a first tap shows a bar's values and a second one opens it. */
const touchOnly = () => typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;

export function SpecChart({ spec, lang, onOpen, width, animate = true }: Props) {
  const vertical = spec.layout === 'vertical';
  const data = spec.rows.map((row) => ({ label: row.label, ...row.values }));
  const height = chartHeight(spec);
  const leftKind = spec.columns.find((c) => c.axis !== 'right')?.kind ?? 'money';
  const right = spec.columns.find((c) => c.axis === 'right');
  const byKey = new Map(spec.columns.map((c) => [c.key, c]));
  const clickable = spec.rows.some((r) => r.href !== null);
  // Figures over upright bars collide beyond a dozen bars; the tooltip and the table still give them.
  const directLabels = vertical || spec.rows.length <= 12;
  const narrow = width < NARROW;
  const tickStyle = narrow ? { fontSize: 12 } : undefined;
  // On a touch screen a tap shows the tooltip (the browser's mouse events after a tap); the
  // same bar tapped again opens what it links to.
  const tapped = useRef<number | null>(null);
  const open = (index: number) => {
    const href = spec.rows[index]?.href;
    if (!href) return;
    if (touchOnly() && tapped.current !== index) {
      tapped.current = index;
      return;
    }
    onOpen(href);
  };

  return (
    <ComposedChart
      data={data}
      layout={vertical ? 'vertical' : 'horizontal'}
      margin={{ top: 8, right: right ? 8 : vertical ? 40 : narrow ? 12 : 24, bottom: 4, left: narrow ? 2 : 8 }}
      title={spec.title}
      desc={spec.description}
      width={width}
      height={height}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
      {vertical ? (
        <>
          {/* Side by side, money labels can collide ("75 tūkst. €"): recharts measures them and drops what would overlap. */}
          <XAxis type="number" tickFormatter={tick(leftKind, lang)} tick={PlainTick} minTickGap={8} allowDecimals={false} stroke="#4a5461" fontSize={tickStyle?.fontSize} />
          <YAxis
            type="category"
            dataKey="label"
            width={narrow ? Math.round(width * 0.36) : LABEL_WIDTH}
            tickFormatter={narrow ? shortenNarrow : shorten}
            interval={0}
            stroke="#4a5461"
            fontSize={tickStyle?.fontSize}
          />
        </>
      ) : (
        <>
          {/* Twenty years side by side do not fit: recharts drops the labels that would overlap. */}
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={6} tick={PlainTick} stroke="#4a5461" fontSize={tickStyle?.fontSize} />
          <YAxis yAxisId="left" tickFormatter={tick(leftKind, lang)} tick={PlainTick} interval={0} allowDecimals={false} width={narrow ? 76 : 100} stroke="#4a5461" fontSize={tickStyle?.fontSize} />
          {right && <YAxis yAxisId="right" orientation="right" tick={PlainTick} interval={0} allowDecimals={false} width={narrow ? 32 : 40} stroke="#4a5461" fontSize={tickStyle?.fontSize} />}
        </>
      )}
      <Tooltip
        formatter={(value, name, item) => {
          const column = byKey.get(String(item.dataKey));
          const number = typeof value === 'number' ? value : null;
          return [formatValue(number, column?.kind ?? 'count', lang), name];
        }}
        cursor={{ fill: 'rgba(0, 51, 153, 0.08)' }}
        // On a phone the tooltip keeps to the chart's left edge (it is at most 16rem wide, narrower
        // than the chart), so a tapped bar's figures are never pushed past the screen.
        position={narrow ? { x: 0 } : undefined}
      />
      {spec.columns.map((column) => {
        const swatch = palette[column.meaning];
        const axis = vertical ? {} : { yAxisId: column.axis ?? 'left' };
        if (column.shape === 'line') {
          return (
            <Line
              key={column.key}
              dataKey={column.key}
              name={column.label}
              {...axis}
              stroke={swatch.color}
              strokeWidth={2.5}
              dot={{ r: 5, fill: swatch.color, stroke: '#fff', strokeWidth: 1.5 }}
              isAnimationActive={animate}
              connectNulls={false}
            />
          );
        }
        return (
          <Bar
            key={column.key}
            dataKey={column.key}
            name={column.label}
            {...axis}
            stackId={column.stack}
            fill={fillOf(column.meaning)}
            stroke={OUTLINE}
            strokeWidth={0.75}
            isAnimationActive={animate}
            maxBarSize={vertical ? 22 : 48}
            cursor={clickable ? 'pointer' : undefined}
            onClick={(_, index) => open(index)}
          >
            {column.direct && directLabels && <LabelList dataKey={column.key} position={vertical ? 'right' : 'top'} fill="#1b1f24" fontSize={12} />}
          </Bar>
        );
      })}
    </ComposedChart>
  );
}
