// The lists as spreadsheet tables (one source of columns for CSV and XLSX), and CSV itself:
// RFC 4180 (CRLF, quotes doubled) with the field separator and decimal sign of the UI language's
// convention (see spreadsheet.ts), UTF-8 with a byte-order mark so Excel reads Latvian letters,
// numbers as numbers, and formula injection neutralised: a text cell that starts with
// = + - @ tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text
// instead of running it (OWASP "CSV injection").
import type { ProjectOverview } from './overview';
import type { EventDate, MobilityEvent, Organisation, Programme, Project } from './schema';
import { projectStatus, type ProjectStatus } from './status';
import { centsToEuros } from './money';
import { COMMA_CSV, FORMULA_START, type ColumnKind, type CsvConvention, type SheetTable, type SheetValue } from './spreadsheet';

export type CsvCell = SheetValue;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n;]/;

/** One cell: numbers with the convention's decimal sign; text neutralised against formulas, then quoted if needed. */
export function csvCell(value: CsvCell, convention: CsvConvention = COMMA_CSV): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', convention.decimal) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text.includes(convention.delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: a header row, then the rows; BOM first, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], convention: CsvConvention = COMMA_CSV): string {
  const line = (cells: readonly CsvCell[]) => cells.map((cell) => csvCell(cell, convention)).join(convention.delimiter);
  const lines = [line(header)];
  for (const row of rows) lines.push(line(row));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A table as CSV in the given convention. */
export function tableToCsv(table: SheetTable, convention: CsvConvention = COMMA_CSV): string {
  return toCsv(
    table.columns.map((column) => column.header),
    table.rows,
    convention,
  );
}

const pick = (text: { lv: string; en: string }, language: 'lv' | 'en') => text[language].trim() || text[language === 'lv' ? 'en' : 'lv'];

// ---------------------------------------------------------------- projects

export const projectCsvColumns = [
  'id',
  'acronym',
  'titleLv',
  'titleEn',
  'councilRole',
  'programme',
  'leadPartner',
  'partners',
  'countries',
  'start',
  'end',
  'status',
  'totalBudget',
  'councilBudget',
  'euCofinancing',
  'councilCofinancing',
  'prefinancingTotal',
  'events',
] as const;
export type ProjectCsvColumn = (typeof projectCsvColumns)[number];

const projectColumnKinds: Record<ProjectCsvColumn, ColumnKind> = {
  id: 'text',
  acronym: 'text',
  titleLv: 'text',
  titleEn: 'text',
  councilRole: 'text',
  programme: 'text',
  leadPartner: 'text',
  partners: 'count',
  countries: 'text',
  start: 'date',
  end: 'date',
  status: 'text',
  totalBudget: 'money',
  councilBudget: 'money',
  euCofinancing: 'money',
  councilCofinancing: 'money',
  prefinancingTotal: 'money',
  events: 'count',
};

export type ProjectsCsvContext = {
  language: 'lv' | 'en';
  /** Today, YYYY-MM-DD: the status column depends on it. */
  today: string;
  organisationsById: ReadonlyMap<string, Organisation>;
  programmesById: ReadonlyMap<string, Programme>;
  /** Column headings; the column's key when not given. */
  heading?: (column: ProjectCsvColumn) => string;
  roleLabel?: (role: Project['councilRole']) => string;
  statusLabel?: (status: ProjectStatus) => string;
};

/**
 * The projects list as a table, one row per project in the order given (the list's current
 * filter and sort). Amounts are numbers in euros; dates are ISO (YYYY-MM-DD).
 */
export function projectsTable(projects: readonly ProjectOverview[], context: ProjectsCsvContext): SheetTable {
  const { language, organisationsById, programmesById } = context;
  const heading = context.heading ?? ((c) => c);
  const role = context.roleLabel ?? ((r) => r);
  const status = context.statusLabel ?? ((s) => s);
  const rows = projects.map((p): CsvCell[] => {
    const programme = p.programmeId ? programmesById.get(p.programmeId) : undefined;
    const lead = p.partners.find((partner) => partner.role === 'lead');
    const leadOrganisation = lead ? organisationsById.get(lead.organisationId) : undefined;
    const countries = [...new Set(p.partners.map((partner) => organisationsById.get(partner.organisationId)?.country).filter((c): c is string => !!c))].sort();
    const values: Record<ProjectCsvColumn, CsvCell> = {
      id: p.id,
      acronym: p.acronym,
      titleLv: p.title.lv,
      titleEn: p.title.en,
      councilRole: role(p.councilRole),
      // With its measure, as the app names it ("Europe for Citizens — Town Twinning"): several
      // programmes share a name, and an import of this file must tell them apart.
      programme: programme ? [pick(programme.name, language), pick(programme.measure, language)].filter((part) => part !== '').join(' — ') : null,
      leadPartner: leadOrganisation ? (language === 'lv' ? (leadOrganisation.nameLv ?? leadOrganisation.name) : leadOrganisation.name) : null,
      partners: p.partners.length,
      countries: countries.join(' '),
      start: p.period.start,
      end: p.period.end,
      status: status(projectStatus(p.period, context.today)),
      totalBudget: centsToEuros(p.budget.totalBudget),
      councilBudget: centsToEuros(p.budget.councilBudget),
      euCofinancing: centsToEuros(p.budget.euCofinancing),
      councilCofinancing: centsToEuros(p.budget.councilCofinancing),
      prefinancingTotal: centsToEuros(p.budget.prefinancingTotal),
      events: p.events.length,
    };
    return projectCsvColumns.map((c) => values[c]);
  });
  return { columns: projectCsvColumns.map((c) => ({ header: heading(c), kind: projectColumnKinds[c] })), rows };
}

/** The projects list as CSV (see projectsTable); comma and decimal point unless a convention is given. */
export function projectsToCsv(projects: readonly ProjectOverview[], context: ProjectsCsvContext, convention: CsvConvention = COMMA_CSV): string {
  return tableToCsv(projectsTable(projects, context), convention);
}

// ---------------------------------------------------------------- events

export const eventCsvColumns = [
  'projectId',
  'projectAcronym',
  'projectTitle',
  'eventId',
  'order',
  'kind',
  'title',
  'datePrecision',
  'dateStart',
  'dateEnd',
  'hostCity',
  'hostCountry',
  'placeAsWritten',
  'direction',
  'representatives',
] as const;
export type EventCsvColumn = (typeof eventCsvColumns)[number];

const eventColumnKinds: Record<EventCsvColumn, ColumnKind> = {
  projectId: 'text',
  projectAcronym: 'text',
  projectTitle: 'text',
  eventId: 'text',
  order: 'count',
  kind: 'text',
  title: 'text',
  datePrecision: 'text',
  dateStart: 'date',
  dateEnd: 'date',
  hostCity: 'text',
  hostCountry: 'text',
  placeAsWritten: 'text',
  direction: 'text',
  representatives: 'count',
};

/** One line of the events list: an event and the project it belongs to. */
export type EventCsvItem = { project: Pick<Project, 'id' | 'acronym' | 'title'>; event: MobilityEvent };

export type EventsCsvContext = {
  language: 'lv' | 'en';
  /** Column headings; the column's key when not given. */
  heading?: (column: EventCsvColumn) => string;
  kindLabel?: (kind: MobilityEvent['kind']) => string;
  directionLabel?: (direction: MobilityEvent['direction']) => string;
  precisionLabel?: (precision: EventDate['precision']) => string;
};

/**
 * The events list as a table, one row per item in the order given. Dates keep their precision: a
 * month-only event has dateStart "2018-03" and an empty dateEnd; an unknown date leaves both empty.
 */
export function eventsTable(items: readonly EventCsvItem[], context: EventsCsvContext): SheetTable {
  const { language } = context;
  const heading = context.heading ?? ((c) => c);
  const kind = context.kindLabel ?? ((k) => k);
  const direction = context.directionLabel ?? ((d) => d);
  const precision = context.precisionLabel ?? ((p) => p);
  const rows = items.map(({ project, event }): CsvCell[] => {
    const date = event.date;
    const values: Record<EventCsvColumn, CsvCell> = {
      projectId: project.id,
      projectAcronym: project.acronym,
      projectTitle: pick(project.title, language),
      eventId: event.id,
      order: event.order,
      kind: kind(event.kind),
      title: pick(event.title, language),
      datePrecision: precision(date.precision),
      dateStart: date.precision === 'month' ? date.month : date.precision === 'day' ? date.start : null,
      dateEnd: date.precision === 'day' ? date.end : null,
      hostCity: language === 'lv' ? (event.hostCityLv ?? event.hostCity) : event.hostCity,
      hostCountry: event.hostCountry,
      placeAsWritten: event.placeAsWritten,
      direction: direction(event.direction),
      representatives: event.representatives,
    };
    return eventCsvColumns.map((c) => values[c]);
  });
  return { columns: eventCsvColumns.map((c) => ({ header: heading(c), kind: eventColumnKinds[c] })), rows };
}

/** The events list as CSV (see eventsTable); comma and decimal point unless a convention is given. */
export function eventsToCsv(items: readonly EventCsvItem[], context: EventsCsvContext, convention: CsvConvention = COMMA_CSV): string {
  return tableToCsv(eventsTable(items, context), convention);
}
