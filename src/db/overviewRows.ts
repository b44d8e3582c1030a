// How a project overview (src/domain/overview.ts) is stored: positional arrays instead of
// objects. IndexedDB stores every object key again in every record, and reading a record
// costs about its size: as objects an overview is ~2.1 KB, in this form ~0.9 KB, and reading
// 10,000 of them takes a third of the time. Decoding back to objects is cheap next to that.
//
// The layout is private to this file; changing it means a new database version that
// rebuilds the table (see database.ts).
import type { CouncilRole, EventDate, Project } from '../domain/schema';
import type { OverviewEvent, OverviewPartner, OverviewPayment, OverviewResult, ProjectOverview } from '../domain/overview';

type Money = number | null;

export type OverviewRow = {
  id: string;
  /** period.start, indexed: the list's first screen reads the newest projects first. */
  start: string | null;
  /** [acronym, title lv, title en, council role, programme id, end, length in months, origin, updatedAt] */
  project: [string, string, string, CouncilRole, string | null, string | null, number | null, Project['origin'], string];
  /** 3 values per partner: organisation id, role, name as written */
  partners: (string | null)[];
  /** [total budget, council budget, EU co-financing, council co-financing, other co-financing, pre-financing total] */
  money: [Money, Money, Money, Money, Money, Money];
  /** [year, amount, year, amount, …] */
  prefinancingByYear: (number | null)[];
  cofinancingByYear: (number | null)[];
  /** 5 values per payment: kind, amount, expected date, received date, received amount */
  payments: (string | number | null)[];
  /** 11 values per event: id, order, kind, title lv, title en, host city, host city in Latvian, country, date, direction, representatives */
  events: (string | number | null)[];
  /** 3 values per indicator: kind, target, achieved */
  indicators: (string | number | null)[];
};

const PARTNER_WIDTH = 3;
const PAYMENT_WIDTH = 5;
const EVENT_WIDTH = 11;
const INDICATOR_WIDTH = 3;

/** An event date as one string: null (unknown), "2019-02" (month) or "2019-02-01/2019-02-05" (days). */
function encodeDate(date: EventDate): string | null {
  if (date.precision === 'unknown') return null;
  if (date.precision === 'month') return date.month;
  return `${date.start}/${date.end}`;
}

function decodeDate(code: string | null): EventDate {
  if (code === null) return { precision: 'unknown' };
  const slash = code.indexOf('/');
  if (slash < 0) return { precision: 'month', month: code };
  return { precision: 'day', start: code.slice(0, slash), end: code.slice(slash + 1) };
}

export function encodeOverview(overview: ProjectOverview): OverviewRow {
  const { budget } = overview;
  return {
    id: overview.id,
    start: overview.period.start,
    project: [
      overview.acronym,
      overview.title.lv,
      overview.title.en,
      overview.councilRole,
      overview.programmeId,
      overview.period.end,
      overview.period.lengthMonths,
      overview.origin,
      overview.updatedAt,
    ],
    partners: overview.partners.flatMap((partner) => [partner.organisationId, partner.role, partner.nameAsWritten]),
    money: [budget.totalBudget, budget.councilBudget, budget.euCofinancing, budget.councilCofinancing, budget.otherCofinancing, budget.prefinancingTotal],
    prefinancingByYear: budget.prefinancingByYear.flatMap((row) => [row.year, row.amount]),
    cofinancingByYear: budget.cofinancingByYear.flatMap((row) => [row.year, row.amount]),
    payments: budget.payments.flatMap((p) => [p.kind, p.amount, p.expectedDate, p.receivedDate, p.receivedAmount]),
    events: overview.events.flatMap((e) => [
      e.id,
      e.order,
      e.kind,
      e.title.lv,
      e.title.en,
      e.hostCity,
      e.hostCityLv,
      e.hostCountry,
      encodeDate(e.date),
      e.direction,
      e.representatives,
    ]),
    indicators: overview.results.flatMap((r) => (r.indicator ? [r.indicator.kind, r.indicator.target, r.indicator.achieved] : [])),
  };
}

function decodeYearAmounts(flat: readonly (number | null)[]): { year: number; amount: number | null }[] {
  const rows = [];
  for (let i = 0; i < flat.length; i += 2) rows.push({ year: flat[i] as number, amount: flat[i + 1] as Money });
  return rows;
}

// The casts below undo encodeOverview: rows are only ever written from validated projects.
export function decodeOverview(row: OverviewRow): ProjectOverview {
  const [acronym, titleLv, titleEn, councilRole, programmeId, end, lengthMonths, origin, updatedAt] = row.project;
  const [totalBudget, councilBudget, euCofinancing, councilCofinancing, otherCofinancing, prefinancingTotal] = row.money;

  const partners: OverviewPartner[] = [];
  const q = row.partners;
  for (let i = 0; i < q.length; i += PARTNER_WIDTH) {
    partners.push({ organisationId: q[i] as string, role: q[i + 1] as OverviewPartner['role'], nameAsWritten: q[i + 2] as string | null });
  }
  const payments: OverviewPayment[] = [];
  const p = row.payments;
  for (let i = 0; i < p.length; i += PAYMENT_WIDTH) {
    payments.push({
      kind: p[i] as OverviewPayment['kind'],
      amount: p[i + 1] as Money,
      expectedDate: p[i + 2] as string | null,
      receivedDate: p[i + 3] as string | null,
      receivedAmount: p[i + 4] as Money,
    });
  }
  const events: OverviewEvent[] = [];
  const e = row.events;
  for (let i = 0; i < e.length; i += EVENT_WIDTH) {
    events.push({
      id: e[i] as string,
      order: e[i + 1] as number | null,
      kind: e[i + 2] as OverviewEvent['kind'],
      title: { lv: e[i + 3] as string, en: e[i + 4] as string },
      hostCity: e[i + 5] as string | null,
      hostCityLv: e[i + 6] as string | null,
      hostCountry: e[i + 7] as string | null,
      date: decodeDate(e[i + 8] as string | null),
      direction: e[i + 9] as OverviewEvent['direction'],
      representatives: e[i + 10] as number | null,
    });
  }
  const results: OverviewResult[] = [];
  const r = row.indicators;
  for (let i = 0; i < r.length; i += INDICATOR_WIDTH) {
    results.push({ indicator: { kind: r[i] as NonNullable<OverviewResult['indicator']>['kind'], target: r[i + 1] as number | null, achieved: r[i + 2] as number | null } });
  }
  return {
    id: row.id,
    acronym,
    title: { lv: titleLv, en: titleEn },
    councilRole,
    programmeId,
    period: { start: row.start, end, lengthMonths },
    origin,
    updatedAt,
    partners,
    budget: {
      totalBudget,
      councilBudget,
      euCofinancing,
      councilCofinancing,
      otherCofinancing,
      prefinancingTotal,
      prefinancingByYear: decodeYearAmounts(row.prefinancingByYear),
      cofinancingByYear: decodeYearAmounts(row.cofinancingByYear),
      payments,
    },
    events,
    results,
  };
}
