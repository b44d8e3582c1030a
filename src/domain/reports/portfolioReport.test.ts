// The portfolio report's figures: for the five seed projects (the same hand-computed figures as
// the dashboard's tests), and for small made-up portfolios with unknown values.
import { describe, expect, it } from 'vitest';
import { dashboardData } from '../dashboard/aggregate';
import type { DashboardContext } from '../dashboard/figures';
import { samplePortfolio } from '../sample';
import { makeProject } from '../../test/factories';
import { portfolioReport, reportYears } from './portfolioReport';

const orgsById = new Map(samplePortfolio.organisations.map((o) => [o.id, o]));
const context: DashboardContext = { today: '2019-06-01', organisationsById: orgsById, homeOrganisationId: samplePortfolio.homeOrganisationId };
const eur = (euros: number) => euros * 100;
const report = portfolioReport(samplePortfolio.projects, context);

describe('the report of the five seed projects', () => {
  it('carries the dashboard’s figures unchanged', () => {
    expect(report.dashboard).toEqual(dashboardData(samplePortfolio.projects, context));
    expect(report.dashboard.cards.euCofinancing.total).toBe(eur(111_380));
    expect(report.dashboard.cards.councilCofinancing.total).toBe(eur(12_133));
    expect(report.dashboard.cards.prefinancing.total).toBe(eur(47_460));
  });

  it('has a row per year with pre-financing paid, reimbursed and outstanding, and the council’s co-financing', () => {
    expect(report.years.map((row) => row.key)).toEqual(['2018', '2019', 'unsplit']);
    const [y2018, y2019, unsplit] = report.years;
    // 2018: WIR 3 000 + SOLID 1 100 + TTChan 10 080; 2019: WIR 2 880 + SOLID 400 + DeCoDe 30 000.
    expect(y2018).toMatchObject({ prefinancingPaid: { total: eur(14_180), unknown: 0 }, reimbursed: 0, outstanding: eur(14_180) });
    expect(y2019).toMatchObject({ prefinancingPaid: { total: eur(33_280), unknown: 0 }, reimbursed: 0, outstanding: eur(47_460) });
    expect(y2018?.cofinancing.total).toBe(eur(5_590));
    expect(y2019?.cofinancing.total).toBe(eur(1_870));
    // Our Cities Pairing states no pre-financing: unknown, not 0; its 4 673 € is not split by year.
    expect(unsplit).toMatchObject({ year: null, prefinancingPaid: { total: null, unknown: 1 }, reimbursed: null, outstanding: null, cofinancing: { total: eur(4_673) } });
  });

  it('splits by year exactly the money the cards add up (the unknown aside)', () => {
    const paid = report.years.reduce((sum, row) => sum + (row.prefinancingPaid.total ?? 0), 0);
    const cofinancing = report.years.reduce((sum, row) => sum + (row.cofinancing.total ?? 0), 0);
    expect(paid).toBe(report.dashboard.cards.prefinancing.total);
    expect(cofinancing).toBe(report.dashboard.cards.councilCofinancing.total);
  });

  it('has a row per project, by start date, with unknown figures null', () => {
    expect(report.projects.map((row) => row.projectId)).toEqual(['sample-wir', 'sample-solid', 'sample-decode', 'sample-ttchan', 'sample-our-cities-pairing']);
    const ocp = report.projects[4];
    expect(ocp).toMatchObject({ eu: null, councilBudget: null, prefinancing: null, outstanding: null, council: eur(4_673), totalBudget: eur(138_000) });
    expect(report.projects[0]).toMatchObject({ acronym: 'WIR', role: 'partner', eu: eur(9_800), council: eur(4_800), prefinancing: eur(5_880), outstanding: eur(5_880) });
    expect(report.projects[3]).toMatchObject({ acronym: 'TTChan', status: 'completed' });
  });

  it('counts the projects that do not state a figure', () => {
    expect(report.missing).toEqual({ totalBudget: 2, eu: 1, council: 0, prefinancing: 1, outstanding: 1 });
  });

  it('projects’ known figures add up to the cards', () => {
    const add = (pick: (row: (typeof report.projects)[number]) => number | null) => report.projects.reduce((sum, row) => sum + (pick(row) ?? 0), 0);
    expect(add((row) => row.eu)).toBe(report.dashboard.cards.euCofinancing.total);
    expect(add((row) => row.council)).toBe(report.dashboard.cards.councilCofinancing.total);
    expect(add((row) => row.prefinancing)).toBe(report.dashboard.cards.prefinancing.total);
  });
});

describe('unknown values', () => {
  it('counts projects without council co-financing instead of adding 0', () => {
    const withCouncil = (id: string, amount: number | null) => {
      const project = makeProject({ id, acronym: id.toUpperCase() });
      return { ...project, budget: { ...project.budget, councilCofinancing: amount } };
    };
    const projects = [withCouncil('a', eur(1_000)), withCouncil('b', null), withCouncil('c', null)];
    const small = portfolioReport(projects, context);
    expect(small.missing.council).toBe(2);
    expect(small.dashboard.cards.councilCofinancing).toEqual({ total: eur(1_000), known: 1, unknown: 2 });
    expect(small.projects.find((row) => row.projectId === 'b')?.council).toBeNull();
  });

  it('an empty scope has no years and no projects', () => {
    const empty = portfolioReport([], context);
    expect(empty.years).toEqual([]);
    expect(empty.projects).toEqual([]);
    expect(empty.missing).toEqual({ totalBudget: 0, eu: 0, council: 0, prefinancing: 0, outstanding: 0 });
  });

  it('a year with only reimbursements has a row with no pre-financing paid', () => {
    const data = dashboardData([], context);
    data.exposure = [{ year: 2021, advanced: { total: null, known: 0, unknown: 0 }, received: eur(500), expected: 0, outstanding: 0 }];
    expect(reportYears(data)).toEqual([
      { key: '2021', year: 2021, prefinancingPaid: { total: null, known: 0, unknown: 0 }, reimbursed: eur(500), outstanding: 0, cofinancing: { total: null, known: 0, unknown: 0 } },
    ]);
  });
});
