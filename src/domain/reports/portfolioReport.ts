// The printable portfolio budget report: the dashboard's figures for a scope, a table by year
// (pre-financing paid and reimbursed, the council's co-financing) and a row per project.
//
// Nothing is computed here that the dashboard already computes: the portfolio's figures are
// dashboardData's, the years table joins its money-by-year and exposure rows, and each project's
// row is dashboardData over that one project, so a project's figures follow exactly the rules
// of the totals above them. Unknown values stay null and are counted, never taken as 0.
import { dashboardData } from '../dashboard/aggregate';
import type { DashboardContext, DashboardData } from '../dashboard/figures';
import type { KnownSum } from '../money';
import type { ProjectOverview } from '../overview';
import type { CouncilRole } from '../schema';
import { projectStatus, type ProjectStatus } from '../status';

/** One row of the years table; year null: money not split by year. */
export type ReportYearRow = {
  key: string;
  year: number | null;
  /** Pre-financing the council paid out that year (per-year rows, or the unsplit totals). */
  prefinancingPaid: KnownSum;
  /** Reimbursements received that year (null for the unsplit row: received money always has a year or none). */
  reimbursed: number | null;
  /** Pre-financing not yet back at the end of the year (null for the unsplit row). */
  outstanding: number | null;
  /** The council's co-financing that year. */
  cofinancing: KnownSum;
};

/** One project's row: null is a figure the project does not state. */
export type ReportProjectRow = {
  projectId: string;
  acronym: string;
  title: { lv: string; en: string };
  role: CouncilRole;
  programmeId: string | null;
  status: ProjectStatus;
  start: string | null;
  end: string | null;
  totalBudget: number | null;
  councilBudget: number | null;
  eu: number | null;
  council: number | null;
  prefinancing: number | null;
  reimbursed: number | null;
  outstanding: number | null;
};

/** How many projects in scope do not state a figure (each said in words under the tables). */
export type ReportMissing = {
  totalBudget: number;
  eu: number;
  council: number;
  prefinancing: number;
  outstanding: number;
};

export type PortfolioReport = {
  dashboard: DashboardData;
  years: ReportYearRow[];
  projects: ReportProjectRow[];
  /** The projects' column totals equal the cards': the cards are repeated here for the table's foot. */
  missing: ReportMissing;
};

const known = (sum: KnownSum): number | null => (sum.unknown > 0 ? null : sum.total);

/** The year rows: every year with pre-financing, reimbursements or co-financing, then the unsplit money. */
export function reportYears(data: DashboardData): ReportYearRow[] {
  const exposure = new Map(data.exposure.map((row) => [row.year, row]));
  const money = new Map(data.moneyByYear.map((row) => [row.year, row]));
  const years = new Set<number>();
  for (const row of data.exposure) years.add(row.year);
  for (const row of data.moneyByYear) if (row.year !== null) years.add(row.year);
  const none: KnownSum = { total: null, known: 0, unknown: 0 };
  const rows: ReportYearRow[] = [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const m = money.get(year);
      const e = exposure.get(year);
      return {
        key: String(year),
        year,
        prefinancingPaid: m?.prefinancing ?? none,
        reimbursed: e ? e.received : null,
        outstanding: e ? e.outstanding : null,
        cofinancing: m?.cofinancing ?? none,
      };
    });
  const unsplit = money.get(null);
  if (unsplit) rows.push({ key: 'unsplit', year: null, prefinancingPaid: unsplit.prefinancing, reimbursed: null, outstanding: null, cofinancing: unsplit.cofinancing });
  return rows;
}

/** A project's row: its figures as the dashboard computes them for a portfolio of one. */
export function reportProjectRow(project: ProjectOverview, context: DashboardContext): ReportProjectRow {
  const { cards } = dashboardData([project], context);
  return {
    projectId: project.id,
    acronym: project.acronym,
    title: project.title,
    role: project.councilRole,
    programmeId: project.programmeId,
    status: projectStatus(project.period, context.today),
    start: project.period.start,
    end: project.period.end,
    totalBudget: project.budget.totalBudget,
    councilBudget: project.budget.councilBudget,
    eu: project.budget.euCofinancing,
    council: project.budget.councilCofinancing,
    prefinancing: known(cards.prefinancing),
    reimbursed: cards.reimbursed.known + cards.reimbursed.unknown === 0 ? 0 : known(cards.reimbursed),
    outstanding: known(cards.outstanding),
  };
}

/** Projects by start date (undated last), then acronym: the order a manager reads a portfolio in. */
function byStart(a: ProjectOverview, b: ProjectOverview): number {
  const sa = a.period.start ?? '9999';
  const sb = b.period.start ?? '9999';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.acronym.localeCompare(b.acronym) || a.id.localeCompare(b.id);
}

/** The whole report for these projects (already narrowed to the scope). */
export function portfolioReport(projects: readonly ProjectOverview[], context: DashboardContext): PortfolioReport {
  const dashboard = dashboardData(projects, context);
  const { cards } = dashboard;
  return {
    dashboard,
    years: reportYears(dashboard),
    projects: [...projects].sort(byStart).map((project) => reportProjectRow(project, context)),
    missing: {
      totalBudget: cards.totalBudget.unknown,
      eu: cards.euCofinancing.unknown,
      council: cards.councilCofinancing.unknown,
      prefinancing: cards.prefinancing.unknown,
      outstanding: cards.outstanding.unknown,
    },
  };
}
