// Storage tests of an import (a spreadsheet's rows) written as a merge restore: real Dexie over
// fake-indexeddb, no mocks.
import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest } from '../test/database';
import { makeOrganisation, makeProgramme, makeProject } from '../test/factories';
import { applyImport, listSafetyBackups, restoreSafetyBackup } from './backup';
import { getProject, listHistory, listOrganisations, listProjects, putPortfolio } from './portfolioRepository';

const database = freshDatabaseEachTest(() =>
  putPortfolio({ organisations: [makeOrganisation({ id: 'org-1' })], programmes: [makeProgramme({ id: 'prog-1' })], projects: [makeProject({ id: 'kept', acronym: 'KEPT' }), makeProject({ id: 'edited', acronym: 'OLD', programmeId: null })] }, { mode: 'replace' }),
);

describe('an import', () => {
  it('adds and changes projects and organisations in one go, each project with an import entry, after a safety backup that undoes it', async () => {
    const stored = (await getProject('edited'))!;
    const now = new Date('2026-12-01T10:00:00.000Z');
    const outcome = await applyImport(
      {
        organisations: [makeOrganisation({ id: 'org-new', name: 'Jauna organizācija' })],
        programmes: [],
        projects: [makeProject({ id: 'added', acronym: 'NEW', programmeId: null, partners: [{ organisationId: 'org-new', role: 'lead', nameAsWritten: null }] }), { ...stored, acronym: 'NEWER', updatedAt: now.toISOString() }],
      },
      { now },
    );
    expect(outcome.projects.added).toEqual(['added']);
    expect(outcome.projects.changed).toEqual(['edited']);
    expect(outcome.organisations.added).toEqual(['org-new']);
    expect((await listProjects()).map((p) => p.acronym).sort()).toEqual(['KEPT', 'NEW', 'NEWER']);
    expect((await getProject('edited'))?.revision).toBe(stored.revision + 1);
    expect((await listHistory('edited')).map((h) => [h.action, h.changedFields])).toContainEqual(['import', ['acronym']]);
    expect((await listSafetyBackups()).map((b) => b.id)).toEqual([outcome.safetyBackupId]);

    await restoreSafetyBackup(outcome.safetyBackupId);
    expect((await listProjects()).map((p) => p.acronym).sort()).toEqual(['KEPT', 'OLD']);
    expect((await listOrganisations()).map((o) => o.id)).toEqual(['org-1']);
  });

  it('writes nothing, and keeps no safety backup, when the database refuses', async () => {
    const before = await listProjects();
    database().close();
    await expect(applyImport({ organisations: [], programmes: [], projects: [makeProject({ id: 'added' })] })).rejects.toThrow();
    await database().open();
    expect(await listProjects()).toEqual(before);
    expect(await listSafetyBackups()).toEqual([]);
  });
});
