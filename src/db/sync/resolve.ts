// Resolving a conflict (docs/sync.md, "Conflicts"): the versions of a record the engine keeps,
// read from PouchDB's replica, and the person's choice written back.
//
// A project is resolved by saving the chosen combination through the normal save, on top of the
// version every copy shows (so the history records it, with who resolved it and what was kept,
// and the outbox shares it), and then deleting the other versions, so every colleague's copy is
// left with one. Organisations and programmes are resolved by keeping one version as a whole.
// A project, an organisation or a programme a colleague deleted while it was edited is kept or
// deleted after all (`resolveDeletion`, `resolveDirectoryDeletion`), and the colleague's deletion
// is then settled on every copy.
import type { EntryNote } from '../portfolioRepository';
import { deleteProject, saveProject } from '../portfolioRepository';
import { deleteUnusedEntry, updateOrganisation, updateProgramme, type EntryUse } from '../directoryRepository';
import { getDatabase } from '../database';
import { docId, parseDocId } from '../../domain/sync/docIds';
import type { SharedRecord } from '../../domain/sync/documents';
import type { Organisation, Programme, Project } from '../../domain/schema';
import { conflictVersions, dropOtherVersions } from './bridge';
import type { Replica } from './pouch';
import { settleDeletions } from './deletedConflicts';

/** The versions of one record: the shown one first, each with its revision, or why they cannot be compared here. */
export type Versions<T> =
  | { ok: true; versions: { rev: string; record: T }[] }
  | { ok: false; reason: 'newer' | 'invalid' | 'resolved'; detail: string };

async function versionsOf<T>(replica: Replica, id: string, type: SharedRecord['type']): Promise<Versions<T>> {
  const read = await conflictVersions(replica, id);
  if (read.length < 2) return { ok: false, reason: 'resolved', detail: id };
  const versions: { rev: string; record: T }[] = [];
  for (const { rev, read: doc } of read) {
    if (doc.kind === 'newer') return { ok: false, reason: 'newer', detail: `records version ${doc.schemaVersion}` };
    if (doc.kind !== 'record' || doc.shared.type !== type) return { ok: false, reason: 'invalid', detail: doc.kind === 'invalid' ? `${doc.field}: ${doc.message}` : doc.kind };
    versions.push({ rev, record: doc.shared.record as T });
  }
  return { ok: true, versions };
}

/** The versions of a project in conflict, the one shown first. */
export function projectVersions(replica: Replica, projectId: string): Promise<Versions<Project>> {
  return versionsOf<Project>(replica, docId('project', projectId), 'project');
}

export type ProjectResolution = {
  /** The version shown (version 0), as the compare screen read it: the save is refused if it moved on. */
  shown: Project;
  /** The combination chosen. */
  combined: Project;
  /** The revisions of the other versions, deleted once the combination is saved. */
  others: readonly string[];
  /** Who resolved it and what was kept, for the history. */
  note: EntryNote;
};

/** Save the chosen combination, then drop the other versions: every copy ends with one. */
export async function resolveProject(replica: Replica, resolution: ProjectResolution): Promise<Project> {
  const saved = await saveProject(resolution.combined, { expected: resolution.shown, note: resolution.note });
  await dropOtherVersions(getDatabase(), replica, docId('project', saved.id), resolution.others);
  return saved;
}

export type DirectoryVersions = Versions<Organisation> | Versions<Programme>;

/** The versions of an organisation or a programme in conflict (`organisation:<id>`, `programme:<id>`). */
export function directoryVersions(replica: Replica, id: string): Promise<DirectoryVersions> {
  const named = parseDocId(id);
  if (named?.type === 'organisation') return versionsOf<Organisation>(replica, id, 'organisation');
  if (named?.type === 'programme') return versionsOf<Programme>(replica, id, 'programme');
  return Promise.resolve({ ok: false, reason: 'invalid', detail: id });
}

/**
 * Keep one version of an organisation or a programme as a whole: another than the shown one is
 * saved first (so it is shared as the next version), then the others are dropped.
 */
export async function keepDirectoryVersion(replica: Replica, id: string, keep: number): Promise<void> {
  const read = await directoryVersions(replica, id);
  if (!read.ok) throw new Error(`cannot resolve ${id}: ${read.reason}`);
  const chosen = read.versions[keep];
  if (!chosen) throw new Error(`no version ${keep} of ${id}`);
  if (keep !== 0) {
    const record = chosen.record;
    if ('nameLv' in record) await updateOrganisation(record);
    else await updateProgramme(record);
  }
  await dropOtherVersions(getDatabase(), replica, id, read.versions.slice(1).map((version) => version.rev));
}

export type DeletionResolution = {
  /** The project as the screen showed it: the choice is refused if it moved on meanwhile. */
  shown: Project;
  /** Keep the project (the edit), or delete it after all (the colleague's deletion). */
  keep: boolean;
  /** The revisions of the colleague's deletion (ConflictRow.deleted). */
  deleted: readonly string[];
  /** Who chose, and what: `resolution.deletion` says it for the history. */
  note: EntryNote;
};

/**
 * Keep a project a colleague deleted while it was edited (saved again as it is, so the history
 * records the choice and it is shared), or delete it after all (a deletion with the same note);
 * then settle the colleague's deletion so no copy asks again.
 */
export async function resolveDeletion(replica: Replica, resolution: DeletionResolution): Promise<Project | null> {
  const { shown, keep, deleted, note } = resolution;
  const id = docId('project', shown.id);
  const saved = keep ? await saveProject(shown, { expected: shown, note }) : (await deleteProject(shown.id, note), null);
  await settleDeletions(replica, id, deleted);
  await closeDeletion(id, keep);
  return saved;
}

/** The conflicts list once a deletion is settled: the row goes, unless a kept record still has other versions to compare. */
async function closeDeletion(id: string, keep: boolean): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.syncConflicts, async () => {
    const row = await db.syncConflicts.get(id);
    if (!row) return;
    if (keep && row.others.length > 0) await db.syncConflicts.put({ id, winner: row.winner, others: row.others });
    else await db.syncConflicts.delete(id);
  });
}

/** Whether the choice was carried out; when not, what still names the record. */
export type DirectoryDeletionResult = { done: boolean } & EntryUse;

/**
 * An organisation or a programme a colleague deleted (a merge deletes one organisation) while it
 * was changed elsewhere: keep it as it is, or delete it after all. Deleting is refused, and
 * nothing changes, while a project or the home organisation names it: the answer says what does.
 * Either choice made, the colleague's deletion is settled on every copy.
 */
export async function resolveDirectoryDeletion(replica: Replica, id: string, keep: boolean, deleted: readonly string[]): Promise<DirectoryDeletionResult> {
  const named = parseDocId(id);
  if (named?.type !== 'organisation' && named?.type !== 'programme') throw new Error(`not an organisation or a programme: ${id}`);
  if (!keep) {
    const removed = await deleteUnusedEntry(named.type, named.key);
    if (!removed.deleted) return { done: false, projects: removed.projects, home: removed.home };
  }
  await settleDeletions(replica, id, deleted);
  await closeDeletion(id, keep);
  return { done: true, projects: 0, home: false };
}
