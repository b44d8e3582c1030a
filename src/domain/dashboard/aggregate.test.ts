// The dashboard's aggregates against figures computed by hand from the five seed projects' pages
// (the table in sample.test.ts), and against small made-up portfolios for unknowns and edge cases.
import { describe, expect, it } from 'vitest';
import { dashboardData } from './aggregate';
import type { DashboardContext } from './figures';
import { samplePortfolio } from '../sample';
import { portfolioTotals } from '../totals';
import { makeOrganisation, makeProject } from '../../test/factories';
import type { Payment, Project } from '../schema';

const orgsById = new Map(samplePortfolio.organisations.map((o) => [o.id, o]));
const seedContext: DashboardContext = { today: '2019-06-01', organisationsById: orgsById, homeOrganisationId: samplePortfolio.homeOrganisationId };
const seeds = dashboardData(samplePortfolio.projects, seedContext);
const eur = (euros: number) => euros * 100;

describe('cards, for the five seed projects', () => {
  const { cards } = seeds;

  it('counts projects by status on a given day', () => {
    expect(cards.projects).toBe(5);
    // 1 June 2019: TTChan (Nov 2018) is over; the other four run.
    expect(cards.byStatus).toEqual({ planned: 0, ongoing: 4, completed: 1, unknown: 0 });
  });

  it('adds budgets and co-financing, counting projects without the figure', () => {
    // TTChan 10 080 + Our Cities Pairing 138 000 + DeCoDe 90 000; SOLID and WIR state none.
    expect(cards.totalBudget).toEqual({ total: eur(238_080), known: 3, unknown: 2 });
    // 4 160 + 14 600 + 10 080 + 90 000; Our Cities Pairing states none.
    expect(cards.councilBudget).toEqual({ total: eur(118_840), known: 4, unknown: 1 });
    // 1 500 + 9 800 + 10 080 + 90 000 = 111 380; Our Cities Pairing has no EU figure.
    expect(cards.euCofinancing).toEqual({ total: eur(111_380), known: 4, unknown: 1 });
    // 2 660 + 4 800 + 0 + 4 673 + 0 = 12 133.
    expect(cards.councilCofinancing).toEqual({ total: eur(12_133), known: 5, unknown: 0 });
    expect(cards.otherCofinancing).toEqual({ total: null, known: 0, unknown: 5 });
  });

  it('gives EU euros per council euro over the projects with both figures', () => {
    // Our Cities Pairing lacks the EU figure: its 4 673 € of council money is left out too.
    expect(cards.euPerCouncilEuro).toMatchObject({ projects: 4, eu: eur(111_380), council: eur(7_460) });
    expect(cards.euPerCouncilEuro.ratio).toBeCloseTo(111_380 / 7_460, 10);
  });

  it('adds pre-financing (per-year rows, else the stated total) and what is still outstanding', () => {
    // SOLID 1 100 + 400, WIR 3 000 + 2 880, TTChan 10 080, DeCoDe 30 000 = 47 460; Our Cities Pairing unknown.
    expect(cards.prefinancing).toEqual({ total: eur(47_460), known: 4, unknown: 1 });
    // No payment is recorded as received: everything pre-financed is still outstanding.
    expect(cards.reimbursed).toEqual({ total: null, known: 0, unknown: 0 });
    expect(cards.outstanding).toEqual({ total: eur(47_460), known: 4, unknown: 1 });
  });

  it('agrees with portfolioTotals on every figure both compute', () => {
    const totals = portfolioTotals(samplePortfolio.projects, '2019-06-01');
    expect(cards.prefinancing).toEqual(totals.prefinancing);
    expect(cards.euCofinancing).toEqual(totals.euCofinancing);
    expect(cards.councilCofinancing).toEqual(totals.councilCofinancing);
    expect(cards.totalBudget).toEqual(totals.totalBudget);
    expect(cards.byStatus).toEqual(totals.byStatus);
  });

  it('counts events and staff mobilities, unknown head counts apart', () => {
    // Hosted: WIR 1, TTChan 1, Our Cities Pairing 5, DeCoDe 2; outgoing: SOLID 5, WIR 8, OCP 3, DeCoDe 3.
    expect(cards.events).toEqual({ total: 28, outgoing: 19, hosted: 9, undated: 17 });
    // Only SOLID lists head counts (3 + 2 + 2 + 6 + 3); 8 + 3 + 3 outgoing events have none.
    expect(cards.staffSent).toEqual({ total: 16, known: 5, unknown: 14 });
    // Planned: SOLID 15, WIR 16; OCP and DeCoDe name the indicator without a number, TTChan has none.
    expect(cards.staffPlanned).toEqual({ total: 31, known: 2, unknown: 3 });
  });
});

describe('chart series, for the five seed projects', () => {
  it('funding composition per project, largest council budget first', () => {
    const rows = seeds.fundingByProject.map((r) => [r.acronym, r.eu, r.council, r.other, r.rest, r.size]);
    expect(rows).toEqual([
      ['DeCoDe', eur(90_000), 0, null, 0, eur(90_000)],
      ['WIR', eur(9_800), eur(4_800), null, 0, eur(14_600)],
      ['TTChan', eur(10_080), 0, null, 0, eur(10_080)],
      // No council budget stated: the known part sizes the bar, and the rest is unknown, not 0.
      ['', null, eur(4_673), null, null, eur(4_673)],
      ['SOLID', eur(1_500), eur(2_660), null, 0, eur(4_160)],
    ]);
    expect(seeds.fundingByProject[3]?.projectId).toBe('sample-our-cities-pairing');
  });

  it('totals by programme and by the council role', () => {
    const byProgramme = seeds.byProgramme.map((g) => [g.key, g.projects, g.eu.total, g.eu.unknown, g.council.total]);
    expect(byProgramme).toEqual([
      ['prog-efc-networks-of-towns', 2, eur(91_500), 0, eur(2_660)],
      ['prog-efc-town-twinning', 1, eur(10_080), 0, 0],
      ['prog-efc', 1, eur(9_800), 0, eur(4_800)],
      ['prog-ttgs', 1, null, 1, eur(4_673)],
    ]);
    const byRole = seeds.byRole.map((g) => [g.key, g.projects, g.eu, g.council.total]);
    expect(byRole).toEqual([
      ['lead', 2, { total: eur(100_080), known: 2, unknown: 0 }, 0],
      ['partner', 3, { total: eur(11_300), known: 2, unknown: 1 }, eur(12_133)],
    ]);
  });

  it('money per calendar year, with money not split by year apart and never spread', () => {
    const rows = seeds.moneyByYear.map((r) => [r.key, r.prefinancing, r.cofinancing]);
    expect(rows).toEqual([
      ['2018', { total: eur(14_180), known: 3, unknown: 0 }, { total: eur(5_590), known: 2, unknown: 0 }],
      ['2019', { total: eur(33_280), known: 3, unknown: 0 }, { total: eur(1_870), known: 2, unknown: 0 }],
      // Our Cities Pairing: no rows, no stated pre-financing; its 4 673 € co-financing has no year.
      // TTChan and DeCoDe state 0 € council co-financing and no rows.
      ['unsplit', { total: null, known: 0, unknown: 1 }, { total: eur(4_673), known: 3, unknown: 0 }],
    ]);
  });

  it('pre-financing exposure over time, with undated reimbursements noted', () => {
    expect(seeds.exposure).toEqual([
      { year: 2018, advanced: { total: eur(14_180), known: 3, unknown: 0 }, received: 0, expected: 0, outstanding: eur(14_180) },
      { year: 2019, advanced: { total: eur(33_280), known: 3, unknown: 0 }, received: 0, expected: 0, outstanding: eur(47_460) },
    ]);
    // Balances due "after completion" with no date: WIR 5 880, TTChan 10 080, DeCoDe 54 000.
    expect(seeds.exposureNotes).toEqual({
      notPlaced: { total: null, known: 0, unknown: 1 },
      expectedUndated: { total: eur(69_960), payments: 3 },
      expectedUnknownAmount: 0,
    });
  });

  it('mobilities per year: outgoing and hosted events, staff sent', () => {
    expect(seeds.mobilities).toEqual([
      // SOLID Mar + Oct (3 + 2 sent), DeCoDe Sep (no head count); hosted: TTChan Nov, DeCoDe May.
      { key: '2018', year: 2018, outgoing: 3, hosted: 2, staffSent: { total: 5, known: 2, unknown: 1 } },
      // SOLID Mar, Jun, Oct (2 + 6 + 3), DeCoDe Feb, May; hosted: DeCoDe Nov.
      { key: '2019', year: 2019, outgoing: 5, hosted: 1, staffSent: { total: 11, known: 3, unknown: 2 } },
      // WIR's nine events and Our Cities Pairing's eight have no dates.
      { key: 'undated', year: null, outgoing: 11, hosted: 6, staffSent: { total: null, known: 0, unknown: 11 } },
    ]);
  });

  it('partner countries: projects per country, the council itself not counted', () => {
    expect(seeds.countries.map((c) => [c.key, c.projects])).toEqual([
      ['DE', 3], ['ES', 3], ['IT', 3], ['PL', 3],
      ['LT', 2], ['RO', 2], ['RS', 2], ['SE', 2],
      ['AT', 1], ['BE', 1], ['BG', 1], ['DK', 1],
      ['other', 6],
    ]);
    expect(seeds.countries.at(-1)?.members).toEqual(['FI', 'GR', 'HU', 'MK', 'SK', 'TR']);
    expect(seeds.partnersWithoutCountry).toBe(0);
  });
});

// ---------------------------------------------------------------- made-up portfolios

const payment = (overrides: Partial<Payment>): Payment => ({
  kind: 'balance',
  sharePercent: null,
  amount: null,
  dueCondition: null,
  expectedDate: null,
  receivedDate: null,
  receivedAmount: null,
  note: '',
  ...overrides,
});

const withBudget = (id: string, budget: Partial<Project['budget']>, overrides: Partial<Project> = {}): Project => {
  const base = makeProject({ id, acronym: id.toUpperCase() });
  return { ...base, ...overrides, budget: { ...base.budget, ...budget } };
};

const context = (overrides: Partial<DashboardContext> = {}): DashboardContext => ({
  today: '2026-01-01',
  organisationsById: new Map([['org-1', makeOrganisation()]]),
  homeOrganisationId: null,
  ...overrides,
});

describe('unknowns and projects without per-year data', () => {
  it('an empty portfolio has no figures, not zeros', () => {
    const data = dashboardData([], context());
    expect(data.cards.euCofinancing).toEqual({ total: null, known: 0, unknown: 0 });
    expect(data.cards.euPerCouncilEuro.ratio).toBeNull();
    expect(data.fundingByProject).toEqual([]);
    expect(data.moneyByYear).toEqual([]);
    expect(data.exposure).toEqual([]);
    expect(data.mobilities).toEqual([]);
  });

  it('a project with nothing known is in the counts but draws no funding bar', () => {
    const data = dashboardData([withBudget('a', {})], context());
    expect(data.cards.councilBudget).toEqual({ total: null, known: 0, unknown: 1 });
    expect(data.fundingByProject).toEqual([]);
    // Its (unknown) pre-financing and co-financing are "not split by year", as unknowns.
    expect(data.moneyByYear).toEqual([
      { key: 'unsplit', year: null, prefinancing: { total: null, known: 0, unknown: 1 }, cofinancing: { total: null, known: 0, unknown: 1 } },
    ]);
    expect(data.cards.outstanding).toEqual({ total: null, known: 0, unknown: 1 });
  });

  it('a stated pre-financing total without rows is counted but not placed in a year', () => {
    const data = dashboardData([withBudget('a', { prefinancingTotal: eur(500) })], context());
    expect(data.cards.prefinancing).toEqual({ total: eur(500), known: 1, unknown: 0 });
    expect(data.moneyByYear[0]?.prefinancing).toEqual({ total: eur(500), known: 1, unknown: 0 });
    expect(data.exposure).toEqual([]);
    expect(data.exposureNotes.notPlaced).toEqual({ total: eur(500), known: 1, unknown: 0 });
  });

  it('an unknown per-year row leaves the year partly unknown and the project unknown', () => {
    const data = dashboardData(
      [withBudget('a', { prefinancingByYear: [{ year: 2020, amount: eur(100) }, { year: 2021, amount: null }] })],
      context(),
    );
    expect(data.cards.prefinancing).toEqual({ total: eur(100), known: 0, unknown: 1 });
    expect(data.moneyByYear.map((r) => [r.key, r.prefinancing])).toEqual([
      ['2020', { total: eur(100), known: 1, unknown: 0 }],
      ['2021', { total: null, known: 0, unknown: 1 }],
      // Co-financing has no rows: the project's (unknown) council co-financing has no year.
      ['unsplit', { total: null, known: 0, unknown: 0 }],
    ]);
    expect(data.cards.outstanding).toEqual({ total: null, known: 0, unknown: 1 });
  });

  it('fills the years between, so a gap shows as a gap', () => {
    const data = dashboardData(
      [withBudget('a', { prefinancingByYear: [{ year: 2018, amount: 1 }, { year: 2021, amount: 2 }], cofinancingByYear: [{ year: 2018, amount: 3 }] })],
      context(),
    );
    expect(data.moneyByYear.map((r) => r.key)).toEqual(['2018', '2019', '2020', '2021']);
    expect(data.moneyByYear[1]?.prefinancing).toEqual({ total: null, known: 0, unknown: 0 });
  });

  it('reimbursements received lower the exposure; expected ones are placed in their year', () => {
    const project = withBudget('a', {
      prefinancingByYear: [{ year: 2020, amount: eur(1_000) }, { year: 2021, amount: eur(500) }],
      payments: [
        payment({ kind: 'advance', amount: eur(400), receivedDate: '2020-01-10', receivedAmount: eur(400) }),
        payment({ kind: 'interim', amount: eur(600), receivedDate: '2021-03-01', receivedAmount: eur(550) }),
        payment({ kind: 'balance', amount: eur(900), expectedDate: '2023-05-01' }),
        payment({ kind: 'balance', amount: null }),
      ],
    });
    const data = dashboardData([project], context());
    // The advance is grant money in, not a reimbursement of pre-financing.
    expect(data.cards.reimbursed).toEqual({ total: eur(550), known: 1, unknown: 0 });
    expect(data.cards.outstanding).toEqual({ total: eur(950), known: 1, unknown: 0 });
    expect(data.exposure.map((r) => [r.year, r.advanced.total, r.received, r.expected, r.outstanding])).toEqual([
      [2020, eur(1_000), 0, 0, eur(1_000)],
      [2021, eur(500), eur(550), 0, eur(950)],
      [2022, null, 0, 0, eur(950)],
      [2023, null, 0, eur(900), eur(950)],
    ]);
    expect(data.exposureNotes.expectedUnknownAmount).toBe(1);
  });

  it('a reimbursement received with no amount known makes the outstanding figure unknown', () => {
    const project = withBudget('a', {
      prefinancingByYear: [{ year: 2020, amount: eur(1_000) }],
      payments: [payment({ kind: 'balance', amount: null, receivedDate: '2021-01-01' })],
    });
    const data = dashboardData([project], context());
    expect(data.cards.reimbursed).toEqual({ total: null, known: 0, unknown: 1 });
    expect(data.cards.outstanding).toEqual({ total: null, known: 0, unknown: 1 });
  });

  it('the unexplained rest is the council budget less the known co-financings', () => {
    const data = dashboardData([withBudget('a', { councilBudget: eur(1_000), euCofinancing: eur(600), otherCofinancing: eur(100) })], context());
    expect(data.fundingByProject[0]).toMatchObject({ eu: eur(600), council: null, other: eur(100), rest: eur(300), size: eur(1_000) });
  });

  it('keeps the top projects, programmes and countries and puts the rest in "other"', () => {
    const orgs = new Map(['DE', 'FR', 'IT', 'PL'].map((c) => [`org-${c}`, makeOrganisation({ id: `org-${c}`, country: c })]));
    const projects = [1, 2, 3, 4].map((n) =>
      withBudget(`p${n}`, { councilBudget: eur(n * 100), euCofinancing: eur(n * 10) }, {
        programmeId: `prog-${n}`,
        partners: [{ organisationId: `org-${['DE', 'FR', 'IT', 'PL'][n - 1]}`, role: 'partner', nameAsWritten: null }, { organisationId: 'org-DE', role: 'lead', nameAsWritten: null }],
      }),
    );
    const data = dashboardData(projects, context({ organisationsById: orgs, limits: { projects: 2, programmes: 2, countries: 2 } }));
    expect(data.fundingByProject.map((r) => [r.projectId, r.projects, r.size, r.eu])).toEqual([
      ['p4', 1, eur(400), eur(40)],
      ['p3', 1, eur(300), eur(30)],
      [null, 2, eur(300), eur(30)],
    ]);
    expect(data.byProgramme.map((g) => [g.key, g.projects, g.eu.total, g.members])).toEqual([
      ['prog-4', 1, eur(40), []],
      ['prog-3', 1, eur(30), []],
      ['other', 2, eur(30), ['prog-2', 'prog-1']],
    ]);
    // DE is in all four projects; each project's country counts once.
    expect(data.countries).toEqual([
      { key: 'DE', members: [], projects: 4 },
      { key: 'FR', members: [], projects: 1 },
      { key: 'other', members: ['IT', 'PL'], projects: 2 },
    ]);
  });
});
