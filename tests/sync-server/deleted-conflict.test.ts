// An edit against a deletion, through the real sync server: one colleague deletes a project while
// another edits it, apart. CouchDB keeps the edit and keeps the deletion only as a deleted
// version; both browsers must see the project flagged (not silently back), and either choice,
// made in one, must leave one version everywhere, with the history saying what was chosen.
import { describe, expect, it } from 'vitest';
import { deleteProject, getProject, listHistory, saveProject } from '../../src/db/portfolioRepository';
import { resolveDeletion, resolveProject, projectVersions } from '../../src/db/sync/resolve';
import { makeProject } from '../../src/test/factories';
import { as, disconnect, eventually, withSyncServer, type Browser } from './harness';

const sync = withSyncServer('deleted');
const { connect } = sync;
const editor = () => sync.browser('editor');

/** A shared project that A deletes and B edits while both are apart; then both reconnect and see it flagged. */
async function deletedWhileEdited(): Promise<{ a: Browser; b: Browser; id: string; docId: string }> {
  const [a, b] = [await editor(), await editor()];
  await Promise.all([connect(a), connect(b)]);
  const id = `p-deleted-${sync.count()}`;
  await as(a, () => saveProject(makeProject({ id, acronym: 'BASE' })));
  await eventually(async () => expect((await as(b, () => getProject(id)))?.acronym).toBe('BASE'));

  await Promise.all([disconnect(a), disconnect(b)]);
  await as(a, () => deleteProject(id));
  await as(b, async () => saveProject({ ...(await getProject(id))!, acronym: 'EDITED-IN-B' }));
  await connect(a);
  await connect(b);

  const docId = `project:${id}`;
  for (const who of [a, b]) {
    // The edit wins: the project is back for A, who deleted it, and stays for B, and both see why.
    await eventually(async () => {
      expect((await as(who, () => getProject(id)))?.acronym).toBe('EDITED-IN-B');
      const row = await who.db.syncConflicts.get(docId);
      expect(row?.deleted).toHaveLength(1);
      expect(row?.others).toEqual([]);
    });
  }
  return { a, b, id, docId };
}

describe('a project deleted in one browser while edited in another', () => {
  it('stays, flagged in both; keeping it clears the flag everywhere and the history says so', async () => {
    const { a, b, id, docId } = await deletedWhileEdited();
    const row = (await a.db.syncConflicts.get(docId))!;
    const shown = (await as(a, () => getProject(id)))!;
    const kept = await as(a, () => resolveDeletion(a.sync!.replica, { shown, keep: true, deleted: row.deleted!, note: { author: 'editor', resolution: { versions: 2, kept: [], deletion: 'kept' } } }));

    for (const who of [a, b]) {
      await eventually(async () => {
        expect(await who.db.syncConflicts.count()).toBe(0);
        expect(await as(who, () => getProject(id))).toMatchObject({ acronym: 'EDITED-IN-B', revision: kept?.revision });
        const [latest] = await as(who, () => listHistory(id));
        expect(latest).toMatchObject({ action: 'update', author: 'editor', resolution: { deletion: 'kept' } });
      });
    }
    // Settled for good: a later edit does not bring the question back.
    await as(b, async () => saveProject({ ...(await getProject(id))!, acronym: 'LATER' }));
    await eventually(async () => expect((await as(a, () => getProject(id)))?.acronym).toBe('LATER'));
    expect(await a.db.syncConflicts.count()).toBe(0);
  }, 60_000);

  it('deleting it after all removes it from both, with the choice in the history', async () => {
    const { a, b, id, docId } = await deletedWhileEdited();
    const row = (await b.db.syncConflicts.get(docId))!;
    const shown = (await as(b, () => getProject(id)))!;
    await as(b, () => resolveDeletion(b.sync!.replica, { shown, keep: false, deleted: row.deleted!, note: { author: 'editor', resolution: { versions: 2, kept: [], deletion: 'deleted' } } }));

    for (const who of [a, b]) {
      await eventually(async () => {
        expect(await as(who, () => getProject(id))).toBeNull();
        expect(await who.db.syncConflicts.toArray(), who.name).toEqual([]);
        const [latest] = await as(who, () => listHistory(id));
        expect(latest).toMatchObject({ action: 'delete', author: 'editor', resolution: { deletion: 'deleted' } });
      });
    }
  }, 60_000);

  it('a conflict between two edits, once resolved, is not taken for a deletion', async () => {
    const [a, b] = [await editor(), await editor()];
    await Promise.all([connect(a), connect(b)]);
    const id = `p-edits-${sync.count()}`;
    await as(a, () => saveProject(makeProject({ id, acronym: 'BASE' })));
    await eventually(async () => expect((await as(b, () => getProject(id)))?.acronym).toBe('BASE'));
    await Promise.all([disconnect(a), disconnect(b)]);
    await as(a, async () => saveProject({ ...(await getProject(id))!, acronym: 'FROM-A' }));
    await as(b, async () => saveProject({ ...(await getProject(id))!, acronym: 'FROM-B' }));
    await Promise.all([connect(a), connect(b)]);
    const docId = `project:${id}`;
    for (const who of [a, b]) await eventually(async () => expect((await who.db.syncConflicts.get(docId))?.others).toHaveLength(1));

    const read = await as(a, () => projectVersions(a.sync!.replica, id));
    if (!read.ok) throw new Error(read.reason);
    const [shown] = read.versions.map((version) => version.record);
    const resolved = await as(a, () => resolveProject(a.sync!.replica, { shown: shown!, combined: shown!, others: read.versions.slice(1).map((version) => version.rev), note: { author: 'editor', resolution: { versions: 2, kept: [] } } }));
    await eventually(async () => expect((await as(b, () => getProject(id)))?.revision).toBe(resolved.revision));
    // The dropped version is a deleted one too, but marked as a resolution's: no question follows.
    await as(b, async () => saveProject({ ...(await getProject(id))!, notes: { lv: '', en: 'after the resolution' } }));
    for (const who of [a, b]) {
      await eventually(async () => {
        expect((await as(who, () => getProject(id)))?.notes.en).toBe('after the resolution');
        expect(await who.db.syncConflicts.count()).toBe(0);
      });
    }
  }, 60_000);
});
