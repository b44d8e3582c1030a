// Storage tests: real Dexie over fake-indexeddb, no mocks.
import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest, upgradedFrom } from '../test/database';
import v1Fixture from '../../tests/fixtures/database-v1.json';
import { makeOrganisation, makeProgramme, makeProject } from '../test/factories';
import { PortfolioDatabase } from './database';
import { StorageError } from './errors';
import { applyRestore, exportBackup, readBackup } from './backup';
import { setAuthor } from './historyEntry';
import { setSharing } from './sync/outbox';
import {
  countSampleProjects,
  deleteProject,
  getProject,
  getSettings,
  initialiseIfNew,
  listProjectOverviews,
  toRow,
  listHistory,
  listProjects,
  loadSamplePortfolio,
  projectIdsActiveIn,
  putPortfolio,
  removeSamplePortfolio,
  restoreProject,
  saveProject,
  subscribeToChanges,
  type SamplePortfolio,
} from './portfolioRepository';

const database = freshDatabaseEachTest();

const sample: SamplePortfolio = {
  organisations: [makeOrganisation({ id: 'org-home', name: 'Home council' }), makeOrganisation({ id: 'org-1' })],
  programmes: [makeProgramme()],
  projects: [
    makeProject({ id: 'sample-a', origin: 'sample', partners: [{ organisationId: 'org-home', role: 'lead', nameAsWritten: null }] }),
    makeProject({ id: 'sample-b', origin: 'sample' }),
  ],
  homeOrganisationId: 'org-home',
};

describe('first start', () => {
  it('loads the sample portfolio into an empty database once, and never again after removal', async () => {
    expect(await initialiseIfNew(sample)).toBe('loaded-sample');
    expect((await listProjects()).map((p) => p.id).sort()).toEqual(['sample-a', 'sample-b']);
    expect((await getSettings()).homeOrganisationId).toBe('org-home');

    await removeSamplePortfolio(sample);
    expect(await listProjects()).toEqual([]);
    expect(await initialiseIfNew(sample)).toBe('existing');
    expect(await listProjects()).toEqual([]);
  });

  it('keeps user projects and the home organisation when the sample is removed', async () => {
    await initialiseIfNew(sample);
    await saveProject(makeProject({ id: 'mine', origin: 'user' }));
    const { removedProjects } = await removeSamplePortfolio(sample);
    expect(removedProjects).toBe(2);
    expect((await listProjects()).map((p) => p.id)).toEqual(['mine']);
    expect(await database().organisations.get('org-home')).toBeDefined();
    expect(await database().organisations.get('org-1')).toBeDefined(); // still used by "mine"
  });

  it('loading the sample again restores edited sample projects and keeps user projects', async () => {
    await initialiseIfNew(sample);
    const edited = await saveProject({ ...(await getProject('sample-a'))!, acronym: 'CHANGED' });
    expect(edited.acronym).toBe('CHANGED');
    await saveProject(makeProject({ id: 'mine' }));
    await loadSamplePortfolio(sample);
    expect((await getProject('sample-a'))?.acronym).toBe('TEST');
    expect(await getProject('mine')).not.toBeNull();
  });

  it('two tabs starting at once load the sample only once', async () => {
    const other = new PortfolioDatabase(database().name);
    const results = await Promise.all([initialiseIfNew(sample), initialiseIfNew(sample)]);
    other.close();
    expect(results.filter((r) => r === 'loaded-sample')).toHaveLength(1);
  });
});

describe('saving projects', () => {
  it('validates, stamps and bumps the revision', async () => {
    const saved = await saveProject(makeProject({ revision: 1 }), { now: '2026-02-02T10:00:00.000Z' });
    expect(saved.revision).toBe(1);
    expect(saved.updatedAt).toBe('2026-02-02T10:00:00.000Z');
    const again = await saveProject({ ...saved, acronym: 'NEW' });
    expect(again.revision).toBe(2);
    expect((await getProject('p-1'))?.acronym).toBe('NEW');
  });

  it('returns the record exactly as given, without storage-only fields', async () => {
    const saved = await saveProject(makeProject());
    const read = await getProject(saved.id);
    expect(read).toEqual(saved);
    expect(read).not.toHaveProperty('activeYears');
  });

  it('refuses invalid data with a StorageError naming the field, and stores nothing', async () => {
    const bad = makeProject({ budget: { ...makeProject().budget, euCofinancing: -5 } });
    await expect(saveProject(bad)).rejects.toMatchObject({ kind: 'invalid', message: expect.stringContaining('budget.euCofinancing') });
    expect(await listProjects()).toEqual([]);
  });

  it('keeps unknown money as null, never 0', async () => {
    const saved = await saveProject(makeProject());
    expect((await getProject(saved.id))?.budget.totalBudget).toBeNull();
  });

  it('refuses a stale save from another tab (revision conflict)', async () => {
    const first = await saveProject(makeProject());
    await saveProject({ ...first, acronym: 'OTHER TAB' });
    await expect(saveProject({ ...first, acronym: 'STALE' }, { expected: first })).rejects.toMatchObject({ kind: 'conflict' });
    expect((await getProject(first.id))?.acronym).toBe('OTHER TAB');
  });

  it('refuses a stale save after a Replace restore rewound the revision number', async () => {
    await putPortfolio({ organisations: [makeOrganisation({ id: 'org-1' })], programmes: [makeProgramme()], projects: [] }, { mode: 'merge' });
    // Export F with the project at revision 1.
    const original = await saveProject(makeProject({ acronym: 'WIR' }));
    const fileF = await readBackup((await exportBackup()).text);
    if (!fileF.ok) throw new Error(`own export refused: ${JSON.stringify(fileF.problem)}`);
    // Tab A saves revision 2; tab B opens its form on that.
    const openedInB = await saveProject({ ...original, acronym: 'WIR (A)' });
    expect(openedInB.revision).toBe(2);
    // A restores F (revision 1 again), then edits: revision 2 once more, with other content.
    await applyRestore(fileF.backup, 'replace');
    expect((await getProject(original.id))?.revision).toBe(1);
    const againInA = await saveProject({ ...(await getProject(original.id))!, acronym: 'WIR (A again)' });
    expect(againInA.revision).toBe(openedInB.revision);
    // B's save is refused: the number matches, the record does not.
    await expect(saveProject({ ...openedInB, acronym: 'WIR (B)' }, { expected: openedInB })).rejects.toMatchObject({ kind: 'conflict' });
    expect((await getProject(original.id))?.acronym).toBe('WIR (A again)');
  });

  it('refuses a save when a restore brought the same revision with other content', async () => {
    await putPortfolio({ organisations: [makeOrganisation({ id: 'org-1' })], programmes: [makeProgramme()], projects: [] }, { mode: 'merge' });
    const opened = await saveProject(makeProject({ acronym: 'WIR' }));
    const exported = JSON.parse((await exportBackup()).text) as { data: { projects: { acronym: string }[] } };
    (exported.data.projects[0] as { acronym: string }).acronym = 'FROM THE FILE';
    const file = await readBackup(JSON.stringify(exported));
    if (!file.ok) throw new Error(`file refused: ${JSON.stringify(file.problem)}`);
    await applyRestore(file.backup, 'replace');
    expect((await getProject(opened.id))?.revision).toBe(opened.revision);
    await expect(saveProject({ ...opened, acronym: 'MINE' }, { expected: opened })).rejects.toMatchObject({ kind: 'conflict' });
    expect((await getProject(opened.id))?.acronym).toBe('FROM THE FILE');
  });

  it('refuses a save over a project deleted meanwhile, unless the caller says it knows (expected: null)', async () => {
    const opened = await saveProject(makeProject());
    await deleteProject(opened.id);
    await expect(saveProject({ ...opened, acronym: 'MINE' }, { expected: opened })).rejects.toMatchObject({ kind: 'conflict' });
    expect(await getProject(opened.id)).toBeNull();
    const created = await saveProject({ ...opened, acronym: 'MINE' }, { expected: null });
    expect(created.acronym).toBe('MINE');
    // …and expected: null is refused once someone else created it.
    await expect(saveProject({ ...opened, acronym: 'AGAIN' }, { expected: null })).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('reports a damaged stored project as corrupt, naming the field; the rest keeps working', async () => {
    const good = await saveProject(makeProject({ id: 'good' }));
    // Written past the repository, as an older build or another program might have.
    await database().projects.put({ ...toRow(makeProject({ id: 'bad' })), updatedAt: '2019-13-45T99:99:99Z' });
    await expect(getProject('bad')).rejects.toMatchObject({ kind: 'corrupt', message: 'updatedAt' });
    expect(await getProject('good')).toEqual(good);
    expect((await listProjectOverviews()).map((o) => o.id).sort()).toEqual(['bad', 'good']);
    expect((await exportBackup()).text).toContain('2019-13-45T99:99:99Z');
  });

  it('reports a closed database as a StorageError of kind "closed"', async () => {
    database().close({ disableAutoOpen: true });
    const error = await saveProject(makeProject()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('closed');
  });
});

describe('deleting', () => {
  it('deletes and restores a project exactly', async () => {
    const saved = await saveProject(makeProject());
    const deleted = await deleteProject(saved.id);
    expect(await getProject(saved.id)).toBeNull();
    await restoreProject(deleted);
    expect(await getProject(saved.id)).toEqual(saved);
  });

  it('says so when the project does not exist', async () => {
    await expect(deleteProject('nope')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('indexes and change events', () => {
  it('finds projects active in a year through the activeYears index', async () => {
    await saveProject(makeProject({ id: 'a', period: { start: '2018-01-01', end: '2019-06-30', lengthMonths: null } }));
    await saveProject(makeProject({ id: 'b', period: { start: '2020-01-01', end: '2020-12-31', lengthMonths: null } }));
    await saveProject(makeProject({ id: 'c', period: { start: null, end: null, lengthMonths: null } }));
    expect((await projectIdsActiveIn(2019)).sort()).toEqual(['a']);
    expect((await projectIdsActiveIn(2020)).sort()).toEqual(['b']);
  });

  it('tells subscribers which tables changed', async () => {
    const seen: string[][] = [];
    const unsubscribe = subscribeToChanges((tables) => seen.push(tables));
    await saveProject(makeProject());
    await expect.poll(() => seen.flat()).toContain('projects');
    unsubscribe();
  });
});

describe('schema upgrades', () => {
  it('opens a database written by version 1 and upgrades it without losing anything', async () => {
    await upgradedFrom(1, v1Fixture.tables);
    expect(database().verno).toBe(7);
    expect(await database().history.count()).toBe(0);
    const projects = await listProjects();
    expect(projects).toEqual(v1Fixture.tables.projects);
    expect(await projectIdsActiveIn(2018)).toEqual(['v1-project']);
    expect((await database().organisations.toArray())).toEqual(v1Fixture.tables.organisations);
    expect((await getSettings()).initialisedAt).toBe('2024-05-01T10:00:00.000Z');
  });
});

describe('bulk writes', () => {
  it('puts a whole portfolio in one go, and a bad record leaves the database exactly as it was', async () => {
    await saveProject(makeProject({ id: 'existing' }));
    const before = await listProjects();
    const good = { organisations: [makeOrganisation()], programmes: [makeProgramme()], projects: [makeProject({ id: 'n1' }), makeProject({ id: 'n2' })] };
    const bad = { ...good, projects: [...good.projects, makeProject({ id: 'n3', revision: 0 })] };
    await expect(putPortfolio(bad, { mode: 'replace' })).rejects.toMatchObject({ kind: 'invalid', message: expect.stringContaining('n3') });
    expect(await listProjects()).toEqual(before);

    await putPortfolio(good, { mode: 'merge' });
    expect((await listProjects()).map((p) => p.id).sort()).toEqual(['existing', 'n1', 'n2']);
    await putPortfolio(good, { mode: 'replace' });
    expect((await listProjects()).map((p) => p.id).sort()).toEqual(['n1', 'n2']);
  });
});

describe('history', () => {
  it('keeps an entry per change, newest first, naming the changed fields', async () => {
    const created = await saveProject(makeProject(), { now: '2026-03-01T10:00:00.000Z' });
    await saveProject({ ...created, acronym: 'RENAMED', budget: { ...created.budget, euCofinancing: 150000 } }, { now: '2026-03-02T10:00:00.000Z' });
    const entries = await listHistory(created.id);
    expect(entries.map((e) => [e.action, e.revision, e.changedFields])).toEqual([
      ['update', 2, ['acronym', 'budget.euCofinancing']],
      ['create', 1, []],
    ]);
    expect(entries[1]?.snapshot.acronym).toBe('TEST');
  });

  it('records who made a change and, for a resolved conflict, which version of each field was kept', async () => {
    const created = await saveProject(makeProject());
    const resolution = { versions: 2, kept: [{ field: 'acronym', version: 1 }] };
    await saveProject({ ...created, acronym: 'KEPT' }, { expected: created, note: { author: 'anna', resolution } });
    const [resolved, first] = await listHistory(created.id);
    expect(resolved).toMatchObject({ action: 'update', author: 'anna', resolution, changedFields: ['acronym'] });
    expect(first).not.toHaveProperty('author');
    expect(first).not.toHaveProperty('resolution');
  });

  it('while shared, names the signed-in user on every entry written here; without sharing, nobody', async () => {
    await putPortfolio({ organisations: [makeOrganisation({ id: 'org-1' })], programmes: [makeProgramme()], projects: [] }, { mode: 'merge' });
    const unshared = await saveProject(makeProject({ id: 'p-alone' }));
    await saveProject({ ...unshared, acronym: 'ALONE' });
    expect((await listHistory('p-alone')).map((e) => e.author)).toEqual([undefined, undefined]);

    setSharing(true);
    setAuthor('editor');
    try {
      const created = await saveProject(makeProject({ id: 'p-shared' }));
      await saveProject({ ...created, acronym: 'EDITED' });
      await restoreProject(await deleteProject(created.id));
      // A resolution names its author itself; the same user here.
      const latest = (await getProject(created.id))!;
      await saveProject({ ...latest, acronym: 'KEPT' }, { expected: latest, note: { author: 'editor', resolution: { versions: 2, kept: [{ field: 'acronym', version: 1 }] } } });
      const entries = await listHistory(created.id);
      expect(entries.map((e) => [e.action, e.author])).toEqual([
        ['update', 'editor'],
        ['restore', 'editor'],
        ['delete', 'editor'],
        ['update', 'editor'],
        ['create', 'editor'],
      ]);
      // A merge restore's import entries name who restored.
      const file = await readBackup((await exportBackup()).text);
      if (!file.ok) throw new Error(file.problem.code);
      file.backup.data.projects = file.backup.data.projects.map((p) => (p.id === 'p-alone' ? { ...p, acronym: 'FROM-FILE', updatedAt: '2099-01-01T00:00:00.000Z' } : p));
      await applyRestore(file.backup, 'merge');
      expect((await listHistory('p-alone'))[0]).toMatchObject({ action: 'import', author: 'editor' });
    } finally {
      setSharing(null);
      setAuthor(undefined);
    }

    // Signed out of sharing again: entries name nobody.
    await saveProject({ ...(await getProject('p-shared'))!, acronym: 'AFTER' });
    expect((await listHistory('p-shared'))[0]).not.toHaveProperty('author');
  });

  it('records deletions and restorations, and a rejected save leaves no entry', async () => {
    const created = await saveProject(makeProject());
    await expect(saveProject({ ...created, acronym: 'x'.repeat(51) })).rejects.toMatchObject({ kind: 'invalid' });
    const deleted = await deleteProject(created.id);
    await restoreProject(deleted);
    expect((await listHistory(created.id)).map((e) => e.action)).toEqual(['restore', 'delete', 'create']);
  });
});

describe('sample count', () => {
  it('counts only sample projects, by their ids and origin', async () => {
    await initialiseIfNew(sample);
    await saveProject(makeProject({ id: 'mine' }));
    await saveProject(makeProject({ id: 'sample-lookalike', origin: 'user' }));
    expect(await countSampleProjects()).toBe(2);
    await removeSamplePortfolio(sample);
    expect(await countSampleProjects()).toBe(0);
  });
});
