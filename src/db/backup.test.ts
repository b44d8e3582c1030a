// Storage tests of backups: real Dexie over fake-indexeddb, no mocks.
import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest, upgradedFrom } from '../test/database';
import v1Fixture from '../../tests/fixtures/database-v1.json';
import { makeOrganisation, makeProgramme, makeProject } from '../test/factories';
import { get, remove, set, type Json } from '../test/jsonEdits';
import { MAX_BACKUP_BYTES, type BackupFile } from '../domain/backup/format';
import { serializeBackup } from '../domain/backup/write';
import {
  applyRestore,
  exportBackup,
  getBackupStatus,
  getSafetyBackupText,
  listSafetyBackups,
  postponeBackupReminder,
  readBackup,
  recordExport,
  restoreSafetyBackup,
  prepareRestore,
  SAFETY_BACKUPS_KEPT,
} from './backup';
import { deleteProject, getProject, listProjects, putPortfolio, saveProject, updateSettings } from './portfolioRepository';
import { everyRecordOf, setSharing } from './sync/outbox';

const database = freshDatabaseEachTest();

/** The data part of an export: what "exactly as it was" compares (the export time differs). */
async function exported(): Promise<unknown> {
  const { text } = await exportBackup();
  const file = JSON.parse(text) as { data: unknown; counts: unknown };
  return { counts: file.counts, data: file.data };
}

async function seed(): Promise<void> {
  await putPortfolio(
    {
      organisations: [makeOrganisation({ id: 'org-1' }), makeOrganisation({ id: 'org-2', name: 'Łódź', nameLv: 'Lodza', country: 'PL' })],
      programmes: [makeProgramme()],
      projects: [],
    },
    { mode: 'merge' },
  );
  await saveProject(makeProject({ id: 'p-1', acronym: 'SOLID', title: { lv: 'Vietējā solidaritāte', en: 'Local solidarity' } }));
  await saveProject(makeProject({ id: 'p-2', acronym: 'WIR', partners: [{ organisationId: 'org-2', role: 'lead', nameAsWritten: 'Lodza' }] }));
  await updateSettings({ homeOrganisationId: 'org-1', initialisedAt: '2026-01-01T00:00:00.000Z' });
}

async function checked(text: string): Promise<BackupFile> {
  const read = await readBackup(text);
  if (!read.ok) throw new Error(`expected a valid backup, got ${read.problem.code}`);
  return read.backup;
}

describe('schema upgrade to version 4', () => {
  it('opens a database written by version 1 and adds the empty safety-backup tables', async () => {
    await upgradedFrom(1, v1Fixture.tables);
    expect(database().verno).toBe(7);
    expect(await database().backups.count()).toBe(0);
    expect(await database().backupTexts.count()).toBe(0);
    expect(await listProjects()).toEqual(v1Fixture.tables.projects);
    // and the old data can be backed up
    const file = await checked((await exportBackup()).text);
    expect(file.data.projects.map((p) => p.id)).toEqual(['v1-project']);
  });
});

describe('schema upgrade to version 6', () => {
  it('writes a first change mark, so a restore prepared right after can trust it', async () => {
    await upgradedFrom(5, { organisations: v1Fixture.tables.organisations });
    expect(database().verno).toBe(7);
    expect((await database().settings.get('lastChange'))?.value).toEqual(expect.any(String));
    const text = (await exportBackup()).text;
    const prepared = await prepareRestore(text);
    if (!prepared.ok) throw new Error(prepared.problem.code);
    expect((await applyRestore(prepared.prepared.backup, 'replace', { basis: prepared.prepared.basis })).readAgain).toBe(false);
  });

  it('a database never written to has no mark: the restore reads the stored data again', async () => {
    const prepared = await prepareRestore((await exportBackup()).text);
    if (!prepared.ok) throw new Error(prepared.problem.code);
    expect(prepared.prepared.basis.mark).toBeNull();
    expect((await applyRestore(prepared.prepared.backup, 'replace', { basis: prepared.prepared.basis })).readAgain).toBe(true);
  });
});

describe('export and restore', () => {
  it('export → wipe → import → export gives the same data', async () => {
    await seed();
    await deleteProject('p-2'); // history holds a deletion too
    const first = await exportBackup();
    const before = await exported();
    await Promise.all(database().tables.map((t) => t.clear()));
    expect(await listProjects()).toEqual([]);
    await applyRestore(await checked(first.text), 'replace');
    expect(await exported()).toEqual(before);
  });

  it('replace stores a safety backup first, which puts back the data as it was', async () => {
    await seed();
    const before = await exported();
    const file = await checked((await exportBackup()).text);
    file.data.projects = file.data.projects.filter((p) => p.id !== 'p-1');
    file.counts.projects = 1;
    const outcome = await applyRestore(file, 'replace');
    expect(outcome.projects.removed).toEqual(['p-1']);
    expect(await getProject('p-1')).toBeNull();

    const safety = await listSafetyBackups();
    expect(safety).toHaveLength(1);
    expect(safety[0]).toMatchObject({ id: outcome.safetyBackupId, reason: 'before-restore', counts: { projects: 2 } });
    await restoreSafetyBackup(outcome.safetyBackupId);
    expect(await exported()).toEqual(before);
    expect(await listSafetyBackups()).toHaveLength(2); // the undo itself can be undone
  });

  it('shared: replace still stores the safety backup first, and queues the removal for the server', async () => {
    await seed();
    setSharing(true);
    try {
      await database().syncOutbox.clear();
      const file = await checked((await exportBackup()).text);
      file.data.projects = file.data.projects.filter((p) => p.id !== 'p-1');
      file.counts.projects = 1;
      const outcome = await applyRestore(file, 'replace');
      const [safety] = await listSafetyBackups();
      expect(safety).toMatchObject({ id: outcome.safetyBackupId, counts: { projects: 2 } });
      expect((await checked(await getSafetyBackupText(outcome.safetyBackupId))).data.projects.map((p) => p.id).sort()).toEqual(['p-1', 'p-2']);
      // What the server is told: p-1 goes (for every colleague), as one id or as "every project not here".
      const queued = (await database().syncOutbox.toArray()).map((row) => row.id);
      expect(queued.some((id) => id === 'project:p-1' || id === everyRecordOf('project'))).toBe(true);
    } finally {
      setSharing(null);
    }
  });

  it('reads a safety backup stored as a Blob, or as a string by earlier builds', async () => {
    await seed();
    const file = await checked((await exportBackup()).text);
    const { safetyBackupId } = await applyRestore(file, 'replace');
    expect((await database().backupTexts.get(safetyBackupId))?.text).toBeInstanceOf(Blob);
    const text = await getSafetyBackupText(safetyBackupId);
    expect((await checked(text)).counts.projects).toBe(2);

    await database().backupTexts.put({ id: safetyBackupId, text });
    expect(await getSafetyBackupText(safetyBackupId)).toBe(text);
  });

  it('stores the safety backup as a string where the browser refuses Blobs (Safari, private window)', async () => {
    await seed();
    database().backupTexts.hook('creating', (_key, row) => {
      if (row.text instanceof Blob) throw new Error('Error preparing Blob/File data to be stored in object store');
    });
    const { safetyBackupId } = await applyRestore(await checked((await exportBackup()).text), 'replace');
    expect(typeof (await database().backupTexts.get(safetyBackupId))?.text).toBe('string');
    expect((await checked(await getSafetyBackupText(safetyBackupId))).counts.projects).toBe(2);
  });

  it(`keeps the newest ${SAFETY_BACKUPS_KEPT} safety backups`, async () => {
    await seed();
    const file = await checked((await exportBackup()).text);
    for (let i = 0; i < SAFETY_BACKUPS_KEPT + 2; i += 1) await applyRestore(file, 'replace', { now: new Date(Date.UTC(2026, 0, 1 + i)) });
    const kept = await listSafetyBackups();
    expect(kept).toHaveLength(SAFETY_BACKUPS_KEPT);
    expect(kept[0]?.at).toBe('2026-01-07T00:00:00.000Z');
    expect(await database().backupTexts.count()).toBe(SAFETY_BACKUPS_KEPT);
  });

  it('merge: the newer record wins, conflicts are reported, nothing is removed, history notes the import', async () => {
    await seed();
    const file = await checked((await exportBackup()).text);
    const p1 = file.data.projects.find((p) => p.id === 'p-1')!;
    file.data.projects = [{ ...p1, acronym: 'FROM-FILE', updatedAt: '2099-01-01T00:00:00.000Z' }, makeProject({ id: 'p-new' })];
    file.counts.projects = 2;
    await saveProject({ ...(await getProject('p-2'))!, acronym: 'LOCAL-EDIT' });

    const prepared = await prepareRestore(serializeBackup(file));
    if (!prepared.ok) throw new Error(prepared.problem.code);
    const { plans, basis } = prepared.prepared;
    expect(plans.merge.conflicts.map((c) => [c.id, c.winner])).toEqual([['p-1', 'file']]);
    expect(plans.replace.projects.removed).toEqual(['p-2']);

    const outcome = await applyRestore(file, 'merge', { basis });
    expect(outcome.readAgain).toBe(false);
    expect(outcome.projects).toMatchObject({ added: ['p-new'], changed: ['p-1'], removed: [] });
    expect((await getProject('p-1'))?.acronym).toBe('FROM-FILE');
    expect((await getProject('p-1'))?.revision).toBe(2);
    expect((await getProject('p-2'))?.acronym).toBe('LOCAL-EDIT');
    expect((await database().history.where('projectId').equals('p-1').toArray()).map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'import']));
  });

  it('a restore reuses the data read for its summary only while nothing has been written since', async () => {
    await seed();
    const text = (await exportBackup()).text;
    const prepare = async () => {
      const prepared = await prepareRestore(text);
      if (!prepared.ok) throw new Error(prepared.problem.code);
      return prepared.prepared;
    };

    const untouched = await prepare();
    expect(untouched.plans.replace.projects).toMatchObject({ added: [], changed: [], removed: [], unchanged: 2 });
    const first = await applyRestore(untouched.backup, 'replace', { basis: untouched.basis });
    expect(first.readAgain).toBe(false);

    // An edit after the summary was read (here, or in another tab): the restore reads again,
    // so the safety backup holds the edit and the outcome counts it.
    const edited = await prepare();
    await saveProject({ ...(await getProject('p-1'))!, acronym: 'EDITED-MEANWHILE' });
    const second = await applyRestore(edited.backup, 'replace', { basis: edited.basis });
    expect(second.readAgain).toBe(true);
    expect(second.projects.changed).toEqual(['p-1']);
    expect(await getSafetyBackupText(second.safetyBackupId)).toContain('EDITED-MEANWHILE');
    expect((await getProject('p-1'))?.acronym).not.toBe('EDITED-MEANWHILE');

    // A write to any table a backup holds counts.
    const writes: [string, () => Promise<unknown>][] = [
      ['organisations', () => database().organisations.put(makeOrganisation({ id: 'org-meanwhile' }))],
      ['programmes', () => database().programmes.delete('prog-1')],
      ['settings', () => updateSettings({ sampleNoticeDismissed: true })],
      ['history', () => database().history.clear()],
    ];
    for (const [table, write] of writes) {
      const prepared = await prepare();
      await write();
      expect({ table, readAgain: (await applyRestore(prepared.backup, 'replace', { basis: prepared.basis })).readAgain }).toEqual({ table, readAgain: true });
    }
    // Without a basis, the restore reads what is stored.
    expect((await applyRestore(untouched.backup, 'replace')).readAgain).toBe(true);
  });

  it('is all or nothing: a failure while writing leaves the database exactly as it was, with no safety backup', async () => {
    await seed();
    const before = await exported();
    const file = await checked((await exportBackup()).text);
    file.data.projects = [...file.data.projects, makeProject({ id: 'p-boom' })];
    file.counts.projects += 1;
    // The last project written makes the database fail (as a full disk would).
    database().projects.hook('creating', (key) => {
      if (key === 'p-boom') throw new Error('disk full');
    });
    await expect(applyRestore(file, 'replace')).rejects.toThrow(/disk full/);
    expect(await exported()).toEqual(before);
    expect(await listSafetyBackups()).toEqual([]);
  });
});

describe('bad files change nothing', () => {
  const good = async () => (await exportBackup()).text;
  const edit = async (change: (file: Json) => void) => {
    const file = JSON.parse(await good()) as Json;
    change(file);
    return JSON.stringify(file);
  };
  const blob = (content: string | Uint8Array) => new Blob([content as BlobPart]);

  const cases: [string, () => Promise<Blob>, string][] = [
    ['not JSON', async () => blob('this is not a backup'), 'not-json'],
    ['truncated', async () => blob((await good()).slice(0, 500)), 'truncated'],
    ['empty', async () => blob(''), 'empty'],
    ['JSON of another format', async () => blob('{"type":"excalidraw","version":2,"elements":[]}'), 'not-backup'],
    ['a newer version', async () => blob(await edit((f) => set(f, 'formatVersion', 3))), 'newer-version'],
    ['a missing required field', async () => blob(await edit((f) => remove(f, 'data.projects.0.title'))), 'invalid'],
    ['a wrong type', async () => blob(await edit((f) => set(f, 'data.projects.0.revision', 'one'))), 'invalid'],
    ['negative money', async () => blob(await edit((f) => set(f, 'data.projects.0.budget.councilBudget', -1))), 'invalid'],
    ['duplicate ids', async () => blob(await edit((f) => set(f, 'data.organisations.1.id', 'org-1'))), 'duplicate-id'],
    ['a partner pointing at a missing organisation', async () => blob(await edit((f) => { set(f, 'data.organisations', (get(f, 'data.organisations') as unknown[]).slice(0, 1)); set(f, 'counts.organisations', 1); })), 'missing-reference'],
    ['a __proto__ key', async () => blob((await good()).replace('"acronym"', '"__proto__":{"x":1},"acronym"')), 'forbidden-key'],
    ['a constructor key', async () => blob(await edit((f) => set(f, 'data.programmes.0.constructor', 1))), 'forbidden-key'],
    ['an image renamed .json', async () => blob(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), 'binary'],
  ];

  for (const [name, make, code] of cases) {
    it(`${name}: refused (${code}), database exactly as it was`, async () => {
      await seed();
      const before = await exported();
      const file = await make();
      const result = await prepareRestore(file);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.code).toBe(code);
      expect(await exported()).toEqual(before);
    });
  }

  it('a file over the size limit is refused before it is read', async () => {
    await seed();
    const before = await exported();
    const huge = { size: MAX_BACKUP_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await prepareRestore(huge)).toEqual({ ok: false, problem: { code: 'too-large', bytes: MAX_BACKUP_BYTES + 1, limit: MAX_BACKUP_BYTES } });
    expect(await exported()).toEqual(before);
  });

  it('a valid file is read from a Blob', async () => {
    await seed();
    expect(await prepareRestore(blob(await good()))).toMatchObject({ ok: true, prepared: { backup: { counts: { projects: 2 } } } });
  });
});

describe('reminder state', () => {
  it('counts changes since the last export, and remembers a postponement', async () => {
    await seed();
    expect(await getBackupStatus()).toMatchObject({ lastExportAt: null, changesSinceExport: 2, initialisedAt: '2026-01-01T00:00:00.000Z' });
    const at = new Date().toISOString();
    await recordExport(at);
    await new Promise((r) => setTimeout(r, 2));
    await saveProject({ ...(await getProject('p-1'))!, acronym: 'CHANGED' });
    expect(await getBackupStatus()).toMatchObject({ lastExportAt: at, changesSinceExport: 1, postponedUntil: null });
    await postponeBackupReminder('2099-01-01T00:00:00.000Z');
    expect((await getBackupStatus()).postponedUntil).toBe('2099-01-01T00:00:00.000Z');
    await recordExport(new Date().toISOString());
    expect((await getBackupStatus()).postponedUntil).toBeNull();
  });

  it('the reminder row is not part of a backup', async () => {
    await seed();
    await recordExport('2026-02-01T00:00:00.000Z');
    expect((await exportBackup()).text).not.toContain('lastExportAt');
  });
});
