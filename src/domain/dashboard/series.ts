// Accumulators of known and unknown amounts, and the chart rows shaped from them: top rows with
// one "other" row for the rest, consecutive years, countries.
import type { ProjectOverview } from '../overview';
import type { KnownSum } from '../money';
import type { CountryRow, ExposureRow, FundingRow, GroupRow, MobilityRow, YearMoneyRow } from './figures';

export type Acc = { total: number; known: number; unknown: number };
export const acc = (): Acc => ({ total: 0, known: 0, unknown: 0 });
export function add(a: Acc, value: number | null): void {
  if (value === null) a.unknown += 1;
  else {
    a.total += value;
    a.known += 1;
  }
}
export const done = (a: Acc): KnownSum => ({ total: a.known > 0 ? a.total : null, known: a.known, unknown: a.unknown });

export type GroupAcc = { projects: number; eu: Acc; council: Acc; other: Acc };
export const groupAcc = (): GroupAcc => ({ projects: 0, eu: acc(), council: acc(), other: acc() });

export function addToGroup(g: GroupAcc, project: ProjectOverview): void {
  g.projects += 1;
  add(g.eu, project.budget.euCofinancing);
  add(g.council, project.budget.councilCofinancing);
  add(g.other, project.budget.otherCofinancing);
}

export const isReimbursement = (kind: string) => kind === 'interim' || kind === 'balance';

/** Negative when a project of this size, acronym and id comes before `row`: largest first, ties by acronym then id. */
export function fundingOrder(size: number, acronym: string, id: string, row: FundingRow): number {
  if (size !== row.size) return row.size - size;
  if (acronym !== row.acronym) return acronym < row.acronym ? -1 : 1;
  const other = row.projectId ?? '';
  return id === other ? 0 : id < other ? -1 : 1;
}

/** The kept rows, and one "other projects" row for everything else (all minus the kept). */
export function withOtherProjects(top: FundingRow[], all: { eu: Acc; council: Acc; other: Acc; rest: Acc; size: number }, count: number): FundingRow[] {
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

export function groupRow(key: string, members: string[], g: GroupAcc): GroupRow {
  return { key, members, projects: g.projects, eu: done(g.eu), council: done(g.council), other: done(g.other) };
}

/** Programmes by EU co-financing (then projects); beyond `limit`, one "other" row. */
export function topGroups(groups: Map<string, GroupAcc>, limit: number): GroupRow[] {
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

export function moneyByYear(pref: Map<number, Acc>, cof: Map<number, Acc>, unsplitPref: Acc, unsplitCof: Acc): YearMoneyRow[] {
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

export function exposureRows(pref: Map<number, Acc>, received: Map<number, number>, expected: Map<number, number>): ExposureRow[] {
  let outstanding = 0;
  return yearSpan(pref, received, expected).map((year) => {
    const advanced = done(pref.get(year) ?? acc());
    const got = received.get(year) ?? 0;
    outstanding += (advanced.total ?? 0) - got;
    return { year, advanced, received: got, expected: expected.get(year) ?? 0, outstanding };
  });
}

export function mobilityRows(
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

export function topCountries(counts: Map<string, number>, limit: number): CountryRow[] {
  const rows = [...counts].map(([key, projects]): CountryRow => ({ key, members: [], projects }));
  rows.sort((a, b) => b.projects - a.projects || (a.key < b.key ? -1 : 1));
  if (rows.length <= limit) return rows;
  const rest = rows.slice(limit);
  // A project may have partners in several of these countries: the bucket adds country counts
  // (project–country pairs), which the table says.
  return [...rows.slice(0, limit), { key: 'other', members: rest.map((r) => r.key), projects: rest.reduce((s, r) => s + r.projects, 0) }];
}
