import { describe, expect, it } from 'vitest';
import { projectsTable, projectCsvColumns, type ProjectsCsvContext } from '../csv';
import { projectOverview } from '../overview';
import { samplePortfolio } from '../sample';
import type { Project } from '../schema';
import { makeProgramme, makeProject } from '../../test/factories';
import { suggestMapping, type ColumnMapping } from './fields';
import { toGrid, type GridCell, type SheetGrid } from './grid';
import { planSheetImport, type SheetImportContext } from './plan';

const now = '2026-12-01T10:00:00.000Z';
let counter = 0;
const context = (projects: readonly Project[] = samplePortfolio.projects): SheetImportContext => ({
  projects,
  organisations: samplePortfolio.organisations,
  programmes: samplePortfolio.programmes,
  homeOrganisationId: samplePortfolio.homeOrganisationId,
  now,
  newId: () => `n${(counter += 1)}`,
});

const tableContext = (language: 'lv' | 'en'): ProjectsCsvContext => ({
  language,
  today: '2026-12-01',
  organisationsById: new Map(samplePortfolio.organisations.map((o) => [o.id, o])),
  programmesById: new Map(samplePortfolio.programmes.map((p) => [p.id, p])),
  heading: (column) => column,
  roleLabel: (role) => (language === 'lv' ? { lead: 'Vadošais partneris', partner: 'Partneris' }[role] : { lead: 'Lead partner', partner: 'Partner' }[role]),
});

/** The projects list's own table (what the Excel button writes), as a grid. */
function exported(projects: readonly Project[], language: 'lv' | 'en' = 'en'): SheetGrid {
  const table = projectsTable(projects.map(projectOverview), tableContext(language));
  const headers = table.columns.map((c) => c.header);
  return toGrid([headers, ...table.rows.map((row) => [...row] as GridCell[])], { kind: 'xlsx', sheet: 'Projects' }) as SheetGrid;
}

const grid = (headers: string[], ...rows: GridCell[][]): SheetGrid => ({ headers, rows, source: { kind: 'csv', delimiter: ';' } });

const mapping = (g: SheetGrid): ColumnMapping => suggestMapping(g.headers.map((h) => ({ totalBudget: 'Total budget', councilBudget: 'Council budget', euCofinancing: 'EU co-financing', councilCofinancing: 'Council co-financing', prefinancingTotal: 'Pre-financing', titleLv: 'Title (Latvian)', titleEn: 'Title (English)', councilRole: 'Council role', leadPartner: 'Lead partner' })[h] ?? h), g.rows);

describe('planning a spreadsheet import', () => {
  it('finds nothing to change in the list’s own export of the same portfolio', () => {
    const sheet = exported(samplePortfolio.projects);
    const columns = mapping(sheet);
    expect(columns.filter((c) => c !== null)).toHaveLength(projectCsvColumns.length - 4);
    const plan = planSheetImport(sheet, columns, context());
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 5, error: 0 });
    expect(plan.rows.every((row) => row.matchedBy === 'id')).toBe(true);
    expect(plan.projects).toEqual([]);
    expect(plan.organisations).toEqual([]);
  });

  it('recreates the exported projects in a portfolio without them, equal on every column the sheet holds', () => {
    const sheet = exported(samplePortfolio.projects, 'lv');
    const plan = planSheetImport(sheet, mapping(sheet), context([]));
    expect(plan.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(plan.counts).toEqual({ create: 5, update: 0, unchanged: 0, error: 0 });
    const again = exported(plan.projects, 'lv');
    const kept = (g: SheetGrid) => g.rows.map((row) => row.filter((_, i) => !['partners', 'countries', 'events'].includes(g.headers[i] ?? '')));
    expect(kept(again)).toEqual(kept(sheet));
    // The council's role puts the council among the partners.
    const ttchan = plan.projects.find((p) => p.acronym === 'TTChan');
    expect(ttchan?.partners).toContainEqual({ organisationId: samplePortfolio.homeOrganisationId, role: 'lead', nameAsWritten: null });
    expect(plan.organisations).toEqual([]);
  });

  it('updates a project matched by acronym, only where a cell says something, and says which fields', () => {
    const sheet = grid(['Acronym', 'EU co-financing', 'Council co-financing', 'End'], ['ttchan', '12 000', null, '31.12.2018']);
    const plan = planSheetImport(sheet, mapping(sheet), context());
    expect(plan.rows[0]).toMatchObject({ sheetRow: 2, action: 'update', matchedBy: 'acronym', projectId: 'sample-ttchan', changed: ['period.end', 'budget.euCofinancing'] });
    const before = samplePortfolio.projects.find((p) => p.id === 'sample-ttchan') as Project;
    const after = plan.projects[0] as Project;
    expect(after.budget.euCofinancing).toBe(1_200_000);
    expect(after.budget.councilCofinancing).toBe(before.budget.councilCofinancing);
    expect(after.period.end).toBe('2018-12-31');
    expect(after.updatedAt).toBe(now);
  });

  it('creates a new project with partners from one cell, matching the directory across Latvian forms', () => {
    const sheet = grid(['Acronym', 'Lead partner', 'Partners', 'Programme', 'Council role'], ['NEW', 'Paņeveža', 'Motala; Jauna organizācija', 'Europe for Citizens — Town Twinning', 'Partneris']);
    const plan = planSheetImport(sheet, mapping(sheet), context());
    expect(plan.counts.create).toBe(1);
    const project = plan.projects[0] as Project;
    const names = project.partners.map((p) => [samplePortfolio.organisations.find((o) => o.id === p.organisationId)?.name ?? plan.organisations.find((o) => o.id === p.organisationId)?.name, p.role]);
    expect(names).toEqual([
      ['Panevėžys', 'lead'],
      ['Motala', 'partner'],
      ['Jauna organizācija', 'partner'],
      [samplePortfolio.organisations.find((o) => o.id === samplePortfolio.homeOrganisationId)?.name, 'partner'],
    ]);
    expect(plan.organisations.map((o) => o.name)).toEqual(['Jauna organizācija']);
    expect(project.programmeId).not.toBeNull();
    expect(plan.programmes).toEqual([]);
  });

  it('shows every bad cell and changes nothing when any row has a problem', () => {
    const sheet = grid(['Acronym', 'Total budget', 'Start', 'End', 'Council role'], ['OK', '100', '01.01.2020', '31.12.2020', 'Partner'], ['BAD', 'a lot', '31.02.2020', '01.01.2019', 'sponsor'], [null, null, null, null, null], ['OK', '5', null, null, null]);
    const plan = planSheetImport(sheet, mapping(sheet), context());
    expect(plan.rows.map((r) => r.action)).toEqual(['create', 'error', 'error', 'error']);
    expect(plan.rows[1]?.problems).toEqual([
      { kind: 'cell', column: 1, field: 'totalBudget', problem: 'money' },
      { kind: 'cell', column: 2, field: 'start', problem: 'date' },
      { kind: 'cell', column: 4, field: 'councilRole', problem: 'role' },
    ]);
    expect(plan.rows[2]?.problems).toEqual([{ kind: 'no-identity' }]);
    expect(plan.rows[3]?.problems).toEqual([{ kind: 'same-project', otherRow: 2 }]);
    expect(plan.projects).toEqual([]);
    expect(plan.organisations).toEqual([]);
  });

  it('refuses an end before the start, an acronym two projects share, and a programme name several programmes share', () => {
    const twins = [makeProject({ id: 'a', acronym: 'TWIN' }), makeProject({ id: 'b', acronym: 'twin' })];
    const sheet = grid(['Acronym', 'Start', 'End'], ['TWIN', null, null], ['X', '2020-05-01', '2020-04-01']);
    const plan = planSheetImport(sheet, mapping(sheet), context(twins));
    expect(plan.rows.map((r) => r.problems)).toEqual([[{ kind: 'acronym-ambiguous', acronym: 'TWIN' }], [{ kind: 'end-before-start' }]]);
    const measures = ['Networks', 'Twinning'].map((m) => makeProgramme({ id: m, name: { lv: 'Programma', en: 'Programme' }, measure: { lv: m, en: m } }));
    const sheetOf = (name: string) => grid(['Acronym', 'Programme'], ['Y', name]);
    const withMeasures = { ...context(), programmes: measures };
    expect(planSheetImport(sheetOf('Programme'), ['acronym', 'programme'], withMeasures).rows[0]?.problems).toEqual([{ kind: 'programme-ambiguous', name: 'Programme' }]);
    expect(planSheetImport(sheetOf('Programma — Twinning'), ['acronym', 'programme'], withMeasures).projects[0]?.programmeId).toBe('Twinning');
    // The one programme of that name without a measure is the name's own.
    expect(planSheetImport(sheetOf('Europe for Citizens'), ['acronym', 'programme'], context()).projects[0]?.programmeId).toBe(samplePortfolio.projects.find((p) => p.acronym === 'WIR')?.programmeId);
  });

  it('takes an id from another portfolio as the new project’s id, and refuses one no record can have', () => {
    const sheet = grid(['ID', 'Acronym'], ['their-7', 'THEIRS'], ['x'.repeat(500), 'LONG']);
    const plan = planSheetImport(sheet, mapping(sheet), context());
    expect(plan.rows[0]).toMatchObject({ action: 'create', projectId: 'their-7', matchedBy: null });
    expect(plan.rows[1]?.problems).toEqual([{ kind: 'cell', column: 0, field: 'id', problem: 'id' }]);
  });
});
