// The organisation and programme directories: create, edit, and merge two records of the same
// organisation. Like portfolioRepository, records are validated on the way in and failures come
// out as StorageError.
import type { Organisation, Programme, Project, ProjectPartner } from '../domain/schema';
import { changedFields } from '../domain/changes';
import { activeYears } from '../domain/status';
import type { Table } from 'dexie';
import { getDatabase, type PortfolioDatabase, type ProjectRow } from './database';
import { guarded, StorageError } from './errors';
import { historyEntry } from './historyEntry';

export type OrganisationInput = Omit<Organisation, 'id' | 'createdAt' | 'updatedAt'>;
export type ProgrammeInput = Omit<Programme, 'id' | 'createdAt' | 'updatedAt'>;

const validation = () => import('./validation');
const now = () => new Date().toISOString();

/** What the writes of one directory need to know: its table, how its ids begin, its name in errors, its check. */
type Directory<T extends Organisation | Programme> = {
  table: (db: PortfolioDatabase) => Table<T, string>;
  idPrefix: string;
  noun: string;
  valid: (checks: Awaited<ReturnType<typeof validation>>) => (record: T) => T;
};

const organisations: Directory<Organisation> = { table: (db) => db.organisations, idPrefix: 'org', noun: 'organisation', valid: (checks) => checks.validOrganisation };
const programmes: Directory<Programme> = { table: (db) => db.programmes, idPrefix: 'prog', noun: 'programme', valid: (checks) => checks.validProgramme };

function createEntry<T extends Organisation | Programme>(directory: Directory<T>, input: Omit<T, 'id' | 'createdAt' | 'updatedAt'>): Promise<T> {
  return guarded(async () => {
    const valid = directory.valid(await validation());
    const at = now();
    const entry = valid({ ...input, id: `${directory.idPrefix}-${crypto.randomUUID()}`, createdAt: at, updatedAt: at } as T);
    await directory.table(getDatabase()).add(entry);
    return entry;
  });
}

/** Saves an edited entry; its creation time stays the stored one. */
function updateEntry<T extends Organisation | Programme>(directory: Directory<T>, entry: T): Promise<T> {
  return guarded(async () => {
    const valid = directory.valid(await validation());
    const db = getDatabase();
    const table = directory.table(db);
    return db.transaction('rw', table, async () => {
      const stored = await table.get(entry.id);
      if (!stored) throw new StorageError('not-found', `${directory.noun} ${entry.id} does not exist`);
      const next = valid({ ...entry, createdAt: stored.createdAt, updatedAt: now() });
      await table.put(next);
      return next;
    });
  });
}

export const createOrganisation = (input: OrganisationInput): Promise<Organisation> => createEntry(organisations, input);
export const updateOrganisation = (organisation: Organisation): Promise<Organisation> => updateEntry(organisations, organisation);
export const createProgramme = (input: ProgrammeInput): Promise<Programme> => createEntry(programmes, input);
export const updateProgramme = (programme: Programme): Promise<Programme> => updateEntry(programmes, programme);

/**
 * A project's partners with `removeId` replaced by `keepId`. Where the project already named
 * the kept organisation, the two rows become one: the first keeps its place, the stronger role
 * (lead over partner over associated) and the first way the source wrote it.
 */
export function repointPartners(partners: ProjectPartner[], removeId: string, keepId: string): ProjectPartner[] {
  const rank = { lead: 0, partner: 1, associated: 2 } as const;
  const result: ProjectPartner[] = [];
  for (const partner of partners) {
    const organisationId = partner.organisationId === removeId ? keepId : partner.organisationId;
    const existing = organisationId === keepId ? result.find((p) => p.organisationId === keepId) : undefined;
    if (!existing) {
      result.push({ ...partner, organisationId });
      continue;
    }
    if (rank[partner.role] < rank[existing.role]) existing.role = partner.role;
    existing.nameAsWritten ??= partner.nameAsWritten;
  }
  return result;
}

/**
 * Merge two records of one organisation ("Magdeburga" and "Magdeburg"): every project that names
 * `removeId` names `keepId` instead, the removed record is deleted, and the home organisation
 * follows. All in one transaction: either every project is repointed or none is.
 */
export function mergeOrganisations(keepId: string, removeId: string): Promise<{ projectsChanged: number }> {
  return guarded(async () => {
    if (keepId === removeId) throw new StorageError('invalid', 'an organisation cannot be merged into itself');
    const { validProject } = await validation();
    const db = getDatabase();
    return db.transaction('rw', [db.projects, db.organisations, db.history, db.settings], async () => {
      const [keep, remove] = await Promise.all([db.organisations.get(keepId), db.organisations.get(removeId)]);
      if (!keep || !remove) throw new StorageError('not-found', `organisation ${keep ? removeId : keepId} does not exist`);
      const rows = await db.projects.filter((row) => row.partners.some((p) => p.organisationId === removeId)).toArray();
      const at = now();
      for (const row of rows) {
        const { activeYears: _derived, ...before } = row;
        const next: Project = validProject({ ...before, partners: repointPartners(before.partners, removeId, keepId), updatedAt: at, revision: before.revision + 1 });
        const stored: ProjectRow = { ...next, activeYears: activeYears(next.period) };
        await db.projects.put(stored);
        await db.history.add(historyEntry('update', next, at, changedFields(before, next)));
      }
      await db.organisations.delete(removeId);
      const settings = await db.settings.get('settings');
      const value = settings?.value as { homeOrganisationId?: string | null } | undefined;
      if (value?.homeOrganisationId === removeId) await db.settings.put({ key: 'settings', value: { ...value, homeOrganisationId: keepId } });
      return { projectsChanged: rows.length };
    });
  });
}

/** Why an organisation or a programme was not deleted: the projects that name it, and whether it is the home organisation. */
export type EntryUse = { projects: number; home: boolean };

/**
 * Delete an organisation or a programme that nothing names (a colleague's deletion confirmed,
 * docs/sync.md "An edit against a deletion"). While a project names it, or it is the home
 * organisation, nothing is deleted and the answer says what names it: merging it into another
 * record (Partners screen) is the way then. One transaction: the check and the deletion agree.
 */
export function deleteUnusedEntry(type: 'organisation' | 'programme', id: string): Promise<{ deleted: boolean } & EntryUse> {
  return guarded(async () => {
    const db = getDatabase();
    const table = type === 'organisation' ? db.organisations : db.programmes;
    return db.transaction('rw', [db.projects, table, db.settings], async () => {
      const projects = await db.projects.filter((row) => (type === 'organisation' ? row.partners.some((p) => p.organisationId === id) : row.programmeId === id)).count();
      const settings = (await db.settings.get('settings'))?.value as { homeOrganisationId?: string | null } | undefined;
      const home = type === 'organisation' && settings?.homeOrganisationId === id;
      if (projects > 0 || home) return { deleted: false, projects, home };
      await table.delete(id);
      return { deleted: true, projects: 0, home: false };
    });
  });
}
