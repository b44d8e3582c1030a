// The dashboard bench's yardstick (scripts/bench/dashboard.mjs): the same walk over the projects
// as dashboardData, with none of its bookkeeping.
import type { DashboardContext } from '../../src/domain/dashboard/figures';
import type { ProjectOverview } from '../../src/domain/overview';
import { projectStatus } from '../../src/domain/status';

export type BaselineFigures = {
  projects: number;
  eu: number;
  council: number;
  prefinancing: number;
  events: number;
  staffSent: number;
  staffPlanned: number;
  countryPairs: number;
  years: number;
};

/**
 * The bench's yardstick: a plain loop over the same arrays (budgets, per-year rows, payments,
 * events, results, partners), with the same Map lookups, adding plain numbers: no unknown-counting, no
 * rows, no sorting. `dashboardData` should cost no more than 1.3× this.
 */
export function plainLoopBaseline(projects: readonly ProjectOverview[], context: DashboardContext): BaselineFigures {
  const { organisationsById, homeOrganisationId, today } = context;
  const out: BaselineFigures = { projects: 0, eu: 0, council: 0, prefinancing: 0, events: 0, staffSent: 0, staffPlanned: 0, countryPairs: 0, years: 0 };
  const byYear = new Map<number, number>();
  const byProgramme = new Map<string, number>();
  const byCountry = new Map<string, number>();
  const statuses = new Map<string, number>();
  const seen = new Set<string>();
  for (const project of projects) {
    const b = project.budget;
    out.projects += 1;
    const status = projectStatus(project.period, today);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    out.eu += b.euCofinancing ?? 0;
    out.council += b.councilCofinancing ?? 0;
    const programme = project.programmeId ?? 'none';
    byProgramme.set(programme, (byProgramme.get(programme) ?? 0) + (b.euCofinancing ?? 0));
    if (b.prefinancingByYear.length === 0) out.prefinancing += b.prefinancingTotal ?? 0;
    for (const row of b.prefinancingByYear) {
      out.prefinancing += row.amount ?? 0;
      byYear.set(row.year, (byYear.get(row.year) ?? 0) + (row.amount ?? 0));
    }
    for (const row of b.cofinancingByYear) byYear.set(row.year, (byYear.get(row.year) ?? 0) + (row.amount ?? 0));
    for (const payment of b.payments) {
      if (payment.expectedDate !== null) {
        const year = Number(payment.expectedDate.slice(0, 4));
        byYear.set(year, (byYear.get(year) ?? 0) + (payment.amount ?? 0));
      }
    }
    for (const event of project.events) {
      out.events += 1;
      if (event.direction === 'outgoing') out.staffSent += event.representatives ?? 0;
      if (event.date.precision !== 'unknown') {
        const year = Number((event.date.precision === 'month' ? event.date.month : event.date.start).slice(0, 4));
        byYear.set(year, (byYear.get(year) ?? 0) + 1);
      }
    }
    for (const result of project.results) {
      if (result.indicator?.kind === 'staff-mobilities') {
        out.staffPlanned += result.indicator.target ?? 0;
        break;
      }
    }
    seen.clear();
    for (const partner of project.partners) {
      if (partner.organisationId === homeOrganisationId) continue;
      const country = organisationsById.get(partner.organisationId)?.country;
      if (country) seen.add(country);
    }
    for (const country of seen) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
  }
  for (const n of byCountry.values()) out.countryPairs += n;
  out.years = byYear.size;
  return out;
}
