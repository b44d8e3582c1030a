import type { MobilityEvent, Payment, Project, Result } from './schema';
import { consistencyWarnings, warningCodes, type Warning } from './consistency';
import { makeEmptyProject } from '../../tests/fixtures/generator';
import { makeEvent } from '../test/factories';

const HOME = 'org-daugavpils';
const NOW = '2024-01-01T00:00:00.000Z';

function project(edit: (p: Project) => void = () => undefined): Project {
  const p = makeEmptyProject('p-test', NOW);
  edit(p);
  return p;
}

const warn = (p: Project): Warning[] => consistencyWarnings(p, { homeOrganisationId: HOME, today: '2024-06-01' });
const codes = (p: Project): string[] => warn(p).map((w) => w.code);

function payment(kind: Payment['kind'], sharePercent: number | null, amount: number | null): Payment {
  return { kind, sharePercent, amount, dueCondition: null, expectedDate: null, receivedDate: null, receivedAmount: null, note: '' };
}

const event = (id: string, date: MobilityEvent['date'], representatives: number | null = null): MobilityEvent => makeEvent({ id, date, representatives });

function indicator(kind: NonNullable<Result['indicator']>['kind'], target: number | null): Result {
  return { text: { lv: '', en: '' }, indicator: { kind, target, achieved: null } };
}

describe('warningCodes', () => {
  it('lists every code once', () => {
    expect(new Set(warningCodes).size).toBe(warningCodes.length);
    expect(warningCodes).toContain('budget-split');
  });

  it('an empty project raises no warning', () => {
    expect(warn(project())).toEqual([]);
    expect(consistencyWarnings(project())).toEqual([]);
  });
});

describe('budget-split', () => {
  const withBudget = (council: number | null, eu: number | null, own: number | null, other: number | null = null): Project =>
    project((p) => {
      Object.assign(p.budget, { councilBudget: council, euCofinancing: eu, councilCofinancing: own, otherCofinancing: other });
    });

  it('holds for SOLID: 4 160 = 1 500 + 2 660', () => {
    expect(codes(withBudget(416000, 150000, 266000))).toEqual([]);
  });

  it('fires when the parts do not add up, with expected and actual in cents', () => {
    expect(warn(withBudget(416000, 150000, 260000))).toEqual([
      { code: 'budget-split', field: 'budget.councilBudget', params: { expected: 416000, actual: 410000 } },
    ]);
  });

  it('counts other co-financing when it is known', () => {
    expect(codes(withBudget(500000, 300000, 100000, 100000))).toEqual([]);
    expect(warn(withBudget(400000, 300000, 100000, 100000))[0]?.params).toEqual({ expected: 400000, actual: 500000, other: 100000 });
  });

  it('ignores other co-financing when it is unknown', () => {
    expect(codes(withBudget(400000, 300000, 100000, null))).toEqual([]);
  });

  it('does not run when a part is unknown (never as 0)', () => {
    expect(codes(withBudget(null, 150000, 266000))).toEqual([]);
    expect(codes(withBudget(416000, null, 266000))).toEqual([]);
    expect(codes(withBudget(416000, 150000, null))).toEqual([]);
  });
});

describe('cofinancing-by-year', () => {
  const rows = (amounts: (number | null)[]) => amounts.map((amount, i) => ({ year: 2018 + i, amount }));

  it('holds for SOLID: 1 990 + 670 = 2 660', () => {
    expect(codes(project((p) => { p.budget.councilCofinancing = 266000; p.budget.cofinancingByYear = rows([199000, 67000]); }))).toEqual([]);
  });

  it('fires when the rows do not add up', () => {
    const p = project((p) => { p.budget.councilCofinancing = 266000; p.budget.cofinancingByYear = rows([199000, 60000]); });
    expect(warn(p)).toEqual([{ code: 'cofinancing-by-year', field: 'budget.cofinancingByYear', params: { expected: 266000, actual: 259000 } }]);
  });

  it('does not run with no rows, an unknown row or unknown co-financing', () => {
    expect(codes(project((p) => { p.budget.councilCofinancing = 266000; }))).toEqual([]);
    expect(codes(project((p) => { p.budget.councilCofinancing = 266000; p.budget.cofinancingByYear = rows([199000, null]); }))).toEqual([]);
    expect(codes(project((p) => { p.budget.cofinancingByYear = rows([199000, 67000]); }))).toEqual([]);
  });
});

describe('prefinancing-by-year', () => {
  it('holds for WIR: 3 000 + 2 880 = 5 880', () => {
    const p = project((p) => { p.budget.prefinancingTotal = 588000; p.budget.prefinancingByYear = [{ year: 2018, amount: 300000 }, { year: 2019, amount: 288000 }]; });
    expect(codes(p)).toEqual([]);
  });

  it('fires when the rows do not add up to the stated total', () => {
    const p = project((p) => { p.budget.prefinancingTotal = 588000; p.budget.prefinancingByYear = [{ year: 2018, amount: 300000 }]; });
    expect(warn(p)).toEqual([{ code: 'prefinancing-by-year', field: 'budget.prefinancingByYear', params: { expected: 588000, actual: 300000 } }]);
  });

  it('does not run without a stated total or with an unknown row', () => {
    expect(codes(project((p) => { p.budget.prefinancingByYear = [{ year: 2018, amount: 300000 }]; }))).toEqual([]);
    expect(codes(project((p) => { p.budget.prefinancingTotal = 588000; p.budget.prefinancingByYear = [{ year: 2018, amount: null }]; }))).toEqual([]);
  });
});

describe('payments-sum and payment-share', () => {
  const wir = (payments: Payment[], eu: number | null = 980000): Project =>
    project((p) => { p.budget.euCofinancing = eu; p.budget.payments = payments; });

  it('hold for WIR: 40% 3 920 + 60% 5 880 = 9 800', () => {
    expect(codes(wir([payment('advance', 40, 392000), payment('balance', 60, 588000)]))).toEqual([]);
  });

  it('fire when payments do not add up to EU co-financing and a share is off', () => {
    expect(warn(wir([payment('advance', 40, 392000), payment('balance', 60, 580000)]))).toEqual([
      { code: 'payments-sum', field: 'budget.payments', params: { expected: 980000, actual: 972000 } },
      { code: 'payment-share', field: 'budget.payments.1.amount', params: { index: 1, share: 60, expected: 588000, actual: 580000 } },
    ]);
  });

  it('tolerates one cent of rounding in a share', () => {
    // 40% of 100.01 € is 40.004 €: 4000 cents, and 4001 is within a cent.
    expect(codes(wir([payment('advance', 40, 4001), payment('balance', 60, 6000)], 10001))).toEqual([]);
    expect(codes(wir([payment('advance', 40, 4002), payment('balance', 60, 5999)], 10001))).toEqual(['payment-share', 'payment-share']);
  });

  it('skip the sum when any payment amount is unknown, but still check the known shares', () => {
    expect(codes(wir([payment('advance', 40, 392000), payment('balance', 60, null)]))).toEqual([]);
    expect(codes(wir([payment('advance', 40, 300000), payment('balance', 60, null)]))).toEqual(['payment-share']);
  });

  it('skip both when EU co-financing or the share is unknown', () => {
    expect(codes(wir([payment('advance', 40, 1), payment('balance', 60, 2)], null))).toEqual([]);
    expect(codes(wir([payment('advance', null, 392000), payment('balance', null, 588000)]))).toEqual([]);
  });

  it('hold for a single 100% payment (TTChan)', () => {
    expect(codes(wir([payment('balance', 100, 1008000)], 1008000))).toEqual([]);
  });
});

describe('year-outside-period', () => {
  const withRows = (start: string | null, end: string | null): Project =>
    project((p) => {
      p.period = { start, end, lengthMonths: null };
      p.budget.prefinancingByYear = [{ year: 2018, amount: 110000 }, { year: 2019, amount: 40000 }];
      p.budget.cofinancingByYear = [{ year: 2017, amount: null }, { year: 2018, amount: 199000 }];
    });

  it('fires for each row outside the period’s years', () => {
    expect(warn(withRows('2018-01-01', '2018-12-31'))).toEqual([
      { code: 'year-outside-period', field: 'budget.prefinancingByYear.1', params: { index: 1, year: 2019, from: 2018, to: 2018 } },
      { code: 'year-outside-period', field: 'budget.cofinancingByYear.0', params: { index: 0, year: 2017, from: 2018, to: 2018 } },
    ]);
  });

  it('does not fire for rows inside the period', () => {
    expect(codes(withRows('2017-10-16', '2019-10-15'))).toEqual([]);
  });

  it('does not run when either end of the period is unknown', () => {
    expect(codes(withRows('2018-01-01', null))).toEqual([]);
    expect(codes(withRows(null, '2018-12-31'))).toEqual([]);
  });
});

describe('event-outside-period', () => {
  const withEvents = (start: string | null, end: string | null): Project =>
    project((p) => {
      p.period = { start, end, lengthMonths: null };
      p.events = [
        event('e1', { precision: 'month', month: '2018-03' }),
        event('e2', { precision: 'month', month: '2019-11' }),
        event('e3', { precision: 'day', start: '2019-12-02', end: '2019-12-03' }),
        event('e4', { precision: 'unknown' }),
      ];
    });

  it('fires for an event wholly outside the period, not for a month that overlaps it', () => {
    expect(warn(withEvents('2018-01-01', '2019-11-15'))).toEqual([
      { code: 'event-outside-period', field: 'events.2', params: { index: 2, eventId: 'e3', start: '2018-01-01', end: '2019-11-15' } },
    ]);
  });

  it('fires for a month before the start', () => {
    expect(warn(withEvents('2018-04-01', '2019-12-31')).map((w) => w.field)).toEqual(['events.0']);
  });

  it('still judges the known side of a half-known period', () => {
    expect(warn(withEvents(null, '2019-11-15')).map((w) => w.field)).toEqual(['events.2']);
    expect(codes(withEvents(null, null))).toEqual([]);
  });
});

describe('representatives-vs-plan', () => {
  const solid = (representatives: (number | null)[], target: number | null): Project =>
    project((p) => {
      p.results = [{ text: { lv: 'x', en: 'x' }, indicator: null }, indicator('events', null), indicator('staff-mobilities', target)];
      p.events = representatives.map((r, i) => event(`e${i}`, { precision: 'unknown' }, r));
    });

  it('fires for SOLID: 15 planned, 3 + 2 + 2 + 6 + 3 = 16 sent', () => {
    expect(warn(solid([3, 2, 2, 6, 3], 15))).toEqual([
      { code: 'representatives-vs-plan', field: 'results.2', params: { planned: 15, sent: 16, unknownCount: 0 } },
    ]);
  });

  it('does not fire when the counts match', () => {
    expect(codes(solid([3, 2, 2, 5, 3], 15))).toEqual([]);
  });

  it('reports how many counts are unknown', () => {
    expect(warn(solid([3, null, 2], 15))[0]?.params).toEqual({ planned: 15, sent: 5, unknownCount: 1 });
  });

  it('does not run without a target or without any known count (DeCoDe has no head counts)', () => {
    expect(codes(solid([3, 2], null))).toEqual([]);
    expect(codes(solid([null, null], 15))).toEqual([]);
    expect(codes(solid([], 15))).toEqual([]);
  });
});

describe('events-vs-plan', () => {
  const withPlan = (count: number, target: number | null, kind: 'events' | 'hosted-events' = 'events'): Project =>
    project((p) => {
      p.results = [indicator(kind, target)];
      p.events = Array.from({ length: count }, (_, i) => event(`e${i}`, { precision: 'unknown' }));
    });

  it('does not fire when the list matches the plan', () => {
    expect(codes(withPlan(5, 5))).toEqual([]);
  });

  it('fires when the list and the plan differ', () => {
    expect(warn(withPlan(4, 5))).toEqual([{ code: 'events-vs-plan', field: 'events', params: { planned: 5, actual: 4, resultIndex: 0 } }]);
  });

  it('does not run with an unknown target or only a hosted-events indicator', () => {
    expect(codes(withPlan(4, null))).toEqual([]);
    expect(codes(withPlan(4, 5, 'hosted-events'))).toEqual([]);
  });
});

describe('period-order and period-length', () => {
  const withPeriod = (start: string | null, end: string | null, lengthMonths: number | null): Project =>
    project((p) => { p.period = { start, end, lengthMonths }; });

  it('fire when the period ends before it starts', () => {
    expect(warn(withPeriod('2020-01-15', '2019-01-15', null))).toEqual([
      { code: 'period-order', field: 'period.end', params: { start: '2020-01-15', end: '2019-01-15' } },
    ]);
  });

  it('accept Our Cities Pairing: 12 months, 15.01.2019 – 15.01.2020', () => {
    expect(codes(withPeriod('2019-01-15', '2020-01-15', 12))).toEqual([]);
  });

  it('fire when the stated length differs from the dates by more than a month', () => {
    expect(warn(withPeriod('2019-01-15', '2020-01-15', 18))).toEqual([
      { code: 'period-length', field: 'period.lengthMonths', params: { stated: 18, actual: 12 } },
    ]);
    expect(codes(withPeriod('2019-01-01', '2020-02-15', 12))).toEqual(['period-length']);
    // 13 months against a stated 12 is within the tolerance of one month.
    expect(codes(withPeriod('2019-01-01', '2020-01-31', 12))).toEqual([]);
  });

  it('do not run with an unknown date or length', () => {
    expect(codes(withPeriod(null, '2020-01-15', 12))).toEqual([]);
    expect(codes(withPeriod('2019-01-15', null, 12))).toEqual([]);
    expect(codes(withPeriod('2019-01-15', '2020-01-15', null))).toEqual([]);
  });
});

describe('lead-partner', () => {
  const led = (role: Project['councilRole'], partners: [string, 'lead' | 'partner' | 'associated'][]): Project =>
    project((p) => {
      p.councilRole = role;
      p.partners = partners.map(([organisationId, r]) => ({ organisationId, role: r, nameAsWritten: null }));
    });

  it('does not fire when the council leads and is the one lead partner (TTChan, DeCoDe)', () => {
    expect(codes(led('lead', [[HOME, 'lead'], ['org-kaunas', 'partner']]))).toEqual([]);
  });

  it('fires when another organisation is the lead partner', () => {
    expect(warn(led('lead', [[HOME, 'partner'], ['org-kaunas', 'lead']]))).toEqual([
      { code: 'lead-partner', field: 'partners', params: { reason: 'lead-not-home', leadCount: 1 } },
    ]);
  });

  it('fires with no lead partner or several', () => {
    expect(warn(led('lead', [[HOME, 'partner']]))[0]?.params).toEqual({ reason: 'no-lead', leadCount: 0 });
    expect(warn(led('lead', [[HOME, 'lead'], ['org-kaunas', 'lead']]))[0]?.params).toEqual({ reason: 'several-leads', leadCount: 2 });
  });

  it('without a known home organisation only counts the lead partners', () => {
    const p = led('lead', [['org-kaunas', 'lead']]);
    expect(consistencyWarnings(p, { homeOrganisationId: null })).toEqual([]);
    expect(consistencyWarnings(led('lead', []), { homeOrganisationId: null })).toEqual([]);
  });

  it('does not run when the council is a partner, or the partners are not entered yet', () => {
    expect(codes(led('partner', [['org-jette', 'lead'], [HOME, 'partner']]))).toEqual([]);
    expect(codes(led('lead', []))).toEqual([]);
  });
});
