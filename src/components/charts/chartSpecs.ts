// Turns the domain's chart series into chart specs: one list of rows per chart that the chart
// draws, the table shows and the CSV holds, so the three can never disagree. No React here.
import { tableToCsv } from '../../domain/csv';
import type { DashboardData } from '../../domain/dashboard/figures';
import { listParams, type DashboardScope } from '../../domain/dashboard/scope';
import { centsToEuros } from '../../domain/money';
import { COMMA_CSV, type CsvConvention, type SheetTable } from '../../domain/spreadsheet';
import type { Language, Programme } from '../../domain/schema';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/I18nProvider';
import { countryName, formatMoney, formatNumber, pickText } from '../../i18n/format';
import { programmeLabel } from '../labels';
import type { Meaning } from './palette';

export type ValueKind = 'money' | 'count';

export type SeriesColumn = {
  key: string;
  label: string;
  kind: ValueKind;
  meaning: Meaning;
  /** Bars with the same stack id are stacked; lines are drawn over the bars. */
  shape: 'bar' | 'line';
  stack?: string;
  /** Counts beside money (or staff beside events) get their own axis on the right. */
  axis?: 'right';
  /** Print each bar's value at its end, so the figure does not depend on colour at all. */
  direct?: boolean;
};

export type SpecRow = {
  key: string;
  label: string;
  values: Record<string, number | null>;
  /** Where a click on this row's bar (or its link in the table) goes; null when the list cannot show it. */
  href: string | null;
};

export type ChartSpec = {
  id: string;
  title: string;
  description: string;
  rowHeader: string;
  /** 'vertical': horizontal bars with the labels on the left (long names). */
  layout: 'horizontal' | 'vertical';
  columns: SeriesColumn[];
  rows: SpecRow[];
  notes: string[];
};

export type SpecInput = {
  data: DashboardData;
  scope: DashboardScope;
  programmesById: ReadonlyMap<string, Programme>;
  t: Translate;
  lang: Language;
};

export function formatValue(value: number | null, kind: ValueKind, lang: Language): string {
  return kind === 'money' ? formatMoney(value, lang) : formatNumber(value, lang);
}

const list = (params: URLSearchParams) => `/projects?${params.toString()}`;

export function buildSpecs({ data, scope, programmesById, t, lang }: SpecInput): ChartSpec[] {
  const money = (key: string, meaning: Meaning, label: MessageKey, extra: Partial<SeriesColumn> = {}): SeriesColumn => ({
    key,
    label: t(label),
    kind: 'money',
    meaning,
    shape: 'bar',
    ...extra,
  });
  const notes = (...items: (string | false)[]) => items.filter((n): n is string => n !== false);

  const funding: ChartSpec = {
    id: 'funding',
    title: t('dashboard.chart.funding.title'),
    description: t('dashboard.chart.funding.desc'),
    rowHeader: t('dashboard.row.project'),
    layout: 'vertical',
    columns: [
      money('eu', 'eu', 'dashboard.series.eu', { stack: 'budget' }),
      money('council', 'council', 'dashboard.series.council', { stack: 'budget' }),
      money('other', 'other', 'dashboard.series.other', { stack: 'budget' }),
      money('rest', 'rest', 'dashboard.series.rest', { stack: 'budget' }),
    ],
    rows: data.fundingByProject.map((row) => ({
      key: row.projectId ?? 'other',
      label: row.projectId === null ? t('dashboard.label.otherProjects', { count: row.projects }) : row.acronym || pickText(row.title, lang),
      values: { eu: row.eu, council: row.council, other: row.other, rest: row.rest },
      href: row.projectId === null ? null : `/projects/${encodeURIComponent(row.projectId)}`,
    })),
    notes: notes(
      data.cards.projects > data.fundingByProject.reduce((n, r) => n + r.projects, 0) &&
        t('dashboard.note.fundingMissing', { count: data.cards.projects - data.fundingByProject.reduce((n, r) => n + r.projects, 0) }),
      data.fundingByProject.some((r) => r.projectId === null) && t('dashboard.note.otherNotListed'),
    ),
  };

  const groupColumns = [
    money('eu', 'eu', 'dashboard.series.eu', { stack: 'cofinancing' }),
    money('council', 'council', 'dashboard.series.council', { stack: 'cofinancing' }),
    money('other', 'other', 'dashboard.series.other', { stack: 'cofinancing' }),
  ];
  const groupValues = (g: DashboardData['byRole'][number]) => ({ eu: g.eu.total, council: g.council.total, other: g.other.total });
  const euMissing = (groups: DashboardData['byRole']) => groups.reduce((n, g) => n + g.eu.unknown, 0);

  const byProgramme: ChartSpec = {
    id: 'programmes',
    title: t('dashboard.chart.programme.title'),
    description: t('dashboard.chart.programme.desc'),
    rowHeader: t('dashboard.row.programme'),
    layout: 'vertical',
    columns: groupColumns,
    rows: data.byProgramme.map((g) => ({
      key: g.key,
      label:
        g.key === 'other'
          ? t('dashboard.label.otherProgrammes', { count: g.members.length })
          : g.key === 'none'
            ? t('dashboard.label.noProgramme')
            : programmeLabel(programmesById.get(g.key), lang) || g.key,
      values: groupValues(g),
      href:
        g.key === 'none'
          ? null
          : list(listParams(scope, { programmeId: g.key === 'other' ? g.members.filter((m) => m !== 'none') : [g.key] })),
    })),
    notes: notes(euMissing(data.byProgramme) > 0 && `${t('dashboard.series.eu')}: ${t('dashboard.missing.projects', { count: euMissing(data.byProgramme) })}`),
  };

  const byRole: ChartSpec = {
    id: 'roles',
    title: t('dashboard.chart.role.title'),
    description: t('dashboard.chart.role.desc'),
    rowHeader: t('dashboard.row.role'),
    layout: 'vertical',
    columns: groupColumns,
    rows: data.byRole.map((g) => ({
      key: g.key,
      label: t(g.key === 'lead' ? 'role.lead' : 'role.partner'),
      values: groupValues(g),
      href: list(listParams(scope, { role: [g.key === 'lead' ? 'lead' : 'partner'] })),
    })),
    notes: notes(euMissing(data.byRole) > 0 && `${t('dashboard.series.eu')}: ${t('dashboard.missing.projects', { count: euMissing(data.byRole) })}`),
  };

  const yearHref = (year: number | null) => (year === null ? null : list(listParams(scope, { year })));

  const years: ChartSpec = {
    id: 'years',
    title: t('dashboard.chart.years.title'),
    description: t('dashboard.chart.years.desc'),
    rowHeader: t('dashboard.row.year'),
    layout: 'horizontal',
    columns: [
      money('prefinancing', 'prefinancing', 'dashboard.series.prefinancing', { stack: 'year' }),
      money('cofinancing', 'council', 'dashboard.series.council', { stack: 'year' }),
    ],
    rows: data.moneyByYear.map((row) => ({
      key: row.key,
      label: row.year === null ? t('dashboard.label.notSplit') : String(row.year),
      values: { prefinancing: row.prefinancing.total, cofinancing: row.cofinancing.total },
      href: yearHref(row.year),
    })),
    notes: notes(
      (() => {
        const unsplit = data.moneyByYear.find((r) => r.year === null);
        const missing = (unsplit?.prefinancing.unknown ?? 0) + (unsplit?.cofinancing.unknown ?? 0);
        return missing > 0 && `${t('dashboard.label.notSplit')}: ${t('dashboard.missing.projects', { count: missing })}`;
      })(),
    ),
  };

  const { exposureNotes } = data;
  const exposure: ChartSpec = {
    id: 'exposure',
    title: t('dashboard.chart.exposure.title'),
    description: t('dashboard.chart.exposure.desc'),
    rowHeader: t('dashboard.row.year'),
    layout: 'horizontal',
    columns: [
      money('advanced', 'prefinancing', 'dashboard.series.advanced'),
      money('received', 'reimbursed', 'dashboard.series.reimbursed'),
      money('expected', 'expected', 'dashboard.series.expected'),
      money('outstanding', 'outstanding', 'dashboard.series.outstanding', { shape: 'line' }),
    ],
    rows: data.exposure.map((row) => ({
      key: String(row.year),
      label: String(row.year),
      values: { advanced: row.advanced.total, received: row.received, expected: row.expected, outstanding: row.outstanding },
      href: yearHref(row.year),
    })),
    notes: notes(
      exposureNotes.expectedUndated.payments > 0 &&
        t('dashboard.note.expectedUndated', { amount: formatMoney(exposureNotes.expectedUndated.total, lang), count: exposureNotes.expectedUndated.payments }),
      exposureNotes.expectedUnknownAmount > 0 && t('dashboard.note.expectedUnknown', { count: exposureNotes.expectedUnknownAmount }),
      exposureNotes.notPlaced.known > 0 && t('dashboard.note.notPlaced', { amount: formatMoney(exposureNotes.notPlaced.total, lang), count: exposureNotes.notPlaced.known }),
      exposureNotes.notPlaced.unknown > 0 && `${t('dashboard.series.prefinancing')}: ${t('dashboard.missing.projects', { count: exposureNotes.notPlaced.unknown })}`,
    ),
  };

  const staffMissing = data.mobilities.reduce((n, r) => n + r.staffSent.unknown, 0);
  const mobilities: ChartSpec = {
    id: 'mobilities',
    title: t('dashboard.chart.mobility.title'),
    description: t('dashboard.chart.mobility.desc'),
    rowHeader: t('dashboard.row.year'),
    layout: 'horizontal',
    columns: [
      { key: 'outgoing', label: t('dashboard.series.outgoing'), kind: 'count', meaning: 'outgoing', shape: 'bar', direct: true },
      { key: 'hosted', label: t('dashboard.series.hosted'), kind: 'count', meaning: 'hosted', shape: 'bar', direct: true },
      { key: 'staff', label: t('dashboard.series.staff'), kind: 'count', meaning: 'staff', shape: 'line', axis: 'right' },
    ],
    rows: data.mobilities.map((row) => ({
      key: row.key,
      label: row.year === null ? t('dashboard.label.undated') : String(row.year),
      values: { outgoing: row.outgoing, hosted: row.hosted, staff: row.staffSent.total },
      href: yearHref(row.year),
    })),
    notes: notes(staffMissing > 0 && `${t('dashboard.series.staff')}: ${t('dashboard.missing.events', { count: staffMissing })}`),
  };

  const countries: ChartSpec = {
    id: 'countries',
    title: t('dashboard.chart.countries.title'),
    description: t('dashboard.chart.countries.desc'),
    rowHeader: t('dashboard.row.country'),
    layout: 'vertical',
    columns: [{ key: 'projects', label: t('dashboard.series.projects'), kind: 'count', meaning: 'projects', shape: 'bar', direct: true }],
    rows: data.countries.map((row) => ({
      key: row.key,
      label: row.key === 'other' ? t('dashboard.label.otherCountries', { count: row.members.length }) : countryName(row.key, lang),
      values: { projects: row.projects },
      href: list(listParams(scope, { country: row.key === 'other' ? row.members : [row.key] })),
    })),
    notes: notes(
      data.countries.some((r) => r.key === 'other') && t('dashboard.note.otherCountries'),
      data.partnersWithoutCountry > 0 && t('dashboard.note.partnersWithoutCountry', { count: data.partnersWithoutCountry }),
    ),
  };

  return [funding, byProgramme, byRole, years, exposure, mobilities, countries];
}

/** The table of a spec, for CSV and XLSX: its label column and every series, money in euros, unknown cells empty. */
export function specTable(spec: ChartSpec, t: Translate): SheetTable {
  return {
    columns: [
      { header: spec.rowHeader, kind: 'text' },
      ...spec.columns.map((c) => ({ header: c.kind === 'money' ? `${c.label} (${t('dashboard.unit.eur')})` : c.label, kind: c.kind })),
    ],
    rows: spec.rows.map((row) => [
      row.label,
      ...spec.columns.map((c) => {
        const value = row.values[c.key] ?? null;
        return c.kind === 'money' ? centsToEuros(value) : value;
      }),
    ]),
  };
}

/** The CSV of a spec (see specTable); comma and decimal point unless a convention is given. */
export function specCsv(spec: ChartSpec, t: Translate, convention: CsvConvention = COMMA_CSV): string {
  return tableToCsv(specTable(spec, t), convention);
}
