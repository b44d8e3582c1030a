// What the overview screens (projects list, timeline, dashboard) need of a project: the same
// shape as the project record, with only the fields they read. A whole Project is therefore
// also a ProjectOverview, so every function written for overviews works on full records too.
//
// Why it exists: a full project is ~4.6 KB (texts, contacts, results, notes); at 10,000
// projects reading them all takes over a second. Overviews are kept beside the projects in
// storage (src/db/overviews.ts) and read instead when a screen needs the whole portfolio.
import type { Budget, MobilityEvent, Payment, Project, ProjectPartner, Result } from './schema';

export type OverviewPartner = Pick<ProjectPartner, 'organisationId' | 'role' | 'nameAsWritten'>;
export type OverviewPayment = Pick<Payment, 'kind' | 'amount' | 'expectedDate' | 'receivedDate' | 'receivedAmount'>;
export type OverviewBudget = Pick<
  Budget,
  'totalBudget' | 'councilBudget' | 'euCofinancing' | 'councilCofinancing' | 'otherCofinancing' | 'prefinancingTotal' | 'prefinancingByYear' | 'cofinancingByYear'
> & { payments: readonly OverviewPayment[] };
export type OverviewEvent = Pick<MobilityEvent, 'id' | 'order' | 'kind' | 'title' | 'hostCity' | 'hostCityLv' | 'hostCountry' | 'date' | 'direction' | 'representatives'>;
/** Only results with an indicator matter to the overviews (planned staff mobilities and the like). */
export type OverviewResult = Pick<Result, 'indicator'>;

export type ProjectOverview = Pick<Project, 'id' | 'acronym' | 'title' | 'councilRole' | 'programmeId' | 'period' | 'origin' | 'updatedAt'> & {
  partners: readonly OverviewPartner[];
  budget: OverviewBudget;
  events: readonly OverviewEvent[];
  results: readonly OverviewResult[];
};

/** The overview of a project: its fields the overview screens read, nothing else. */
export function projectOverview(project: Project): ProjectOverview {
  const { budget } = project;
  return {
    id: project.id,
    acronym: project.acronym,
    title: { lv: project.title.lv, en: project.title.en },
    councilRole: project.councilRole,
    programmeId: project.programmeId,
    period: { start: project.period.start, end: project.period.end, lengthMonths: project.period.lengthMonths },
    origin: project.origin,
    updatedAt: project.updatedAt,
    partners: project.partners.map((partner) => ({ organisationId: partner.organisationId, role: partner.role, nameAsWritten: partner.nameAsWritten })),
    budget: {
      totalBudget: budget.totalBudget,
      councilBudget: budget.councilBudget,
      euCofinancing: budget.euCofinancing,
      councilCofinancing: budget.councilCofinancing,
      otherCofinancing: budget.otherCofinancing,
      prefinancingTotal: budget.prefinancingTotal,
      prefinancingByYear: budget.prefinancingByYear.map((row) => ({ year: row.year, amount: row.amount })),
      cofinancingByYear: budget.cofinancingByYear.map((row) => ({ year: row.year, amount: row.amount })),
      payments: budget.payments.map((payment) => ({
        kind: payment.kind,
        amount: payment.amount,
        expectedDate: payment.expectedDate,
        receivedDate: payment.receivedDate,
        receivedAmount: payment.receivedAmount,
      })),
    },
    events: project.events.map((event) => ({
      id: event.id,
      order: event.order,
      kind: event.kind,
      title: { lv: event.title.lv, en: event.title.en },
      hostCity: event.hostCity,
      hostCityLv: event.hostCityLv,
      hostCountry: event.hostCountry,
      date: { ...event.date },
      direction: event.direction,
      representatives: event.representatives,
    })),
    results: project.results.filter((result) => result.indicator !== null).map((result) => ({ indicator: result.indicator && { ...result.indicator } })),
  };
}
