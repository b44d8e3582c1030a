// An organisation deleted in one browser while edited in another, through the real sync server.
// A merge deletes one organisation (its projects name the other); if a colleague changed that
// organisation meanwhile, CouchDB keeps the edit and the deletion only as a deleted version. The
// organisation must not come back silently: both browsers list it, and either choice, made in
// one, settles it for both. Deleting it after all is refused while a project names it.
import { describe, expect, it } from 'vitest';
import { createOrganisation, mergeOrganisations, updateOrganisation } from '../../src/db/directoryRepository';
import { getProject, saveProject } from '../../src/db/portfolioRepository';
import { resolveDirectoryDeletion } from '../../src/db/sync/resolve';
import type { Organisation } from '../../src/domain/schema';
import { makeOrganisation, makeProject } from '../../src/test/factories';
import { as, disconnect, eventually, withSyncServer, type Browser } from './harness';

const sync = withSyncServer('directory');
const { connect } = sync;
const editor = () => sync.browser('editor');

const organisation = (who: Browser, id: string): Promise<Organisation | undefined> => who.db.organisations.get(id);

/** Two shared organisations; A merges the second into the first while B renames the second, apart. */
async function mergedWhileEdited(): Promise<{ a: Browser; b: Browser; keepId: string; goneId: string; docId: string; projectId: string }> {
  const [a, b] = [await editor(), await editor()];
  await Promise.all([connect(a), connect(b)]);
  const { id: _k, createdAt: _c1, updatedAt: _u1, ...first } = makeOrganisation({ name: 'Magdeburg' });
  const { id: _g, createdAt: _c2, updatedAt: _u2, ...second } = makeOrganisation({ name: 'Magdeburga' });
  const keep = await as(a, () => createOrganisation(first));
  const gone = await as(a, () => createOrganisation(second));
  const projectId = `p-dir-${sync.count()}`;
  await as(a, () => saveProject(makeProject({ id: projectId, acronym: 'DIR', partners: [{ organisationId: gone.id, role: 'partner', nameAsWritten: null }] })));
  await eventually(async () => expect((await as(b, () => getProject(projectId)))?.partners[0]?.organisationId).toBe(gone.id));

  await Promise.all([disconnect(a), disconnect(b)]);
  await as(a, () => mergeOrganisations(keep.id, gone.id));
  await as(b, async () => updateOrganisation({ ...(await organisation(b, gone.id))!, notes: 'changed in B' }));
  await connect(a);
  await connect(b);

  const docId = `organisation:${gone.id}`;
  for (const who of [a, b]) {
    // The edit wins: the organisation is back for A, who merged it away, and both see why.
    await eventually(async () => {
      expect((await organisation(who, gone.id))?.notes).toBe('changed in B');
      const row = await who.db.syncConflicts.get(docId);
      expect(row?.deleted, who.name).toHaveLength(1);
      expect(row?.others).toEqual([]);
      // The merge's repointed project reached both.
      expect((await as(who, () => getProject(projectId)))?.partners[0]?.organisationId).toBe(keep.id);
    });
  }
  return { a, b, keepId: keep.id, goneId: gone.id, docId, projectId };
}

describe('an organisation merged away in one browser while edited in another', () => {
  it('is listed in both; keeping it settles the question for both, and it stays', async () => {
    const { a, b, goneId, docId } = await mergedWhileEdited();
    const row = (await a.db.syncConflicts.get(docId))!;
    expect(await as(a, () => resolveDirectoryDeletion(a.sync!.replica, docId, true, row.deleted!))).toEqual({ done: true, projects: 0, home: false });
    for (const who of [a, b]) {
      await eventually(async () => {
        expect(await who.db.syncConflicts.count(), who.name).toBe(0);
        expect((await organisation(who, goneId))?.notes).toBe('changed in B');
      });
    }
    // Settled for good: a later edit does not bring the question back.
    await as(b, async () => updateOrganisation({ ...(await organisation(b, goneId))!, notes: 'later' }));
    await eventually(async () => expect((await organisation(a, goneId))?.notes).toBe('later'));
    expect(await a.db.syncConflicts.count()).toBe(0);
  }, 60_000);

  it('deleting it after all removes it from both', async () => {
    const { a, b, goneId, docId } = await mergedWhileEdited();
    const row = (await b.db.syncConflicts.get(docId))!;
    expect(await as(b, () => resolveDirectoryDeletion(b.sync!.replica, docId, false, row.deleted!))).toEqual({ done: true, projects: 0, home: false });
    for (const who of [a, b]) {
      await eventually(async () => {
        expect(await organisation(who, goneId), who.name).toBeUndefined();
        expect(await who.db.syncConflicts.toArray(), who.name).toEqual([]);
      });
    }
  }, 60_000);

  it('deleting it after all is refused while a project names it, and nothing changes', async () => {
    const { a, goneId, docId } = await mergedWhileEdited();
    const named = `p-names-${sync.count()}`;
    await as(a, () => saveProject(makeProject({ id: named, acronym: 'NAMES', partners: [{ organisationId: goneId, role: 'lead', nameAsWritten: null }] })));
    const row = (await a.db.syncConflicts.get(docId))!;
    expect(await as(a, () => resolveDirectoryDeletion(a.sync!.replica, docId, false, row.deleted!))).toEqual({ done: false, projects: 1, home: false });
    expect((await organisation(a, goneId))?.notes).toBe('changed in B');
    expect((await a.db.syncConflicts.get(docId))?.deleted).toHaveLength(1);
  }, 60_000);
});
