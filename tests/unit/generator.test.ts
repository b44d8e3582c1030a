import { organisationSchema, programmeSchema, projectSchema } from '../../src/domain/schema';
import { generatePortfolio, makeEmptyProject, mulberry32 } from '../fixtures/generator';

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});

describe('makeEmptyProject', () => {
  it('is a valid project with everything unknown once it has a name', () => {
    const p = makeEmptyProject('p-1', '2024-01-01T00:00:00.000Z');
    // Like the form, the schema wants an acronym or a title.
    expect(projectSchema.safeParse(p).success).toBe(false);
    const named = { ...p, acronym: 'X' };
    expect(projectSchema.parse(named)).toEqual(named);
    expect(p.budget.councilBudget).toBeNull();
  });
});

describe('generatePortfolio', () => {
  it('gives identical output for the same seed and different output for another', () => {
    const a = generatePortfolio({ projects: 200, seed: 1 });
    const b = generatePortfolio({ projects: 200, seed: 1 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(generatePortfolio({ projects: 200, seed: 2 }).projects)).not.toBe(JSON.stringify(a.projects));
  });

  it('makes records that all parse with the schemas and refer to each other', () => {
    const portfolio = generatePortfolio({ projects: 500, seed: 3 });
    for (const o of portfolio.organisations) organisationSchema.parse(o);
    for (const p of portfolio.programmes) programmeSchema.parse(p);
    for (const p of portfolio.projects) projectSchema.parse(p);

    const orgIds = new Set(portfolio.organisations.map((o) => o.id));
    const programmeIds = new Set(portfolio.programmes.map((p) => p.id));
    expect(orgIds.has(portfolio.homeOrganisationId)).toBe(true);
    expect(new Set(portfolio.projects.map((p) => p.id)).size).toBe(500);
    expect(portfolio.projects[0]?.id).toBe('gen-p-1');
    for (const p of portfolio.projects) {
      for (const partner of p.partners) expect(orgIds.has(partner.organisationId)).toBe(true);
      if (p.programmeId !== null) expect(programmeIds.has(p.programmeId)).toBe(true);
      expect(new Set(p.events.map((e) => e.id)).size).toBe(p.events.length);
    }
    expect(portfolio.organisations.length).toBeGreaterThan(80);
  });

  it('has the variety the app must cope with', () => {
    const { projects } = generatePortfolio({ projects: 500, seed: 4 });
    const some = (f: (p: (typeof projects)[number]) => boolean) => projects.some(f);
    expect(some((p) => p.budget.councilBudget === null)).toBe(true);
    expect(some((p) => p.budget.totalBudget !== null)).toBe(true);
    expect(some((p) => p.period.start === null && p.period.end === null)).toBe(true);
    expect(some((p) => p.councilRole === 'lead')).toBe(true);
    expect(some((p) => p.budget.payments.length === 2)).toBe(true);
    expect(some((p) => p.events.some((e) => e.date.precision === 'unknown'))).toBe(true);
    expect(some((p) => p.events.some((e) => e.date.precision === 'month'))).toBe(true);
    expect(some((p) => p.events.some((e) => e.date.precision === 'day'))).toBe(true);
    expect(some((p) => p.events.some((e) => e.representatives === null))).toBe(true);
    expect(some((p) => p.results.some((r) => r.indicator?.kind === 'staff-mobilities'))).toBe(true);
    expect(projects.every((p) => (p.period.start ?? '2014') >= '2014' && (p.period.end ?? '2030') <= '2030-12-31')).toBe(true);
  });

  it('keeps per-year rows inside the period', () => {
    const { projects } = generatePortfolio({ projects: 300, seed: 5 });
    for (const p of projects) {
      const { start, end } = p.period;
      for (const row of [...p.budget.prefinancingByYear, ...p.budget.cofinancingByYear]) {
        if (start !== null) expect(row.year).toBeGreaterThanOrEqual(Number(start.slice(0, 4)));
        if (end !== null) expect(row.year).toBeLessThanOrEqual(Number(end.slice(0, 4)));
      }
    }
  });

  it('respects eventsPerProject', () => {
    const { projects } = generatePortfolio({ projects: 50, seed: 6, eventsPerProject: 3 });
    expect(projects.every((p) => p.events.length === 3)).toBe(true);
  });

});
