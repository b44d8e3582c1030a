// The project form's values and the conversions between them and the stored Project.
// The form holds what a person typed (text), so nothing they type is ever lost or reformatted
// under their fingers; reading the form turns the text into the domain's values (cents, ISO
// dates, whole numbers) and says, per field, what could not be read. The domain's zod schema
// then validates the result: one source of truth for what may be stored.
import { parseLooseDate, parseLooseMonth } from './dates';
import { parseMoney } from './money';
import {
  projectSchema,
  type CouncilRole,
  type EventDate,
  type MobilityEvent,
  type PartnerRole,
  type Payment,
  type Project,
  type ProjectLink,
  type Result,
} from './schema';

export type TextPair = { lv: string; en: string };
type Keyed = { key: string };

export type PartnerRow = Keyed & { organisationId: string; role: PartnerRole; nameAsWritten: string };
export type PaymentRow = Keyed & {
  kind: Payment['kind'];
  sharePercent: string;
  amount: string;
  dueCondition: NonNullable<Payment['dueCondition']> | '';
  expectedDate: string;
  receivedDate: string;
  receivedAmount: string;
  note: string;
};
export type YearRow = Keyed & { year: string; amount: string };
export type EventRow = Keyed & {
  id: string;
  order: string;
  kind: MobilityEvent['kind'];
  title: TextPair;
  hostCity: string;
  hostCityLv: string;
  hostCountry: string;
  placeAsWritten: string;
  /** Empty (unknown), a month ("03/2018"), a day, or a range of days ("08.11.2018 – 12.11.2018"). */
  date: string;
  direction: MobilityEvent['direction'];
  representatives: string;
  notes: TextPair;
};
export type TextRow = Keyed & TextPair;
export type ResultRow = Keyed & { text: TextPair; indicatorKind: NonNullable<Result['indicator']>['kind'] | ''; target: string; achieved: string };
export type ContactRow = Keyed & { name: string; position: TextPair; phone: string; email: string };
export type LinkRow = Keyed & { kind: ProjectLink['kind']; label: TextPair; url: string };
export type PressRow = Keyed & { title: TextPair; url: string; date: string };

export type BudgetValues = {
  totalBudget: string;
  councilBudget: string;
  euCofinancing: string;
  euCofinancingPercent: string;
  councilCofinancing: string;
  otherCofinancing: string;
  otherCofinancingSource: string;
  prefinancingTotal: string;
  prefinancingPercent: string;
  payments: PaymentRow[];
  prefinancingByYear: YearRow[];
  cofinancingByYear: YearRow[];
  note: TextPair;
};

export type ProjectFormValues = {
  acronym: string;
  title: TextPair;
  councilRole: CouncilRole | '';
  partners: PartnerRow[];
  programmeId: string;
  period: { start: string; end: string; lengthMonths: string };
  summary: TextPair;
  objectives: TextRow[];
  activities: TextRow[];
  results: ResultRow[];
  budget: BudgetValues;
  events: EventRow[];
  contacts: ContactRow[];
  website: string;
  links: LinkRow[];
  pressReleases: PressRow[];
  councilDecision: { number: string; date: string; signedBy: string };
  infoUpdatedAt: string;
  notes: TextPair;
};

/** What is not typed in the form: the record's identity and bookkeeping. */
export type ProjectMeta = Pick<Project, 'id' | 'origin' | 'createdAt' | 'updatedAt' | 'revision'>;

export const formErrorCodes = [
  'required',
  'identity-required',
  'role-required',
  'organisation-required',
  'money',
  'percent',
  'date',
  'event-date',
  'date-order',
  'period-order',
  'datetime',
  'whole-number',
  'months',
  'year',
  'country',
  'email',
  'phone',
  'url',
  'too-long',
  'invalid',
] as const;
export type FormErrorCode = (typeof formErrorCodes)[number];
export type FieldError = { code: FormErrorCode; params?: Record<string, string | number> };
/** Errors by the form path of the field they belong to ('budget.payments.0.amount'). */
export type FormErrors = Record<string, FieldError>;

// ---------------------------------------------------------------- keys and empty rows

let keyCounter = 0;
/** A key for a repeatable row, stable while the row lives (for React and for focus). */
export function newRowKey(): string {
  keyCounter += 1;
  return `row-${keyCounter}`;
}

export const emptyText = (): TextPair => ({ lv: '', en: '' });
export const pair = (text: TextPair): TextPair => ({ lv: text.lv, en: text.en });

export const emptyRow = {
  partner: (): PartnerRow => ({ key: newRowKey(), organisationId: '', role: 'partner', nameAsWritten: '' }),
  payment: (): PaymentRow => ({
    key: newRowKey(),
    kind: 'advance',
    sharePercent: '',
    amount: '',
    dueCondition: '',
    expectedDate: '',
    receivedDate: '',
    receivedAmount: '',
    note: '',
  }),
  year: (year = ''): YearRow => ({ key: newRowKey(), year, amount: '' }),
  event: (id: string): EventRow => ({
    key: newRowKey(),
    id,
    order: '',
    kind: 'meeting',
    title: emptyText(),
    hostCity: '',
    hostCityLv: '',
    hostCountry: '',
    placeAsWritten: '',
    date: '',
    direction: 'outgoing',
    representatives: '',
    notes: emptyText(),
  }),
  text: (): TextRow => ({ key: newRowKey(), lv: '', en: '' }),
  result: (): ResultRow => ({ key: newRowKey(), text: emptyText(), indicatorKind: '', target: '', achieved: '' }),
  contact: (): ContactRow => ({ key: newRowKey(), name: '', position: emptyText(), phone: '', email: '' }),
  link: (): LinkRow => ({ key: newRowKey(), kind: 'final-result', label: emptyText(), url: '' }),
  press: (): PressRow => ({ key: newRowKey(), title: emptyText(), url: '', date: '' }),
};

export function emptyFormValues(): ProjectFormValues {
  return {
    acronym: '',
    title: emptyText(),
    councilRole: '',
    partners: [],
    programmeId: '',
    period: { start: '', end: '', lengthMonths: '' },
    summary: emptyText(),
    objectives: [],
    activities: [],
    results: [],
    budget: {
      totalBudget: '',
      councilBudget: '',
      euCofinancing: '',
      euCofinancingPercent: '',
      councilCofinancing: '',
      otherCofinancing: '',
      otherCofinancingSource: '',
      prefinancingTotal: '',
      prefinancingPercent: '',
      payments: [],
      prefinancingByYear: [],
      cofinancingByYear: [],
      note: emptyText(),
    },
    events: [],
    contacts: [],
    website: '',
    links: [],
    pressReleases: [],
    councilDecision: { number: '', date: '', signedBy: '' },
    infoUpdatedAt: '',
    notes: emptyText(),
  };
}

// ---------------------------------------------------------------- stored → text

export type DecimalSeparator = ',' | '.';

/** 1008000 → "10080"; 392050 → "3920,50" (with ','); null → "". No grouping: nothing to misread. */
export function moneyText(cents: number | null, decimal: DecimalSeparator = '.'): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros}${decimal}${String(rest).padStart(2, '0')}`;
}

const numberText = (value: number | null, decimal: DecimalSeparator = '.'): string => (value === null ? '' : String(value).replace('.', decimal));

/** "2018-11-08" → "08.11.2018", as the council writes days. */
export function dayText(iso: string | null): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** "2018-03" → "03/2018". */
export const monthText = (iso: string): string => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function eventDateText(date: EventDate): string {
  switch (date.precision) {
    case 'unknown':
      return '';
    case 'month':
      return monthText(date.month);
    case 'day':
      return date.start === date.end ? dayText(date.start) : `${dayText(date.start)} – ${dayText(date.end)}`;
  }
}

/** "2021-05-21T11:03" → "21.05.2021 11:03"; other ISO moments stay as written. */
export function dateTimeText(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(iso);
  return m ? `${dayText(m[1] ?? '')} ${m[2] ?? ''}` : iso;
}

export function toFormValues(project: Project, decimal: DecimalSeparator = '.'): ProjectFormValues {
  const money = (cents: number | null) => moneyText(cents, decimal);
  const num = (value: number | null) => numberText(value, decimal);
  const b = project.budget;
  return {
    acronym: project.acronym,
    title: pair(project.title),
    councilRole: project.councilRole,
    partners: project.partners.map((p) => ({ key: newRowKey(), organisationId: p.organisationId, role: p.role, nameAsWritten: p.nameAsWritten ?? '' })),
    programmeId: project.programmeId ?? '',
    period: { start: dayText(project.period.start), end: dayText(project.period.end), lengthMonths: num(project.period.lengthMonths) },
    summary: pair(project.summary),
    objectives: project.objectives.map((o) => ({ key: newRowKey(), ...pair(o) })),
    activities: project.activities.map((a) => ({ key: newRowKey(), ...pair(a) })),
    results: project.results.map((r) => ({
      key: newRowKey(),
      text: pair(r.text),
      indicatorKind: r.indicator?.kind ?? '',
      target: num(r.indicator?.target ?? null),
      achieved: num(r.indicator?.achieved ?? null),
    })),
    budget: {
      totalBudget: money(b.totalBudget),
      councilBudget: money(b.councilBudget),
      euCofinancing: money(b.euCofinancing),
      euCofinancingPercent: num(b.euCofinancingPercent),
      councilCofinancing: money(b.councilCofinancing),
      otherCofinancing: money(b.otherCofinancing),
      otherCofinancingSource: b.otherCofinancingSource,
      prefinancingTotal: money(b.prefinancingTotal),
      prefinancingPercent: num(b.prefinancingPercent),
      payments: b.payments.map((p) => ({
        key: newRowKey(),
        kind: p.kind,
        sharePercent: num(p.sharePercent),
        amount: money(p.amount),
        dueCondition: p.dueCondition ?? '',
        expectedDate: dayText(p.expectedDate),
        receivedDate: dayText(p.receivedDate),
        receivedAmount: money(p.receivedAmount),
        note: p.note,
      })),
      prefinancingByYear: b.prefinancingByYear.map((r) => ({ key: newRowKey(), year: String(r.year), amount: money(r.amount) })),
      cofinancingByYear: b.cofinancingByYear.map((r) => ({ key: newRowKey(), year: String(r.year), amount: money(r.amount) })),
      note: pair(b.note),
    },
    events: project.events.map((e) => ({
      key: newRowKey(),
      id: e.id,
      order: num(e.order),
      kind: e.kind,
      title: pair(e.title),
      hostCity: e.hostCity ?? '',
      hostCityLv: e.hostCityLv ?? '',
      hostCountry: e.hostCountry ?? '',
      placeAsWritten: e.placeAsWritten ?? '',
      date: eventDateText(e.date),
      direction: e.direction,
      representatives: num(e.representatives),
      notes: pair(e.notes),
    })),
    contacts: project.contacts.map((c) => ({ key: newRowKey(), name: c.name, position: pair(c.position), phone: c.phone ?? '', email: c.email ?? '' })),
    website: project.website ?? '',
    links: project.links.map((l) => ({ key: newRowKey(), kind: l.kind, label: pair(l.label), url: l.url ?? '' })),
    pressReleases: project.pressReleases.map((r) => ({ key: newRowKey(), title: pair(r.title), url: r.url ?? '', date: dayText(r.date) })),
    councilDecision: {
      number: project.councilDecision?.number ?? '',
      date: dayText(project.councilDecision?.date ?? null),
      signedBy: project.councilDecision?.signedBy ?? '',
    },
    infoUpdatedAt: dateTimeText(project.infoUpdatedAt),
    notes: pair(project.notes),
  };
}

/**
 * "Start from an existing project": keeps the partners, the programme and the structure
 * (titles, role, objectives, activities, results, contacts, the kinds and shares of payments),
 * and clears what belongs to the old project alone: dates, money, events, the council
 * decision, press releases, links to its results and how far its indicators got.
 */
export function duplicateFormValues(project: Project, decimal: DecimalSeparator = '.'): ProjectFormValues {
  const values = toFormValues(project, decimal);
  const empty = emptyFormValues();
  return {
    ...values,
    acronym: '',
    period: { ...empty.period, lengthMonths: values.period.lengthMonths },
    results: values.results.map((r) => ({ ...r, achieved: '' })),
    budget: {
      ...empty.budget,
      euCofinancingPercent: values.budget.euCofinancingPercent,
      prefinancingPercent: values.budget.prefinancingPercent,
      otherCofinancingSource: values.budget.otherCofinancingSource,
      payments: values.budget.payments.map((p) => ({ ...emptyRow.payment(), kind: p.kind, sharePercent: p.sharePercent, dueCondition: p.dueCondition })),
    },
    events: [],
    links: [],
    pressReleases: [],
    councilDecision: { ...empty.councilDecision },
    infoUpdatedAt: '',
  };
}

// ---------------------------------------------------------------- text → stored

/** The day after adding whole months to a start day, less one: 2019-01-15 + 12 → 2020-01-14. */
export function endFromLength(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d - 1));
  return date.toISOString().slice(0, 10);
}

/** "08.11.2018 – 12.11.2018", "03/2018", "8.11.2018", "" → an event date; 'invalid' when unreadable. */
export function parseEventDate(text: string): EventDate | 'invalid' {
  const s = text.trim();
  if (s === '') return { precision: 'unknown' };
  const parts = s.split(/\s*[–—]\s*|\s+-\s+|\s*\.\.\s*/);
  if (parts.length === 2) {
    const start = parseLooseDate(parts[0] ?? '');
    const end = parseLooseDate(parts[1] ?? '');
    if (typeof start !== 'string' || typeof end !== 'string' || start === 'invalid' || end === 'invalid') return 'invalid';
    return { precision: 'day', start, end };
  }
  if (parts.length > 2) return 'invalid';
  const day = parseLooseDate(s);
  if (typeof day === 'string' && day !== 'invalid') return { precision: 'day', start: day, end: day };
  const month = parseLooseMonth(s);
  if (typeof month === 'string' && month !== 'invalid') return { precision: 'month', month };
  return 'invalid';
}

/** "21.05.2021 11:03", "2021-05-21 11:03", a full ISO moment, or just a day → ISO; 'invalid' otherwise. */
export function parseDateTime(text: string): string | null | 'invalid' {
  const s = text.trim();
  if (s === '') return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/.test(s)) return s;
  const m = /^(.+?)(?:[ T,]+(\d{1,2}):(\d{2}))?$/.exec(s);
  if (!m) return 'invalid';
  const day = parseLooseDate(m[1] ?? '');
  if (day === null || day === 'invalid') return 'invalid';
  if (m[2] === undefined) return `${day}T00:00`;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return 'invalid';
  return `${day}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Reads the typed text, collecting an error per field that cannot be read. */
class Reader {
  readonly errors: FormErrors = {};

  fail(path: string, code: FormErrorCode, params?: Record<string, string | number>): null {
    this.errors[path] ??= params ? { code, params } : { code };
    return null;
  }

  money(path: string, text: string): number | null {
    const value = parseMoney(text);
    return value === 'invalid' ? this.fail(path, 'money') : value;
  }

  day(path: string, text: string): string | null {
    const value = parseLooseDate(text);
    return value === 'invalid' ? this.fail(path, 'date') : value;
  }

  percent(path: string, text: string): number | null {
    const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
    if (s === '') return null;
    const value = Number(s);
    return /^\d+(\.\d+)?$/.test(s) && value >= 0 && value <= 100 ? value : this.fail(path, 'percent');
  }

  whole(path: string, text: string, code: FormErrorCode = 'whole-number', max = 100000): number | null {
    const s = text.trim();
    if (s === '') return null;
    return /^\d+$/.test(s) && Number(s) <= max ? Number(s) : this.fail(path, code);
  }

  months(path: string, text: string): number | null {
    const value = this.whole(path, text, 'months', 240);
    return value === 0 ? this.fail(path, 'months') : value;
  }

  year(path: string, text: string): number {
    const s = text.trim();
    const value = Number(s);
    if (/^\d{4}$/.test(s) && value >= 1950 && value <= 2200) return value;
    this.fail(path, 'year');
    return 1950;
  }

  country(path: string, text: string): string | null {
    const s = text.trim();
    if (s === '') return null;
    return /^[A-Za-z]{2}$/.test(s) ? s.toUpperCase() : this.fail(path, 'country');
  }
}

/** Empty (or blank) text is "not known". */
const orNull = (text: string): string | null => (text.trim() === '' ? null : text);
const trimmedOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * Reads the form into a Project as far as it can: what cannot be read is left unknown (null)
 * and reported in `errors`. The project is good enough for live consistency warnings; it is
 * stored only when `validateForm` finds no error.
 */
export function readForm(values: ProjectFormValues, meta: ProjectMeta): { project: Project; errors: FormErrors } {
  const r = new Reader();
  const v = values;

  const start = r.day('period.start', v.period.start);
  const lengthMonths = r.months('period.lengthMonths', v.period.lengthMonths);
  let end = r.day('period.end', v.period.end);
  // The period may be entered as a start and a length in months.
  if (end === null && v.period.end.trim() === '' && start !== null && lengthMonths !== null) end = endFromLength(start, lengthMonths);

  const b = v.budget;
  const yearRows = (table: 'prefinancingByYear' | 'cofinancingByYear') =>
    b[table].map((row, i) => ({ year: r.year(`budget.${table}.${i}.year`, row.year), amount: r.money(`budget.${table}.${i}.amount`, row.amount) }));

  const decisionNumber = orNull(v.councilDecision.number);
  const decisionDate = r.day('councilDecision.date', v.councilDecision.date);
  const decisionSigned = orNull(v.councilDecision.signedBy);
  const infoUpdatedAt = parseDateTime(v.infoUpdatedAt);

  const project: Project = {
    id: meta.id,
    acronym: v.acronym.trim(),
    title: pair(v.title),
    councilRole: v.councilRole === '' ? 'partner' : v.councilRole,
    partners: v.partners.map((p) => ({ organisationId: p.organisationId, role: p.role, nameAsWritten: orNull(p.nameAsWritten) })),
    programmeId: v.programmeId === '' ? null : v.programmeId,
    period: { start, end, lengthMonths },
    summary: pair(v.summary),
    objectives: v.objectives.map(pair),
    activities: v.activities.map(pair),
    results: v.results.map((row, i) => ({
      text: pair(row.text),
      indicator:
        row.indicatorKind === ''
          ? null
          : { kind: row.indicatorKind, target: r.whole(`results.${i}.target`, row.target), achieved: r.whole(`results.${i}.achieved`, row.achieved) },
    })),
    budget: {
      totalBudget: r.money('budget.totalBudget', b.totalBudget),
      councilBudget: r.money('budget.councilBudget', b.councilBudget),
      euCofinancing: r.money('budget.euCofinancing', b.euCofinancing),
      euCofinancingPercent: r.percent('budget.euCofinancingPercent', b.euCofinancingPercent),
      councilCofinancing: r.money('budget.councilCofinancing', b.councilCofinancing),
      otherCofinancing: r.money('budget.otherCofinancing', b.otherCofinancing),
      otherCofinancingSource: b.otherCofinancingSource,
      prefinancingTotal: r.money('budget.prefinancingTotal', b.prefinancingTotal),
      prefinancingPercent: r.percent('budget.prefinancingPercent', b.prefinancingPercent),
      payments: b.payments.map((p, i) => ({
        kind: p.kind,
        sharePercent: r.percent(`budget.payments.${i}.sharePercent`, p.sharePercent),
        amount: r.money(`budget.payments.${i}.amount`, p.amount),
        dueCondition: p.dueCondition === '' ? null : p.dueCondition,
        expectedDate: r.day(`budget.payments.${i}.expectedDate`, p.expectedDate),
        receivedDate: r.day(`budget.payments.${i}.receivedDate`, p.receivedDate),
        receivedAmount: r.money(`budget.payments.${i}.receivedAmount`, p.receivedAmount),
        note: p.note,
      })),
      prefinancingByYear: yearRows('prefinancingByYear'),
      cofinancingByYear: yearRows('cofinancingByYear'),
      note: pair(b.note),
    },
    events: v.events.map((e, i) => {
      let date = parseEventDate(e.date);
      if (date === 'invalid') {
        r.fail(`events.${i}.date`, 'event-date');
        date = { precision: 'unknown' };
      } else if (date.precision === 'day' && date.start > date.end) {
        r.fail(`events.${i}.date`, 'date-order');
      }
      return {
        id: e.id,
        order: r.whole(`events.${i}.order`, e.order, 'whole-number', 10000),
        kind: e.kind,
        title: pair(e.title),
        hostCity: orNull(e.hostCity),
        hostCityLv: orNull(e.hostCityLv),
        hostCountry: r.country(`events.${i}.hostCountry`, e.hostCountry),
        placeAsWritten: orNull(e.placeAsWritten),
        date,
        direction: e.direction,
        representatives: r.whole(`events.${i}.representatives`, e.representatives),
        notes: pair(e.notes),
      };
    }),
    contacts: v.contacts.map((c) => ({ name: c.name.trim(), position: pair(c.position), phone: trimmedOrNull(c.phone), email: trimmedOrNull(c.email) })),
    website: trimmedOrNull(v.website),
    links: v.links.map((l) => ({ kind: l.kind, label: pair(l.label), url: trimmedOrNull(l.url) })),
    pressReleases: v.pressReleases.map((p, i) => ({ title: pair(p.title), url: trimmedOrNull(p.url), date: r.day(`pressReleases.${i}.date`, p.date) })),
    councilDecision: decisionNumber === null && decisionDate === null && decisionSigned === null ? null : { number: decisionNumber, date: decisionDate, signedBy: decisionSigned },
    infoUpdatedAt: infoUpdatedAt === 'invalid' ? r.fail('infoUpdatedAt', 'datetime') : infoUpdatedAt,
    notes: pair(v.notes),
    origin: meta.origin,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    revision: meta.revision,
  };

  // The rules a project must meet to be stored, beyond what each field says.
  if (project.acronym === '' && project.title.lv.trim() === '' && project.title.en.trim() === '') r.fail('acronym', 'identity-required');
  if (v.councilRole === '') r.fail('councilRole', 'role-required');
  if (start !== null && end !== null && start > end && v.period.end.trim() !== '') r.fail('period.end', 'period-order');
  v.partners.forEach((p, i) => {
    if (p.organisationId === '') r.fail(`partners.${i}.organisationId`, 'organisation-required');
  });
  return { project, errors: r.errors };
}

/** The form path a schema issue belongs to (the form nests a few values differently). */
export function formPathOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'results' && parts[2] === 'indicator') return `results.${parts[1]}.${parts[3] ?? 'target'}`;
  if (parts[0] === 'events' && parts[2] === 'date') return `events.${parts[1]}.date`;
  if (parts[0] === 'councilDecision' && parts.length === 1) return 'councilDecision.number';
  return parts.join('.');
}

function codeOfIssue(path: string, issue: { code: string; maximum?: unknown }): FieldError {
  const leaf = path.split('.').pop() ?? '';
  if (issue.code === 'too_big' && typeof issue.maximum === 'number' && !/^\d+$/.test(leaf)) return { code: 'too-long', params: { max: issue.maximum } };
  if (leaf === 'email') return { code: 'email' };
  if (leaf === 'phone') return { code: 'phone' };
  if (leaf === 'url' || leaf === 'website') return { code: 'url' };
  if (issue.code === 'too_small') return { code: 'required' };
  return { code: 'invalid' };
}

export type FormOutcome = { ok: true; project: Project } | { ok: false; errors: FormErrors; project: Project };

/** Read and validate: the project to store, or every error by field. */
export function validateForm(values: ProjectFormValues, meta: ProjectMeta): FormOutcome {
  const { project, errors } = readForm(values, meta);
  const parsed = projectSchema.safeParse(project);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formPathOf(issue.path);
      errors[path] ??= codeOfIssue(path, issue as { code: string; maximum?: unknown });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, project };
  return { ok: true, project: parsed.success ? parsed.data : project };
}

// ---------------------------------------------------------------- editing helpers

/** A copy of `values` with the value at a dotted path replaced (arrays by index). */
export function setAtPath<T>(values: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return value as T;
  if (Array.isArray(values)) {
    const copy = [...values] as unknown[];
    const index = Number(head);
    copy[index] = rest.length === 0 ? value : setAtPath(copy[index], rest.join('.'), value);
    return copy as T;
  }
  const record = values as Record<string, unknown>;
  return { ...record, [head]: rest.length === 0 ? value : setAtPath(record[head], rest.join('.'), value) } as T;
}

/** The value at a dotted path, or undefined. */
export function getAtPath(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Move a row of a list one place up (-1) or down (+1); out of range leaves it as it is. */
export function moveRow<T>(rows: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const copy = [...rows];
  const [row] = copy.splice(index, 1);
  copy.splice(target, 0, row as T);
  return copy;
}

/** The calendar years of a period typed in the form (for per-year tables); [] when unknown. */
export function periodYears(values: ProjectFormValues): number[] {
  const start = parseLooseDate(values.period.start);
  let end = parseLooseDate(values.period.end);
  const months = Number(values.period.lengthMonths.trim());
  if (typeof start !== 'string' || start === 'invalid') return [];
  if (end === null && Number.isInteger(months) && months > 0) end = endFromLength(start, months);
  if (typeof end !== 'string' || end === 'invalid' || end < start) return [];
  const years: number[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y += 1) years.push(y);
  return years;
}
