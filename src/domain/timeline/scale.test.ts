// The timeline's scale: where days and spans sit at each zoom, and the ticks.
import { describe, expect, it } from 'vitest';
import { samplePortfolio } from '../sample';
import { dayNumber } from '../dates';
import { fitScale, scaleForZoom, spanOf, tickUnitFor, ticks, xOfDay } from './scale';
import { buildTimelineRows, dataExtent, defaultRange, monthsInRange, parseTimelineView, shiftRange, snapRange, withTimelineView } from './rows';

// One month at month zoom is 120 px; an average month is 365.2425 / 12 = 30.436875 days.
const MONTH_ZOOM_PX_PER_DAY = 120 / 30.436875; // 3.94259…
const YEAR_ZOOM_PX_PER_DAY = 20 / 30.436875; // 0.65709…

describe('scales and positions', () => {
  it('puts a day at (days since the range start) × px per day, at each zoom', () => {
    const year = scaleForZoom({ from: '2018-01', to: '2018-12' }, 'year');
    expect(year.pxPerDay).toBeCloseTo(YEAR_ZOOM_PX_PER_DAY, 10);
    expect(year.width).toBeCloseTo(365 * YEAR_ZOOM_PX_PER_DAY, 6); // ≈ 239.8 px for a year
    expect(xOfDay(year, '2018-01-01')).toBe(0);
    expect(xOfDay(year, '2018-03-01')).toBeCloseTo(59 * YEAR_ZOOM_PX_PER_DAY, 6);
    const quarter = scaleForZoom({ from: '2018-01', to: '2018-12' }, 'quarter');
    expect(quarter.width).toBeCloseTo((365 * 50) / 30.436875, 6); // ≈ 599.6 px
    const month = scaleForZoom({ from: '2018-11', to: '2018-11' }, 'month');
    expect(month.width).toBeCloseTo(30 * MONTH_ZOOM_PX_PER_DAY, 6); // ≈ 118.3 px
  });

  it('spans a month-precision event over its month and an exact event over its days', () => {
    const scale = scaleForZoom({ from: '2018-01', to: '2019-12' }, 'month');
    const march = spanOf(scale, '2018-03-01', '2018-03-31');
    expect(march?.x).toBeCloseTo(59 * MONTH_ZOOM_PX_PER_DAY, 6);
    expect(march?.width).toBeCloseTo(31 * MONTH_ZOOM_PX_PER_DAY, 6); // ≈ 122.2 px
    const ttchan = spanOf(scale, '2018-11-08', '2018-11-12');
    expect(ttchan?.x).toBeCloseTo((dayNumber('2018-11-08') - dayNumber('2018-01-01')) * MONTH_ZOOM_PX_PER_DAY, 6);
    expect(ttchan?.width).toBeCloseTo(5 * MONTH_ZOOM_PX_PER_DAY, 6); // ≈ 19.7 px
  });

  it('keeps a short event visible at a coarse zoom with a minimum width, centred on its days', () => {
    const scale = scaleForZoom({ from: '2018-01', to: '2018-12' }, 'year');
    const oneDay = spanOf(scale, '2018-07-01', '2018-07-01', 12);
    const centre = (dayNumber('2018-07-01') - dayNumber('2018-01-01') + 0.5) * YEAR_ZOOM_PX_PER_DAY;
    expect(oneDay?.width).toBe(12);
    expect((oneDay?.x ?? 0) + 6).toBeCloseTo(centre, 6);
  });

  it('cuts spans to the shown range and drops what lies wholly outside it', () => {
    const scale = scaleForZoom({ from: '2019-01', to: '2019-06' }, 'quarter');
    expect(spanOf(scale, '2018-03-01', '2018-03-31')).toBeNull();
    expect(spanOf(scale, '2019-07-01', '2019-07-31')).toBeNull();
    const solidPeriod = spanOf(scale, '2018-01-01', '2019-11-15');
    expect(solidPeriod).toMatchObject({ x: 0, clippedStart: true, clippedEnd: true });
    expect(solidPeriod?.width).toBeCloseTo(scale.width, 6);
    const partly = spanOf(scale, '2018-12-20', '2019-01-10');
    expect(partly).toMatchObject({ x: 0, clippedStart: true, clippedEnd: false });
    expect(partly?.width).toBeCloseTo(10 * scale.pxPerDay, 6);
  });

  it('draws axis ticks per year, quarter or month, the first one cut at the range start', () => {
    const scale = scaleForZoom({ from: '2018-02', to: '2018-07' }, 'quarter');
    const quarters = ticks(scale, 'quarter');
    expect(quarters.map((t) => `${t.year} Q${t.index}`)).toEqual(['2018 Q1', '2018 Q2', '2018 Q3']);
    expect(quarters[0]?.x).toBe(0);
    expect(quarters[0]?.width).toBeCloseTo((28 + 31) * scale.pxPerDay, 6);
    expect(ticks(scale, 'month')).toHaveLength(6);
    expect(ticks(scale, 'year').map((t) => t.key)).toEqual(['2018-01']);
  });

  it('picks tick units that stay readable, and fits a range into a width', () => {
    expect(tickUnitFor(scaleForZoom({ from: '2018-01', to: '2018-12' }, 'year'))).toBe('year');
    expect(tickUnitFor(scaleForZoom({ from: '2018-01', to: '2018-12' }, 'quarter'))).toBe('quarter');
    expect(tickUnitFor(scaleForZoom({ from: '2018-01', to: '2018-12' }, 'month'))).toBe('month');
    const fitted = fitScale({ from: '2018-01', to: '2019-12' }, 730);
    expect(fitted.width).toBeCloseTo(730, 6); // 730 days in 2018–2019: one px per day
    expect(fitted.pxPerDay).toBeCloseTo(1, 10);
  });

  it('opens on the data’s extent snapped to the zoom, and moves by a zoom step', () => {
    const rows = buildTimelineRows(samplePortfolio.projects, { groupBy: 'none', today: '2026-01-01' });
    // WIR starts 16 Oct 2017; DeCoDe ends 1 Feb 2020.
    expect(dataExtent(rows)).toEqual({ from: '2017-10', to: '2020-02' });
    expect(defaultRange(rows, 'year', '2026-01-01')).toEqual({ from: '2017-01', to: '2020-12' });
    expect(defaultRange(rows, 'quarter', '2026-01-01')).toEqual({ from: '2017-10', to: '2020-03' });
    expect(defaultRange([], 'month', '2026-05-17')).toEqual({ from: '2026-05', to: '2026-05' });
    expect(snapRange({ from: '2018-05', to: '2018-08' }, 'quarter')).toEqual({ from: '2018-04', to: '2018-09' });
    expect(monthsInRange({ from: '2017-10', to: '2020-03' })).toBe(30);
    expect(shiftRange({ from: '2018-01', to: '2018-12' }, 'year', -1)).toEqual({ from: '2017-01', to: '2017-12' });
    expect(shiftRange({ from: '2018-01', to: '2018-03' }, 'quarter', 1)).toEqual({ from: '2018-04', to: '2018-06' });
  });

  it('reads its view from the URL and keeps the list’s filters beside it', () => {
    const params = new URLSearchParams('role=lead&zoom=month&group=programme&from=2018-01&to=2019-06');
    expect(parseTimelineView(params)).toEqual({ zoom: 'month', groupBy: 'programme', range: { from: '2018-01', to: '2019-06' } });
    expect(parseTimelineView(new URLSearchParams('zoom=decade&group=x&from=2019-06&to=2018-01'))).toEqual({ zoom: 'year', groupBy: 'none', range: null });
    const written = withTimelineView(new URLSearchParams('role=lead'), { zoom: 'quarter', groupBy: 'none', range: null });
    expect(written.toString()).toBe('role=lead&zoom=quarter');
  });

  it('opens the default range when either end of the URL’s range is not a real month in range', () => {
    const ranges: [string, string][] = [
      ['2024-13', '2025-01'],
      ['2024-00', '2025-01'],
      ['2024-02-30', '2024-03'],
      ['2024-01', '2024-13-01'],
      ['9999-99-99', '2024-01'],
      ['2024-01', '9999-12'],
      // Years before 1950 are refused too: Date.UTC reads years 0–99 as 1900–1999.
      ['0000-01', '0099-12'],
      ['1949-12', '2024-01'],
    ];
    for (const [from, to] of ranges) {
      expect(parseTimelineView(new URLSearchParams({ zoom: 'month', from, to })), `${from} ${to}`).toEqual({ zoom: 'month', groupBy: 'none', range: null });
    }
    expect(parseTimelineView(new URLSearchParams('from=1950-01&to=2150-12')).range).toEqual({ from: '1950-01', to: '2150-12' });
    expect(parseTimelineView(new URLSearchParams('from=1950-01&to=2151-01')).range).toBeNull();
  });
});
