// Totals for one project and for the whole portfolio: the figures the project page and the
// dashboard show. Unknown amounts are counted, never added as 0.
import type { PartnerRole, PaymentKind, Project } from './schema';
import { sumKnown, type KnownSum } from './money';
import { projectStatus, type ProjectStatus } from './status';

export type ProjectTotals = {
  /** Sum of the per-year pre-financing rows; total null when there are no rows. */
  prefinancingByYear: KnownSum;
  /** Sum of the per-year council co-financing rows; total null when there are no rows. */
  cofinancingByYear: KnownSum;
  /** Sum of all payment amounts (advance, interim and balance); total null when none is known. */
  payments: KnownSum;
  paymentsByKind: Record<PaymentKind, KnownSum>;
  /** Council staff sent to or present at the listed events. */
  representatives: KnownSum;
  events: { total: number; hosted: number; outgoing: number; undated: number };
  /** The planned number of staff mobilities (the first 'staff-mobilities' indicator), or null. */
  staffMobilityTarget: number | null;
  partners: Record<PartnerRole, number> & { total: number };
};

export function projectTotals(project: Project): ProjectTotals {
  const { budget, events, partners } = project;
  const paymentsByKind: Record<PaymentKind, KnownSum> = {
    advance: sumKnown(budget.payments.filter((p) => p.kind === 'advance').map((p) => p.amount)),
    interim: sumKnown(budget.payments.filter((p) => p.kind === 'interim').map((p) => p.amount)),
    balance: sumKnown(budget.payments.filter((p) => p.kind === 'balance').map((p) => p.amount)),
  };
  const partnerCounts: Record<PartnerRole, number> & { total: number } = { lead: 0, partner: 0, associated: 0, total: partners.length };
  for (const partner of partners) partnerCounts[partner.role] += 1;

  return {
    prefinancingByYear: sumKnown(budget.prefinancingByYear.map((row) => row.amount)),
    cofinancingByYear: sumKnown(budget.cofinancingByYear.map((row) => row.amount)),
    payments: sumKnown(budget.payments.map((p) => p.amount)),
    paymentsByKind,
    representatives: sumKnown(events.map((e) => e.representatives)),
    events: {
      total: events.length,
      hosted: events.filter((e) => e.direction === 'hosted').length,
      outgoing: events.filter((e) => e.direction === 'outgoing').length,
      undated: events.filter((e) => e.date.precision === 'unknown').length,
    },
    staffMobilityTarget: indicatorTarget(project, 'staff-mobilities'),
    partners: partnerCounts,
  };
}

type IndicatorKind = NonNullable<Project['results'][number]['indicator']>['kind'];

/** The index of the first result with an indicator of this kind, or -1. */
export function indicatorIndex(project: Project, kind: IndicatorKind): number {
  return project.results.findIndex((r) => r.indicator?.kind === kind);
}

/** The target of the first result with an indicator of this kind; null when none or unknown. */
export function indicatorTarget(project: Project, kind: IndicatorKind): number | null {
  return project.results[indicatorIndex(project, kind)]?.indicator?.target ?? null;
}

/**
 * What the council pre-finances in a project: the per-year rows where there are any, otherwise
 * the stated pre-financing total (as one value, which may be unknown).
 */
export function projectPrefinancing(project: Project): KnownSum {
  const rows = project.budget.prefinancingByYear;
  return rows.length > 0 ? sumKnown(rows.map((row) => row.amount)) : sumKnown([project.budget.prefinancingTotal]);
}

export type PortfolioTotals = {
  projects: number;
  /** Each is the sum over projects: known = projects with the figure, unknown = without. */
  councilBudget: KnownSum;
  euCofinancing: KnownSum;
  councilCofinancing: KnownSum;
  otherCofinancing: KnownSum;
  totalBudget: KnownSum;
  /**
   * Pre-financing over all projects (per-year rows, else the stated total). The total adds every
   * known amount; a project counts as unknown when any part of its pre-financing is unknown.
   */
  prefinancing: KnownSum;
  byStatus: Record<ProjectStatus, number>;
};

export function portfolioTotals(projects: readonly Project[], today: string): PortfolioTotals {
  const byStatus: Record<ProjectStatus, number> = { planned: 0, ongoing: 0, completed: 0, unknown: 0 };
  for (const project of projects) byStatus[projectStatus(project.period, today)] += 1;
  const figure = (key: 'councilBudget' | 'euCofinancing' | 'councilCofinancing' | 'otherCofinancing' | 'totalBudget'): KnownSum =>
    sumKnown(projects.map((p) => p.budget[key]));
  return {
    projects: projects.length,
    councilBudget: figure('councilBudget'),
    euCofinancing: figure('euCofinancing'),
    councilCofinancing: figure('councilCofinancing'),
    otherCofinancing: figure('otherCofinancing'),
    totalBudget: figure('totalBudget'),
    prefinancing: perProject(projects.map(projectPrefinancing)),
    byStatus,
  };
}

/** Adds per-project sums, counting projects: known when fully known, unknown otherwise. */
function perProject(sums: readonly KnownSum[]): KnownSum {
  let total: number | null = null;
  let known = 0;
  let unknown = 0;
  for (const sum of sums) {
    if (sum.total !== null) total = (total ?? 0) + sum.total;
    if (sum.unknown > 0 || sum.known === 0) unknown += 1;
    else known += 1;
  }
  return { total, known, unknown };
}
