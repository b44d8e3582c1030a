// Consistency checks on one project: sums that should hold, dates that should fit the period,
// plans that should match what is listed. Each check runs only when every value it needs is
// known; an unknown value is never taken as 0. Warnings carry a code, the dotted path of the
// field they concern and their figures; the UI words them in the user's language.
import type { Project } from './schema';
import { isWithinPeriod, monthsBetween } from './dates';
import { sumKnown } from './money';
import { activeYears } from './status';
import { indicatorIndex } from './totals';

export const warningCodes = [
  'budget-split',
  'cofinancing-by-year',
  'prefinancing-by-year',
  'payments-sum',
  'payment-share',
  'year-outside-period',
  'event-outside-period',
  'representatives-vs-plan',
  'events-vs-plan',
  'period-order',
  'period-length',
  'lead-partner',
] as const;
export type WarningCode = (typeof warningCodes)[number];

export type Warning = {
  code: WarningCode;
  /** Dotted path of the field the warning belongs beside, e.g. 'budget.payments.1.amount'. */
  field: string;
  /** The figures the message needs; money in cents, indexes 0-based. */
  params: Record<string, number | string>;
};

export type ConsistencyOptions = {
  /** The council's own organisation; without it the lead partner can only be counted. */
  homeOrganisationId: string | null;
  /** Not used by any check yet; accepted so date-dependent checks can be added without churn. */
  today?: string;
};

/** Allowed difference between a payment and its share of EU co-financing, for rounding. */
const SHARE_TOLERANCE_CENTS = 1;
/** Allowed difference between the stated length in months and the dates. */
const LENGTH_TOLERANCE_MONTHS = 1;

export function consistencyWarnings(project: Project, options: ConsistencyOptions = { homeOrganisationId: null }): Warning[] {
  return [...budgetWarnings(project), ...periodWarnings(project), ...planWarnings(project), ...partnerWarnings(project, options.homeOrganisationId)];
}

/** The sum of amounts when every one is known; null if any is unknown or there are none. */
function sumIfAllKnown(values: readonly (number | null)[]): number | null {
  const sum = sumKnown(values);
  return sum.unknown === 0 ? sum.total : null;
}

function budgetWarnings(project: Project): Warning[] {
  const warnings: Warning[] = [];
  const b = project.budget;

  // The council's budget is EU co-financing plus its own (plus other co-financing, when known).
  if (b.councilBudget !== null && b.euCofinancing !== null && b.councilCofinancing !== null) {
    const actual = b.euCofinancing + b.councilCofinancing + (b.otherCofinancing ?? 0);
    if (actual !== b.councilBudget) {
      const params: Record<string, number> = { expected: b.councilBudget, actual };
      if (b.otherCofinancing !== null) params.other = b.otherCofinancing;
      warnings.push({ code: 'budget-split', field: 'budget.councilBudget', params });
    }
  }

  const cofinancing = sumIfAllKnown(b.cofinancingByYear.map((r) => r.amount));
  if (cofinancing !== null && b.councilCofinancing !== null && cofinancing !== b.councilCofinancing) {
    warnings.push({ code: 'cofinancing-by-year', field: 'budget.cofinancingByYear', params: { expected: b.councilCofinancing, actual: cofinancing } });
  }

  const prefinancing = sumIfAllKnown(b.prefinancingByYear.map((r) => r.amount));
  if (prefinancing !== null && b.prefinancingTotal !== null && prefinancing !== b.prefinancingTotal) {
    warnings.push({ code: 'prefinancing-by-year', field: 'budget.prefinancingByYear', params: { expected: b.prefinancingTotal, actual: prefinancing } });
  }

  if (b.euCofinancing !== null) {
    const eu = b.euCofinancing;
    const payments = sumIfAllKnown(b.payments.map((p) => p.amount));
    if (payments !== null && payments !== eu) {
      warnings.push({ code: 'payments-sum', field: 'budget.payments', params: { expected: eu, actual: payments } });
    }
    b.payments.forEach((p, index) => {
      if (p.amount === null || p.sharePercent === null) return;
      const expected = Math.round((eu * p.sharePercent) / 100);
      if (Math.abs(p.amount - expected) > SHARE_TOLERANCE_CENTS) {
        warnings.push({ code: 'payment-share', field: `budget.payments.${index}.amount`, params: { index, share: p.sharePercent, expected, actual: p.amount } });
      }
    });
  }

  // Per-year rows only make sense for years the project runs in; checked when both ends are known.
  const { start, end } = project.period;
  if (start !== null && end !== null && start <= end) {
    const years = activeYears(project.period);
    const from = years[0];
    const to = years[years.length - 1];
    if (from !== undefined && to !== undefined) {
      for (const table of ['prefinancingByYear', 'cofinancingByYear'] as const) {
        b[table].forEach((row, index) => {
          if (row.year < from || row.year > to) {
            warnings.push({ code: 'year-outside-period', field: `budget.${table}.${index}`, params: { index, year: row.year, from, to } });
          }
        });
      }
    }
  }
  return warnings;
}

function periodWarnings(project: Project): Warning[] {
  const warnings: Warning[] = [];
  const { start, end, lengthMonths } = project.period;
  if (start !== null && end !== null && start > end) {
    warnings.push({ code: 'period-order', field: 'period.end', params: { start, end } });
  } else if (start !== null && end !== null && lengthMonths !== null) {
    const actual = monthsBetween(start, end);
    if (Math.abs(actual - lengthMonths) > LENGTH_TOLERANCE_MONTHS) {
      warnings.push({ code: 'period-length', field: 'period.lengthMonths', params: { stated: lengthMonths, actual: Math.round(actual * 10) / 10 } });
    }
  }
  if (start === null || end === null || start <= end) {
    project.events.forEach((event, index) => {
      if (isWithinPeriod(event.date, project.period) === false) {
        warnings.push({ code: 'event-outside-period', field: `events.${index}`, params: { index, eventId: event.id, start: start ?? '', end: end ?? '' } });
      }
    });
  }
  return warnings;
}

function planWarnings(project: Project): Warning[] {
  const warnings: Warning[] = [];

  // Each representative sent is one staff mobility: the listed head counts should meet the plan.
  const mobilityIndex = indicatorIndex(project, 'staff-mobilities');
  const planned = project.results[mobilityIndex]?.indicator?.target ?? null;
  const sent = sumKnown(project.events.map((e) => e.representatives));
  if (planned !== null && sent.total !== null && sent.total !== planned) {
    warnings.push({
      code: 'representatives-vs-plan',
      field: `results.${mobilityIndex}`,
      params: { planned, sent: sent.total, unknownCount: sent.unknown },
    });
  }

  const eventsIndex = indicatorIndex(project, 'events');
  const plannedEvents = project.results[eventsIndex]?.indicator?.target ?? null;
  if (plannedEvents !== null && project.events.length !== plannedEvents) {
    warnings.push({ code: 'events-vs-plan', field: 'events', params: { planned: plannedEvents, actual: project.events.length, resultIndex: eventsIndex } });
  }
  return warnings;
}

function partnerWarnings(project: Project, homeOrganisationId: string | null): Warning[] {
  // An empty partners list is not entered yet, not a consortium without a lead.
  if (project.councilRole !== 'lead' || project.partners.length === 0) return [];
  const leads = project.partners.filter((p) => p.role === 'lead');
  const lead = leads[0];
  let reason: string | null = null;
  if (lead === undefined) reason = 'no-lead';
  else if (leads.length > 1) reason = 'several-leads';
  else if (homeOrganisationId !== null && lead.organisationId !== homeOrganisationId) reason = 'lead-not-home';
  if (reason === null) return [];
  return [{ code: 'lead-partner', field: 'partners', params: { reason, leadCount: leads.length } }];
}
