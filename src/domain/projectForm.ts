// The project form's values: what a person typed (text), so nothing they type is ever lost or
// reformatted under their fingers, and the stored Project shown as such text. Reading the text
// back into a Project is projectFormReading.ts.
import { endFromLength, parseLooseDate } from './dates';
import type { CouncilRole, EventDate, MobilityEvent, PartnerRole, Payment, Project, ProjectLink, Result } from './schema';

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

/** The calendar years of a period typed in the form (for per-year tables); [] when unknown. */
export function periodYears(values: Pick<ProjectFormValues, 'period'>): number[] {
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
