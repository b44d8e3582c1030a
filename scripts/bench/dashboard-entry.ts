// The in-page half of the dashboard bench (scripts/bench/dashboard.mjs): bundled as an IIFE and
// injected into the app's page, it reads the portfolio through the app's own repository and
// times the dashboard's aggregation against a plain loop over the same arrays, interleaved,
// in the same run.
import { getSettings, listOrganisations, listProjects } from '../../src/db/portfolioRepository';
import { dashboardData } from '../../src/domain/dashboard/aggregate';
import type { DashboardContext } from '../../src/domain/dashboard/figures';
import { fullScope, projectsInScope } from '../../src/domain/dashboard/scope';
import { plainLoopBaseline } from './plainLoopBaseline';

export type AggregateResult = {
  projects: number;
  aggregateMs: number[];
  baselineMs: number[];
  /** A few figures, so the caller can see the work was real. */
  check: { eu: number | null; baselineEu: number; fundingRows: number; countries: number };
};

declare global {
  interface Window {
    __dashboardBench?: { aggregate(runs: number): Promise<AggregateResult> };
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function aggregate(runs: number): Promise<AggregateResult> {
  const [projects, organisations, settings] = await Promise.all([listProjects(), listOrganisations(), getSettings()]);
  const context: DashboardContext = {
    today: new Date().toISOString().slice(0, 10),
    organisationsById: new Map(organisations.map((o) => [o.id, o])),
    homeOrganisationId: settings.homeOrganisationId,
  };
  // Warm up both (JIT), then alternate, so load on the machine hits both alike.
  let data = dashboardData(projectsInScope(projects, fullScope, context.today), context);
  let base = plainLoopBaseline(projects, context);
  const aggregateMs: number[] = [];
  const baselineMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let t = performance.now();
    data = dashboardData(projectsInScope(projects, fullScope, context.today), context);
    aggregateMs.push(round(performance.now() - t));
    t = performance.now();
    base = plainLoopBaseline(projects, context);
    baselineMs.push(round(performance.now() - t));
  }
  return {
    projects: projects.length,
    aggregateMs,
    baselineMs,
    check: { eu: data.cards.euCofinancing.total, baselineEu: base.eu, fundingRows: data.fundingByProject.length, countries: data.countries.length },
  };
}

window.__dashboardBench = { aggregate };
