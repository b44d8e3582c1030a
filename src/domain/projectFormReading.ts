// Reading the project form: the typed text turned into the domain's values (cents, ISO dates,
// whole numbers) with the tolerant money and date readers, saying per field what could not be
// read; then the domain's zod schema validates the result, one source of truth for what may be
// stored.
import { endFromLength, parseDateTime, parseEventDate, parseLooseDate } from './dates';
import { parseMoney } from './money';
import { pair, type ProjectFormValues, type ProjectMeta } from './projectForm';
import { projectSchema, type Project } from './schema';

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
