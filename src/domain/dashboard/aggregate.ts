// The dashboard's figures and chart series, computed in one pass over the projects. Chart
// components only draw what these functions return; the same rows feed each chart, its
// "show as table" view and its CSV download, so all three always agree.
//
// Unknown amounts are never counted as 0: every money figure is a KnownSum that says how many
// projects (or rows, events, payments) lacked the value.
import type { CouncilRole } from '../schema';
import type { ProjectOverview } from '../overview';
import { projectStatus, type ProjectStatus } from '../status';
import { defaultLimits, type DashboardContext, type DashboardData, type DashboardLimits, type FundingRow } from './figures';
import { acc, add, addToGroup, done, fundingOrder, groupAcc, groupRow, isReimbursement, exposureRows, mobilityRows, moneyByYear, topCountries, topGroups, withOtherProjects, type Acc, type GroupAcc } from './series';

/** The value at `key`, made and stored first when there is none yet. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

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
    const group = entry(programmes, programmeKey, groupAcc);
    const role = roles.get(project.councilRole) ?? groupAcc();
    addToGroup(group, project);
    addToGroup(role, project);

    // Money per year; pre-financing as one value per project (rows, else the stated total).
    let projectPref = 0;
    let projectPrefKnown = budget.prefinancingByYear.length > 0;
    if (budget.prefinancingByYear.length > 0) {
      let anyKnown = false;
      for (const row of budget.prefinancingByYear) {
        add(entry(prefByYear, row.year, acc), row.amount);
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
        add(entry(cofByYear, row.year, acc), row.amount);
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
        bucket = entry(mobilityByYear, year, () => ({ outgoing: 0, hosted: 0, staff: acc() }));
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
