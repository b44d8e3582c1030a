// The dashboard's figures and chart series, computed in one pass over the projects. Chart
// components only draw what these functions return; the same rows feed each chart, its
// "show as table" view and its CSV download, so all three always agree.
//
// Unknown amounts are never counted as 0: every money figure is a KnownSum that says how many
// projects (or rows, events, payments) lacked the value.
import type { CouncilRole, Organisation } from './schema';
import type { ProjectOverview } from './overview';
import type { KnownSum } from './money';
import { activeYears, projectStatus, type ProjectStatus } from './status';
import { defaultListQuery, parseListQuery, serializeListQuery, type ProjectListQuery } from './projectQuery';

// ---------------------------------------------------------------- scope (URL parameters)

/** Which projects the dashboard looks at: the projects list's own filters, minus search and country. */
export type DashboardScope = Pick<ProjectListQuery, 'status' | 'role' | 'programmeId' | 'year'>;

export const fullScope: DashboardScope = { status: [], role: [], programmeId: [], year: null };

/**
 * Reads the scope from the URL. The parameter names are the projects list's (status, role,
 * programme, year), so a scope opens the same projects in the list.
 */
export function parseDashboardScope(params: URLSearchParams): DashboardScope {
  const { status, role, programmeId, year } = parseListQuery(params);
  return { status, role, programmeId, year };
}

/** The projects list's filters that narrow it to this scope, plus `narrow` (which wins). */
export function listParams(scope: DashboardScope, narrow: Partial<Pick<ProjectListQuery, 'status' | 'role' | 'programmeId' | 'year' | 'country'>> = {}): URLSearchParams {
  return serializeListQuery({ ...defaultListQuery, ...scope, ...narrow });
}

export function serializeDashboardScope(scope: DashboardScope): URLSearchParams {
  return listParams(scope);
}

export function isFullScope(scope: DashboardScope): boolean {
  return scope.status.length + scope.role.length + scope.programmeId.length === 0 && scope.year === null;
}

/** The projects in scope, with the list's filter rules (see queryProjects). */
export function projectsInScope<P extends ProjectOverview>(projects: readonly P[], scope: DashboardScope, today: string): P[] {
  if (isFullScope(scope)) return [...projects];
  const statuses = new Set(scope.status);
  const roles = new Set(scope.role);
  const programmes = new Set(scope.programmeId);
  return projects.filter((project) => {
    if (roles.size > 0 && !roles.has(project.councilRole)) return false;
    if (programmes.size > 0 && (project.programmeId === null || !programmes.has(project.programmeId))) return false;
    if (statuses.size > 0 && !statuses.has(projectStatus(project.period, today))) return false;
    if (scope.year !== null && !activeYears(project.period).includes(scope.year)) return false;
    return true;
  });
}

// ---------------------------------------------------------------- result types

export type DashboardCards = {
  projects: number;
  byStatus: Record<ProjectStatus, number>;
  /** Per project: known = projects with the figure, unknown = projects without it. */
  totalBudget: KnownSum;
  councilBudget: KnownSum;
  euCofinancing: KnownSum;
  councilCofinancing: KnownSum;
  otherCofinancing: KnownSum;
  /**
   * EU euros per council euro, over the projects where both EU and council co-financing are
   * known (a project missing either would skew the ratio); null when the council put in nothing.
   */
  euPerCouncilEuro: { ratio: number | null; projects: number; eu: number; council: number };
  /** Pre-financing (per-year rows, else the stated total), counted per project as portfolioTotals does. */
  prefinancing: KnownSum;
  /** Reimbursements (interim and balance payments) recorded as received. */
  reimbursed: KnownSum;
  /** Pre-financing not yet reimbursed, over the projects whose pre-financing is known. */
  outstanding: KnownSum;
  events: { total: number; outgoing: number; hosted: number; undated: number };
  /** Council staff sent to outgoing events; unknown = outgoing events without a head count. */
  staffSent: KnownSum;
  /** Planned staff mobilities; unknown = projects without a planned figure. */
  staffPlanned: KnownSum;
};

/** One bar of "funding composition per project": the council's budget split into its parts. */
export type FundingRow = {
  /** null for the "other projects" bucket. */
  projectId: string | null;
  acronym: string;
  title: { lv: string; en: string };
  /** How many projects the row stands for (1, or the bucket's size). */
  projects: number;
  eu: number | null;
  council: number | null;
  other: number | null;
  /** The council's budget not explained by the three co-financings; null when the budget is unknown. */
  rest: number | null;
  /** The council's budget, or the sum of the known parts when the budget is unknown. */
  size: number;
};

/** Totals of a group of projects (a programme or a council role). */
export type GroupRow = {
  /** Programme id, council role, 'none' (no programme) or 'other' (the bucket). */
  key: string;
  /** For the 'other' bucket: the programme ids it holds. */
  members: string[];
  projects: number;
  eu: KnownSum;
  council: KnownSum;
  other: KnownSum;
};

export type YearMoneyRow = {
  /** '2018', or 'unsplit' for money not split by year. */
  key: string;
  year: number | null;
  prefinancing: KnownSum;
  cofinancing: KnownSum;
};

export type ExposureRow = {
  year: number;
  /** Pre-financing paid out that year (per-year rows). */
  advanced: KnownSum;
  /** Reimbursements received that year. */
  received: number;
  /** Reimbursements expected that year (not yet received, with a known date). */
  expected: number;
  /** Cumulative: advanced so far minus received so far. */
  outstanding: number;
};

export type ExposureNotes = {
  /** Pre-financing stated only as a total (no per-year rows): cannot be placed in time. */
  notPlaced: KnownSum;
  /** Reimbursements still to come whose date is not known. */
  expectedUndated: { total: number; payments: number };
  /** Reimbursements still to come whose amount is not known. */
  expectedUnknownAmount: number;
};

export type MobilityRow = {
  /** '2018', or 'undated'. */
  key: string;
  year: number | null;
  outgoing: number;
  hosted: number;
  /** Staff sent to that year's outgoing events. */
  staffSent: KnownSum;
};

export type CountryRow = {
  /** ISO code, or 'other' for the bucket. */
  key: string;
  /** For the 'other' bucket: the countries it holds. */
  members: string[];
  /** Projects with at least one partner organisation in the country (the council itself not counted). */
  projects: number;
};

export type DashboardData = {
  cards: DashboardCards;
  fundingByProject: FundingRow[];
  byProgramme: GroupRow[];
  byRole: GroupRow[];
  moneyByYear: YearMoneyRow[];
  exposure: ExposureRow[];
  exposureNotes: ExposureNotes;
  mobilities: MobilityRow[];
  countries: CountryRow[];
  /** Partner organisations whose country is not known (not in the countries chart). */
  partnersWithoutCountry: number;
};

export type DashboardContext = {
  today: string;
  organisationsById: ReadonlyMap<string, Organisation>;
  /** The council: its own organisation is not a partner country. */
  homeOrganisationId: string | null;
  /** How many bars a chart keeps before the rest go into "other". */
  limits?: Partial<DashboardLimits>;
};

export type DashboardLimits = { projects: number; programmes: number; countries: number };
export const defaultLimits: DashboardLimits = { projects: 12, programmes: 8, countries: 12 };

// ---------------------------------------------------------------- accumulators

type Acc = { total: number; known: number; unknown: number };
const acc = (): Acc => ({ total: 0, known: 0, unknown: 0 });
function add(a: Acc, value: number | null): void {
  if (value === null) a.unknown += 1;
  else {
    a.total += value;
    a.known += 1;
  }
}
const done = (a: Acc): KnownSum => ({ total: a.known > 0 ? a.total : null, known: a.known, unknown: a.unknown });

type GroupAcc = { projects: number; eu: Acc; council: Acc; other: Acc };
const groupAcc = (): GroupAcc => ({ projects: 0, eu: acc(), council: acc(), other: acc() });

function addToGroup(g: GroupAcc, project: ProjectOverview): void {
  g.projects += 1;
  add(g.eu, project.budget.euCofinancing);
  add(g.council, project.budget.councilCofinancing);
  add(g.other, project.budget.otherCofinancing);
}

const isReimbursement = (kind: string) => kind === 'interim' || kind === 'balance';

// ---------------------------------------------------------------- the aggregation

/** Everything the dashboard shows, for these projects (already narrowed to the scope). */
export function dashboardData(projects: readonly ProjectOverview[], context: DashboardContext): DashboardData {
  const { today, organisationsById, homeOrganisationId } = context;
  const limits: DashboardLimits = { ...defaultLimits, ...context.limits };

  const byStatus: Record<ProjectStatus, number> = { planned: 0, ongoing: 0, completed: 0, unknown: 0 };
  const totalBudget = acc();
  const councilBudget = acc();
  const eu = acc();
  const council = acc();
  const other = acc();
  const ratio = { projects: 0, eu: 0, council: 0 };
  const prefinancing = acc();
  // A project with some pre-financing rows unknown counts as unknown, but its known rows still add.
  let prefinancingAny = false;
  const reimbursed = acc();
  const outstanding = acc();
  const events = { total: 0, outgoing: 0, hosted: 0, undated: 0 };
  const staffSent = acc();
  const staffPlanned = acc();

  const fundingTop: FundingRow[] = [];
  const fundingAll = { eu: acc(), council: acc(), other: acc(), rest: acc(), size: 0 };
  let fundingCount = 0;
  const programmes = new Map<string, GroupAcc>();
  const roles = new Map<CouncilRole, GroupAcc>([['lead', groupAcc()], ['partner', groupAcc()]]);
  const prefByYear = new Map<number, Acc>();
  const cofByYear = new Map<number, Acc>();
  const unsplitPref = acc();
  const unsplitCof = acc();
  const receivedByYear = new Map<number, number>();
  const expectedByYear = new Map<number, number>();
  const expectedUndated = { total: 0, payments: 0 };
  let expectedUnknownAmount = 0;
  const mobilityByYear = new Map<number, { outgoing: number; hosted: number; staff: Acc }>();
  const undatedMobility = { outgoing: 0, hosted: 0, staff: acc() };
  const countryProjects = new Map<string, number>();
  let partnersWithoutCountry = 0;
  const projectCountries = new Set<string>();

  for (const project of projects) {
    const { budget } = project;
    byStatus[projectStatus(project.period, today)] += 1;
    add(totalBudget, budget.totalBudget);
    add(councilBudget, budget.councilBudget);
    add(eu, budget.euCofinancing);
    add(council, budget.councilCofinancing);
    add(other, budget.otherCofinancing);
    if (budget.euCofinancing !== null && budget.councilCofinancing !== null) {
      ratio.projects += 1;
      ratio.eu += budget.euCofinancing;
      ratio.council += budget.councilCofinancing;
    }

    // Funding composition per project.
    const known = (budget.euCofinancing ?? 0) + (budget.councilCofinancing ?? 0) + (budget.otherCofinancing ?? 0);
    const anyPart = budget.euCofinancing !== null || budget.councilCofinancing !== null || budget.otherCofinancing !== null;
    if (budget.councilBudget !== null || anyPart) {
      const size = budget.councilBudget ?? known;
      const rest = budget.councilBudget === null ? null : Math.max(0, budget.councilBudget - known);
      fundingCount += 1;
      add(fundingAll.eu, budget.euCofinancing);
      add(fundingAll.council, budget.councilCofinancing);
      add(fundingAll.other, budget.otherCofinancing);
      add(fundingAll.rest, rest);
      fundingAll.size += size;
      // Keep only the largest few as rows (no sort of the whole portfolio): most projects are
      // smaller than the smallest kept one and cost one comparison.
      const last = fundingTop[fundingTop.length - 1];
      if (fundingTop.length < limits.projects || (last !== undefined && fundingOrder(size, project.acronym, project.id, last) < 0)) {
        const row: FundingRow = {
          projectId: project.id,
          acronym: project.acronym,
          title: project.title,
          projects: 1,
          eu: budget.euCofinancing,
          council: budget.councilCofinancing,
          other: budget.otherCofinancing,
          rest,
          size,
        };
        let at = fundingTop.length;
        while (at > 0 && fundingOrder(size, row.acronym, row.projectId ?? '', fundingTop[at - 1] as FundingRow) < 0) at -= 1;
        fundingTop.splice(at, 0, row);
        if (fundingTop.length > limits.projects) fundingTop.pop();
      }
    }

    // By programme and by role.
    const programmeKey = project.programmeId ?? 'none';
    let group = programmes.get(programmeKey);
    if (group === undefined) {
      group = groupAcc();
      programmes.set(programmeKey, group);
    }
    const role = roles.get(project.councilRole) ?? groupAcc();
    addToGroup(group, project);
    addToGroup(role, project);

    // Money per year; pre-financing as one value per project (rows, else the stated total).
    let projectPref = 0;
    let projectPrefKnown = budget.prefinancingByYear.length > 0;
    if (budget.prefinancingByYear.length > 0) {
      let anyKnown = false;
      for (const row of budget.prefinancingByYear) {
        let a = prefByYear.get(row.year);
        if (a === undefined) {
          a = acc();
          prefByYear.set(row.year, a);
        }
        add(a, row.amount);
        if (row.amount === null) projectPrefKnown = false;
        else {
          projectPref += row.amount;
          anyKnown = true;
        }
      }
      if (anyKnown) {
        prefinancing.total += projectPref;
        prefinancingAny = true;
      }
      if (projectPrefKnown) prefinancing.known += 1;
      else prefinancing.unknown += 1;
    } else {
      add(unsplitPref, budget.prefinancingTotal);
      add(prefinancing, budget.prefinancingTotal);
      if (budget.prefinancingTotal !== null) prefinancingAny = true;
      projectPrefKnown = budget.prefinancingTotal !== null;
      projectPref = budget.prefinancingTotal ?? 0;
    }
    if (budget.cofinancingByYear.length > 0) {
      for (const row of budget.cofinancingByYear) {
        let a = cofByYear.get(row.year);
        if (a === undefined) {
          a = acc();
          cofByYear.set(row.year, a);
        }
        add(a, row.amount);
      }
    } else {
      add(unsplitCof, budget.councilCofinancing);
    }

    // Reimbursements: received, expected with a date, expected without one.
    let projectReceived = 0;
    let receivedUnknown = false;
    for (const payment of budget.payments) {
      if (!isReimbursement(payment.kind)) continue;
      const wasReceived = payment.receivedAmount !== null || payment.receivedDate !== null;
      if (wasReceived) {
        const amount = payment.receivedAmount ?? payment.amount;
        add(reimbursed, amount);
        if (amount === null) receivedUnknown = true;
        else {
          projectReceived += amount;
          if (payment.receivedDate !== null) {
            const year = Number(payment.receivedDate.slice(0, 4));
            receivedByYear.set(year, (receivedByYear.get(year) ?? 0) + amount);
          }
        }
      } else if (payment.amount === null) {
        expectedUnknownAmount += 1;
      } else if (payment.expectedDate !== null) {
        const year = Number(payment.expectedDate.slice(0, 4));
        expectedByYear.set(year, (expectedByYear.get(year) ?? 0) + payment.amount);
      } else {
        expectedUndated.total += payment.amount;
        expectedUndated.payments += 1;
      }
    }
    add(outstanding, projectPrefKnown && !receivedUnknown ? Math.max(0, projectPref - projectReceived) : null);

    // Events and mobilities.
    for (const event of project.events) {
      events.total += 1;
      const outgoing = event.direction === 'outgoing';
      if (outgoing) {
        events.outgoing += 1;
        add(staffSent, event.representatives);
      } else events.hosted += 1;
      let bucket = undatedMobility;
      if (event.date.precision === 'unknown') events.undated += 1;
      else {
        const year = Number((event.date.precision === 'month' ? event.date.month : event.date.start).slice(0, 4));
        let found = mobilityByYear.get(year);
        if (found === undefined) {
          found = { outgoing: 0, hosted: 0, staff: acc() };
          mobilityByYear.set(year, found);
        }
        bucket = found;
      }
      if (outgoing) {
        bucket.outgoing += 1;
        add(bucket.staff, event.representatives);
      } else bucket.hosted += 1;
    }
    let planned: number | null = null;
    for (const result of project.results) {
      if (result.indicator?.kind === 'staff-mobilities') {
        planned = result.indicator.target;
        break;
      }
    }
    add(staffPlanned, planned);

    // Partner countries: each country once per project.
    projectCountries.clear();
    for (const partner of project.partners) {
      if (partner.organisationId === homeOrganisationId) continue;
      const country = organisationsById.get(partner.organisationId)?.country ?? null;
      if (country === null) partnersWithoutCountry += 1;
      else projectCountries.add(country);
    }
    for (const country of projectCountries) countryProjects.set(country, (countryProjects.get(country) ?? 0) + 1);
  }

  return {
    cards: {
      projects: projects.length,
      byStatus,
      totalBudget: done(totalBudget),
      councilBudget: done(councilBudget),
      euCofinancing: done(eu),
      councilCofinancing: done(council),
      otherCofinancing: done(other),
      euPerCouncilEuro: { ratio: ratio.council > 0 ? ratio.eu / ratio.council : null, ...ratio },
      prefinancing: { total: prefinancingAny ? prefinancing.total : null, known: prefinancing.known, unknown: prefinancing.unknown },
      reimbursed: done(reimbursed),
      outstanding: done(outstanding),
      events,
      staffSent: done(staffSent),
      staffPlanned: done(staffPlanned),
    },
    fundingByProject: withOtherProjects(fundingTop, fundingAll, fundingCount),
    byProgramme: topGroups(programmes, limits.programmes),
    byRole: [...roles].filter(([, g]) => g.projects > 0).map(([key, g]) => groupRow(key, [], g)),
    moneyByYear: moneyByYear(prefByYear, cofByYear, unsplitPref, unsplitCof),
    exposure: exposureRows(prefByYear, receivedByYear, expectedByYear),
    exposureNotes: { notPlaced: done(unsplitPref), expectedUndated, expectedUnknownAmount },
    mobilities: mobilityRows(mobilityByYear, undatedMobility),
    countries: topCountries(countryProjects, limits.countries),
    partnersWithoutCountry,
  };
}

// ---------------------------------------------------------------- shaping the series

/** Negative when a project of this size, acronym and id comes before `row`: largest first, ties by acronym then id. */
function fundingOrder(size: number, acronym: string, id: string, row: FundingRow): number {
  if (size !== row.size) return row.size - size;
  if (acronym !== row.acronym) return acronym < row.acronym ? -1 : 1;
  const other = row.projectId ?? '';
  return id === other ? 0 : id < other ? -1 : 1;
}

/** The kept rows, and one "other projects" row for everything else (all minus the kept). */
function withOtherProjects(top: FundingRow[], all: { eu: Acc; council: Acc; other: Acc; rest: Acc; size: number }, count: number): FundingRow[] {
  if (count <= top.length) return top;
  const minus = (a: Acc, key: 'eu' | 'council' | 'other' | 'rest'): number | null => {
    const rest = acc();
    rest.total = a.total;
    rest.known = a.known;
    for (const row of top) {
      const value = row[key];
      if (value !== null) {
        rest.total -= value;
        rest.known -= 1;
      }
    }
    return done(rest).total;
  };
  return [
    ...top,
    {
      projectId: null,
      acronym: '',
      title: { lv: '', en: '' },
      projects: count - top.length,
      eu: minus(all.eu, 'eu'),
      council: minus(all.council, 'council'),
      other: minus(all.other, 'other'),
      rest: minus(all.rest, 'rest'),
      size: top.reduce((s, row) => s - row.size, all.size),
    },
  ];
}

function groupRow(key: string, members: string[], g: GroupAcc): GroupRow {
  return { key, members, projects: g.projects, eu: done(g.eu), council: done(g.council), other: done(g.other) };
}

/** Programmes by EU co-financing (then projects); beyond `limit`, one "other" row. */
function topGroups(groups: Map<string, GroupAcc>, limit: number): GroupRow[] {
  const rows = [...groups].map(([key, g]) => groupRow(key, [], g));
  rows.sort((a, b) => (b.eu.total ?? 0) - (a.eu.total ?? 0) || b.projects - a.projects || (a.key < b.key ? -1 : 1));
  if (rows.length <= limit) return rows;
  const rest = groupAcc();
  const members: string[] = [];
  for (const row of rows.slice(limit)) {
    members.push(row.key);
    rest.projects += row.projects;
    for (const part of ['eu', 'council', 'other'] as const) {
      rest[part].total += row[part].total ?? 0;
      rest[part].known += row[part].known;
      rest[part].unknown += row[part].unknown;
    }
  }
  return [...rows.slice(0, limit), groupRow('other', members, rest)];
}

/** Consecutive years from the first to the last (gaps filled when the span is sane). */
function yearSpan(...maps: ReadonlyMap<number, unknown>[]): number[] {
  const years = new Set<number>();
  for (const map of maps) for (const year of map.keys()) years.add(year);
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || last - first > 60) return sorted;
  const all: number[] = [];
  for (let y = first; y <= last; y += 1) all.push(y);
  return all;
}

function moneyByYear(pref: Map<number, Acc>, cof: Map<number, Acc>, unsplitPref: Acc, unsplitCof: Acc): YearMoneyRow[] {
  const rows: YearMoneyRow[] = yearSpan(pref, cof).map((year) => ({
    key: String(year),
    year,
    prefinancing: done(pref.get(year) ?? acc()),
    cofinancing: done(cof.get(year) ?? acc()),
  }));
  if (unsplitPref.known + unsplitPref.unknown + unsplitCof.known + unsplitCof.unknown > 0) {
    rows.push({ key: 'unsplit', year: null, prefinancing: done(unsplitPref), cofinancing: done(unsplitCof) });
  }
  return rows;
}

function exposureRows(pref: Map<number, Acc>, received: Map<number, number>, expected: Map<number, number>): ExposureRow[] {
  let outstanding = 0;
  return yearSpan(pref, received, expected).map((year) => {
    const advanced = done(pref.get(year) ?? acc());
    const got = received.get(year) ?? 0;
    outstanding += (advanced.total ?? 0) - got;
    return { year, advanced, received: got, expected: expected.get(year) ?? 0, outstanding };
  });
}

function mobilityRows(
  byYear: Map<number, { outgoing: number; hosted: number; staff: Acc }>,
  undated: { outgoing: number; hosted: number; staff: Acc },
): MobilityRow[] {
  const rows: MobilityRow[] = yearSpan(byYear).map((year) => {
    const found = byYear.get(year) ?? { outgoing: 0, hosted: 0, staff: acc() };
    return { key: String(year), year, outgoing: found.outgoing, hosted: found.hosted, staffSent: done(found.staff) };
  });
  if (undated.outgoing + undated.hosted > 0) {
    rows.push({ key: 'undated', year: null, outgoing: undated.outgoing, hosted: undated.hosted, staffSent: done(undated.staff) });
  }
  return rows;
}

function topCountries(counts: Map<string, number>, limit: number): CountryRow[] {
  const rows = [...counts].map(([key, projects]): CountryRow => ({ key, members: [], projects }));
  rows.sort((a, b) => b.projects - a.projects || (a.key < b.key ? -1 : 1));
  if (rows.length <= limit) return rows;
  const rest = rows.slice(limit);
  // A project may have partners in several of these countries: the bucket adds country counts
  // (project–country pairs), which the table says.
  return [...rows.slice(0, limit), { key: 'other', members: rest.map((r) => r.key), projects: rest.reduce((s, r) => s + r.projects, 0) }];
}

// ---------------------------------------------------------------- the bench's baseline

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

// ---------------------------------------------------------------- CSV

/**
 * RFC 4180 text: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote
 * or line break. Unknown values (null) are empty cells, never 0. Numbers are written as they
 * are (a spreadsheet reads them as numbers); callers pass money as euros, not cents.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          if (cell === null) return '';
          const text = String(cell);
          // A leading = + - @ would make a spreadsheet run the cell as a formula.
          const safe = typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
          return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
        })
        .join(','),
    )
    .join('\r\n');
}

/** Cents → euros for CSV cells (11138000 → 111380); unknown stays null. */
export function centsToEuros(cents: number | null): number | null {
  return cents === null ? null : cents / 100;
}
