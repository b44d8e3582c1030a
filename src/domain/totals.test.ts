import type { MobilityEvent, Payment, Project } from './schema';
import { makeEmptyProject } from '../../tests/fixtures/generator';
import { samplePortfolio } from './sample';
import { indicatorTarget, portfolioTotals, projectPrefinancing, projectTotals } from './totals';

const NOW = '2024-01-01T00:00:00.000Z';
const project = (id: string, edit: (p: Project) => void = () => undefined): Project => {
  const p = makeEmptyProject(id, NOW);
  edit(p);
  return p;
};
const payment = (kind: Payment['kind'], amount: number | null): Payment => ({
  kind, sharePercent: null, amount, dueCondition: null, expectedDate: null, receivedDate: null, receivedAmount: null, note: '',
});
const event = (direction: MobilityEvent['direction'], representatives: number | null, dated = true): MobilityEvent => ({
  id: 'e', order: null, kind: 'meeting', title: { lv: '', en: '' }, hostCity: null, hostCityLv: null, hostCountry: null,
  placeAsWritten: null, date: dated ? { precision: 'month', month: '2019-03' } : { precision: 'unknown' }, direction, representatives, notes: { lv: '', en: '' },
});

describe('projectTotals', () => {
  it('is all unknown for an empty project', () => {
    const t = projectTotals(project('p'));
    expect(t.prefinancingByYear).toEqual({ total: null, known: 0, unknown: 0 });
    expect(t.cofinancingByYear.total).toBeNull();
    expect(t.payments.total).toBeNull();
    expect(t.representatives.total).toBeNull();
    expect(t.events).toEqual({ total: 0, hosted: 0, outgoing: 0, undated: 0 });
    expect(t.staffMobilityTarget).toBeNull();
    expect(t.partners).toEqual({ lead: 0, partner: 0, associated: 0, total: 0 });
  });

  it('adds per-year rows and payments, counting unknown amounts', () => {
    const t = projectTotals(project('p', (p) => {
      p.budget.prefinancingByYear = [{ year: 2018, amount: 300000 }, { year: 2019, amount: null }];
      p.budget.cofinancingByYear = [{ year: 2018, amount: 360000 }, { year: 2019, amount: 120000 }];
      p.budget.payments = [payment('advance', 392000), payment('interim', null), payment('balance', 588000)];
    }));
    expect(t.prefinancingByYear).toEqual({ total: 300000, known: 1, unknown: 1 });
    expect(t.cofinancingByYear).toEqual({ total: 480000, known: 2, unknown: 0 });
    expect(t.payments).toEqual({ total: 980000, known: 2, unknown: 1 });
    expect(t.paymentsByKind.advance.total).toBe(392000);
    expect(t.paymentsByKind.interim).toEqual({ total: null, known: 0, unknown: 1 });
  });

  it('gives a null payment total when every amount is unknown', () => {
    expect(projectTotals(project('p', (p) => { p.budget.payments = [payment('advance', null)]; })).payments.total).toBeNull();
  });

  it('counts events, representatives and partners', () => {
    const t = projectTotals(project('p', (p) => {
      p.events = [event('outgoing', 3), event('outgoing', null), event('hosted', null, false)];
      p.partners = [
        { organisationId: 'a', role: 'lead', nameAsWritten: null },
        { organisationId: 'b', role: 'partner', nameAsWritten: null },
        { organisationId: 'c', role: 'associated', nameAsWritten: null },
        { organisationId: 'd', role: 'associated', nameAsWritten: null },
      ];
    }));
    expect(t.representatives).toEqual({ total: 3, known: 1, unknown: 2 });
    expect(t.events).toEqual({ total: 3, hosted: 1, outgoing: 2, undated: 1 });
    expect(t.partners).toEqual({ lead: 1, partner: 1, associated: 2, total: 4 });
  });

  it('takes the first staff-mobilities indicator as the target', () => {
    const p = project('p', (p) => {
      p.results = [
        { text: { lv: '', en: '' }, indicator: { kind: 'events', target: 5, achieved: null } },
        { text: { lv: '', en: '' }, indicator: { kind: 'staff-mobilities', target: 15, achieved: null } },
        { text: { lv: '', en: '' }, indicator: { kind: 'staff-mobilities', target: 99, achieved: null } },
      ];
    });
    expect(projectTotals(p).staffMobilityTarget).toBe(15);
    expect(indicatorTarget(p, 'events')).toBe(5);
    expect(indicatorTarget(p, 'hosted-events')).toBeNull();
  });

  it('reads SOLID as the seed page states it', () => {
    const solid = samplePortfolio.projects.find((p) => p.id === 'sample-solid');
    if (!solid) throw new Error('no SOLID');
    const t = projectTotals(solid);
    expect(t.prefinancingByYear.total).toBe(150000);
    expect(t.cofinancingByYear.total).toBe(266000);
    expect(t.representatives).toEqual({ total: 16, known: 5, unknown: 0 });
    expect(t.staffMobilityTarget).toBe(15);
    expect(t.partners.total).toBe(13);
  });
});

describe('projectPrefinancing', () => {
  it('prefers the per-year rows and falls back to the stated total', () => {
    expect(projectPrefinancing(project('p', (p) => { p.budget.prefinancingTotal = 999; p.budget.prefinancingByYear = [{ year: 2019, amount: 100 }]; })).total).toBe(100);
    expect(projectPrefinancing(project('p', (p) => { p.budget.prefinancingTotal = 999; }))).toEqual({ total: 999, known: 1, unknown: 0 });
    expect(projectPrefinancing(project('p'))).toEqual({ total: null, known: 0, unknown: 1 });
  });
});

describe('portfolioTotals', () => {
  it('is empty for no projects', () => {
    const t = portfolioTotals([], '2024-01-01');
    expect(t.projects).toBe(0);
    expect(t.euCofinancing).toEqual({ total: null, known: 0, unknown: 0 });
    expect(t.byStatus).toEqual({ planned: 0, ongoing: 0, completed: 0, unknown: 0 });
  });

  it('sums the seed portfolio, with unknown figures counted, not added as 0', () => {
    const t = portfolioTotals(samplePortfolio.projects, '2024-01-01');
    expect(t.projects).toBe(5);
    // 4 160 + 14 600 + 10 080 + 90 000; Our Cities Pairing states no council budget.
    expect(t.councilBudget).toEqual({ total: 11884000, known: 4, unknown: 1 });
    // 1 500 + 9 800 + 10 080 + 90 000
    expect(t.euCofinancing).toEqual({ total: 11138000, known: 4, unknown: 1 });
    // 2 660 + 4 800 + 0 + 4 673 + 0
    expect(t.councilCofinancing).toEqual({ total: 1213300, known: 5, unknown: 0 });
    expect(t.otherCofinancing).toEqual({ total: null, known: 0, unknown: 5 });
    // 10 080 + 138 000 + 90 000
    expect(t.totalBudget).toEqual({ total: 23808000, known: 3, unknown: 2 });
    // 1 500 + 5 880 + 10 080 + 30 000; Our Cities Pairing states none.
    expect(t.prefinancing).toEqual({ total: 4746000, known: 4, unknown: 1 });
    expect(t.byStatus).toEqual({ planned: 0, ongoing: 0, completed: 5, unknown: 0 });
  });

  it('counts projects by status on the given day', () => {
    const t = portfolioTotals(samplePortfolio.projects, '2018-11-10');
    // WIR, SOLID, TTChan and DeCoDe run on 10.11.2018; Our Cities Pairing starts in 2019.
    expect(t.byStatus).toEqual({ planned: 1, ongoing: 4, completed: 0, unknown: 0 });
  });

  it('counts a project with a partly unknown pre-financing as unknown but adds its known part', () => {
    const p = project('p', (p) => { p.budget.prefinancingByYear = [{ year: 2018, amount: 100 }, { year: 2019, amount: null }]; });
    const q = project('q', (p) => { p.budget.prefinancingTotal = 50; });
    expect(portfolioTotals([p, q], '2024-01-01').prefinancing).toEqual({ total: 150, known: 1, unknown: 1 });
  });
});
