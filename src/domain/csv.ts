// CSV for spreadsheets: RFC 4180 (comma, CRLF, quotes doubled), UTF-8 with a byte-order mark
// so Excel reads Latvian letters, numbers as numbers, and formula injection neutralised: a
// text cell that starts with = + - @ tab or carriage return gets a leading apostrophe, so a
// spreadsheet shows it as text instead of running it (OWASP "CSV injection").
import type { ProjectOverview } from './overview';
import type { EventDate, MobilityEvent, Organisation, Programme, Project } from './schema';
import { projectStatus, type ProjectStatus } from './status';
import { centsToEuros } from './money';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n;]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as they are; text neutralised against formulas, then quoted if needed. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: a header row, then the rows; BOM first, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
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
 * The projects list as CSV, one row per project in the order given (the list's current filter
 * and sort). Amounts are numbers in euros; dates are ISO (YYYY-MM-DD), which spreadsheets read.
 */
export function projectsToCsv(projects: readonly ProjectOverview[], context: ProjectsCsvContext): string {
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
      programme: programme ? pick(programme.name, language) : null,
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
  return toCsv(projectCsvColumns.map(heading), rows);
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
 * The events list as CSV, one row per item in the order given. Dates keep their precision: a
 * month-only event has dateStart "2018-03" and an empty dateEnd; an unknown date leaves both empty.
 */
export function eventsToCsv(items: readonly EventCsvItem[], context: EventsCsvContext): string {
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
  return toCsv(eventCsvColumns.map(heading), rows);
}
