// Property: for any portfolio, export → wipe → import → export gives identical data.
// Random portfolios carry Latvian and other non-ASCII text, nulls wherever the model allows
// them, month-precision dates, very large amounts and empty lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest } from '../test/database';
import { makeEmptyProject } from '../../tests/fixtures/generator';
import type { HistoryEntry, MobilityEvent, Organisation, Programme, Project, Settings } from '../domain/schema';
import { applyRestore, exportBackup, prepareRestore, readBackup } from './backup';
import { fromRow, toRow } from './portfolioRepository';

const database = freshDatabaseEachTest();

const letters = [...'aāčēģīķļņšūžAĀČĒĢĪĶĻŅŠŪŽ łódźÄöüßéçñЖя日本 ,"\'\n\t=+-@😀'];
const text = (max = 12) => fc.array(fc.constantFrom(...letters), { maxLength: max }).map((chars) => chars.join(''));
const localized = fc.record({ lv: text(), en: text() });
const money = fc.option(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1e15 })), { nil: null });
const percent = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const month = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const moment = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const nullable = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const organisation = (id: string): fc.Arbitrary<Organisation> =>
  fc.record({
    id: fc.constant(id),
    name: text().map((s) => (s.trim() === '' ? 'X' : s)),
    nameLv: nullable(text()),
    city: nullable(text()),
    cityLv: nullable(text()),
    country: nullable(fc.constantFrom('LV', 'LT', 'PL', 'DE', 'TR')),
    kind: fc.constantFrom('municipality', 'ngo', 'university', 'chamber', 'government', 'other'),
    notes: text(),
    createdAt: moment,
    updatedAt: moment,
  });

const programme = (id: string): fc.Arbitrary<Programme> =>
  fc.record({ id: fc.constant(id), name: localized.map((n) => (n.lv.trim() === '' && n.en.trim() === '' ? { ...n, lv: 'P' } : n)), strand: localized, measure: localized, funders: fc.array(localized, { maxLength: 2 }), createdAt: moment, updatedAt: moment });

const eventDate: fc.Arbitrary<MobilityEvent['date']> = fc.oneof(
  fc.constant({ precision: 'unknown' as const }),
  month.map((m) => ({ precision: 'month' as const, month: m })),
  day.map((d) => ({ precision: 'day' as const, start: d, end: d })),
);

const events = (projectId: string): fc.Arbitrary<MobilityEvent[]> =>
  fc.array(
    fc.record({
      order: nullable(fc.integer({ min: 0, max: 10000 })),
      kind: fc.constantFrom('kick-off', 'meeting', 'seminar', 'study-visit', 'conference', 'final-conference', 'other'),
      title: localized,
      hostCity: nullable(text()),
      hostCityLv: nullable(text()),
      hostCountry: nullable(fc.constantFrom('LV', 'BE', 'TR')),
      placeAsWritten: nullable(text()),
      date: eventDate,
      direction: fc.constantFrom('outgoing', 'hosted'),
      representatives: nullable(fc.integer({ min: 0, max: 100000 })),
      notes: localized,
    }),
    { maxLength: 3 },
  ).map((list) => list.map((e, i) => ({ id: `${projectId}-e${i}`, ...e })));

const project = (id: string, organisationIds: string[], programmeIds: string[]): fc.Arbitrary<Project> =>
  fc
    .record({
      // A project needs a name (the form's rule, and the schema's).
      acronym: text(8).map((s) => (s.trim() === '' ? 'P' : s)),
      title: localized,
      councilRole: fc.constantFrom('lead', 'partner'),
      partners: fc.subarray(organisationIds).chain((ids) =>
        fc.tuple(...ids.map((organisationId) => fc.record({ organisationId: fc.constant(organisationId), role: fc.constantFrom('lead', 'partner', 'associated'), nameAsWritten: nullable(text()) }))),
      ),
      programmeId: programmeIds.length ? nullable(fc.constantFrom(...programmeIds)) : fc.constant(null),
      start: nullable(day),
      end: nullable(day),
      lengthMonths: nullable(fc.integer({ min: 1, max: 240 })),
      totalBudget: money,
      councilBudget: money,
      euCofinancing: money,
      euCofinancingPercent: percent,
      prefinancingByYear: fc.array(fc.record({ year: fc.integer({ min: 1950, max: 2200 }), amount: money }), { maxLength: 3 }),
      objectives: fc.array(localized, { maxLength: 2 }),
      events: events(id),
      councilDecision: nullable(fc.record({ number: nullable(text(5)), date: nullable(day), signedBy: nullable(text()) })),
      infoUpdatedAt: nullable(moment),
      notes: localized,
      origin: fc.constantFrom('sample', 'user'),
      createdAt: moment,
      updatedAt: moment,
      revision: fc.integer({ min: 1, max: 1000 }),
    })
    .map((r): Project => {
      const empty = makeEmptyProject(id, r.createdAt);
      return {
        ...empty,
        acronym: r.acronym,
        title: r.title,
        councilRole: r.councilRole,
        partners: r.partners,
        programmeId: r.programmeId,
        // A period never ends before it starts.
        period: r.start !== null && r.end !== null && r.end < r.start ? { start: r.end, end: r.start, lengthMonths: r.lengthMonths } : { start: r.start, end: r.end, lengthMonths: r.lengthMonths },
        objectives: r.objectives,
        budget: { ...empty.budget, totalBudget: r.totalBudget, councilBudget: r.councilBudget, euCofinancing: r.euCofinancing, euCofinancingPercent: r.euCofinancingPercent, prefinancingByYear: r.prefinancingByYear },
        events: r.events,
        councilDecision: r.councilDecision,
        infoUpdatedAt: r.infoUpdatedAt,
        notes: r.notes,
        origin: r.origin,
        updatedAt: r.updatedAt,
        revision: r.revision,
      };
    });

type Portfolio = { settings: Settings; organisations: Organisation[]; programmes: Programme[]; projects: Project[]; history: HistoryEntry[] };

const portfolio: fc.Arbitrary<Portfolio> = fc
  .record({ organisations: fc.integer({ min: 0, max: 4 }), programmes: fc.integer({ min: 0, max: 2 }), projects: fc.integer({ min: 0, max: 5 }) })
  .chain((n) => {
    const organisationIds = Array.from({ length: n.organisations }, (_, i) => `org-${i}`);
    const programmeIds = Array.from({ length: n.programmes }, (_, i) => `prog-ā${i}`);
    const projectIds = Array.from({ length: n.projects }, (_, i) => `p-${i}`);
    return fc.record({
      organisations: fc.tuple(...organisationIds.map(organisation)),
      programmes: fc.tuple(...programmeIds.map(programme)),
      projects: fc.tuple(...projectIds.map((id) => project(id, organisationIds, programmeIds))),
      settings: fc.record({
        homeOrganisationId: organisationIds.length ? nullable(fc.constantFrom(...organisationIds)) : fc.constant(null),
        initialisedAt: nullable(moment),
        sampleNoticeDismissed: fc.boolean(),
        persistenceRequested: fc.boolean(),
      }),
      historyAt: fc.array(moment, { maxLength: 3 }),
    });
  })
  .map((r) => ({
    settings: r.settings,
    organisations: r.organisations,
    programmes: r.programmes,
    projects: r.projects,
    history: r.projects.slice(0, r.historyAt.length).map((snapshot, i): HistoryEntry => ({
      id: `h-${i}`,
      projectId: snapshot.id,
      at: r.historyAt[i] as string,
      action: 'update',
      revision: snapshot.revision,
      changedFields: ['title.lv'],
      snapshot,
    })),
  }));

async function store(p: Portfolio): Promise<void> {
  await Promise.all(database().tables.map((t) => t.clear()));
  await database().organisations.bulkPut(p.organisations);
  await database().programmes.bulkPut(p.programmes);
  await database().projects.bulkPut(p.projects.map(toRow));
  await database().history.bulkPut(p.history);
  await database().settings.put({ key: 'settings', value: p.settings });
}

const dataOf = (text: string) => (JSON.parse(text) as { data: unknown }).data;

describe('round trip (property-based)', () => {
  it('export → wipe → import → export gives identical data, for many random portfolios', async () => {
    await fc.assert(
      fc.asyncProperty(portfolio, async (p) => {
        await store(p);
        const first = await exportBackup();
        await Promise.all(database().tables.map((t) => t.clear()));
        const read = await readBackup(first.text);
        if (!read.ok) throw new Error(`own export refused: ${JSON.stringify(read.problem)}`);
        await applyRestore(read.backup, 'replace');
        const second = await exportBackup();
        expect(dataOf(second.text)).toEqual(dataOf(first.text));
        // and the stored records are the ones generated, value for value
        const projects = (await database().projects.toArray()).map(fromRow).sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(projects).toEqual(p.projects);
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('a replace over any other stored data leaves exactly the data of the file, as the backup screen applies it', async () => {
    const restore = async (text: string) => {
      const prepared = await prepareRestore(text);
      if (!prepared.ok) throw new Error(`own export refused: ${JSON.stringify(prepared.problem)}`);
      await applyRestore(prepared.prepared.backup, 'replace', { basis: prepared.prepared.basis });
    };
    await fc.assert(
      fc.asyncProperty(portfolio, portfolio, fc.nat(), async (p, other, pick) => {
        await store(p);
        const first = await exportBackup();

        // Another portfolio (the same ids, mostly other values): most records are rewritten.
        await store(other);
        await restore(first.text);
        expect(dataOf((await exportBackup()).text)).toEqual(dataOf(first.text));

        // The same portfolio with one project edited and a history entry gone: only those are written.
        const edited = p.projects.map((project, i) => (i === pick % p.projects.length ? { ...project, acronym: `${project.acronym}Δ` } : project));
        await store({ ...p, projects: edited, history: p.history.slice(1) });
        await restore(first.text);
        expect(dataOf((await exportBackup()).text)).toEqual(dataOf(first.text));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
