// The dashboard bench's yardstick must do the dashboard's work, or the comparison means nothing.
import { describe, expect, it } from 'vitest';
import { dashboardData } from '../../src/domain/dashboard/aggregate';
import type { DashboardContext } from '../../src/domain/dashboard/figures';
import { plainLoopBaseline } from '../../scripts/bench/plainLoopBaseline';
import { generatePortfolio } from '../fixtures/generator';

describe('the bench baseline', () => {
  it('does the same work: its sums match the aggregation on a generated portfolio', () => {
    const generated = generatePortfolio({ projects: 300, seed: 7 });
    const ctx: DashboardContext = {
      today: '2024-01-01',
      organisationsById: new Map(generated.organisations.map((o) => [o.id, o])),
      homeOrganisationId: generated.homeOrganisationId,
      limits: { countries: 1000 },
    };
    const data = dashboardData(generated.projects, ctx);
    const base = plainLoopBaseline(generated.projects, ctx);
    expect(base.projects).toBe(data.cards.projects);
    expect(base.eu).toBe(data.cards.euCofinancing.total ?? 0);
    expect(base.council).toBe(data.cards.councilCofinancing.total ?? 0);
    expect(base.prefinancing).toBe(data.cards.prefinancing.total ?? 0);
    expect(base.events).toBe(data.cards.events.total);
    expect(base.staffSent).toBe(data.cards.staffSent.total ?? 0);
    expect(base.countryPairs).toBe(data.countries.reduce((s, c) => s + c.projects, 0));
  });
});
