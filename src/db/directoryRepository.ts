// The organisation and programme directories: create, edit, and merge two records of the same
// organisation. Like portfolioRepository, records are validated on the way in and failures come
// out as StorageError.
import type { HistoryEntry, Organisation, Programme, Project, ProjectPartner } from '../domain/schema';
import { changedFields } from '../domain/changes';
import { activeYears } from '../domain/status';
import { getDatabase, type ProjectRow } from './database';
import { guarded, StorageError } from './errors';

export type OrganisationInput = Omit<Organisation, 'id' | 'createdAt' | 'updatedAt'>;
export type ProgrammeInput = Omit<Programme, 'id' | 'createdAt' | 'updatedAt'>;

const validation = () => import('./validation');
const now = () => new Date().toISOString();

export function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  return guarded(async () => {
    const { validOrganisation } = await validation();
    const at = now();
    const organisation = validOrganisation({ ...input, id: `org-${crypto.randomUUID()}`, createdAt: at, updatedAt: at });
    await getDatabase().organisations.add(organisation);
    return organisation;
  });
}

export function updateOrganisation(organisation: Organisation): Promise<Organisation> {
  return guarded(async () => {
    const { validOrganisation } = await validation();
    const db = getDatabase();
    return db.transaction('rw', db.organisations, async () => {
      const stored = await db.organisations.get(organisation.id);
      if (!stored) throw new StorageError('not-found', `organisation ${organisation.id} does not exist`);
      const next = validOrganisation({ ...organisation, createdAt: stored.createdAt, updatedAt: now() });
      await db.organisations.put(next);
      return next;
    });
  });
}

export function createProgramme(input: ProgrammeInput): Promise<Programme> {
  return guarded(async () => {
    const { validProgramme } = await validation();
    const at = now();
    const programme = validProgramme({ ...input, id: `prog-${crypto.randomUUID()}`, createdAt: at, updatedAt: at });
    await getDatabase().programmes.add(programme);
    return programme;
  });
}

export function updateProgramme(programme: Programme): Promise<Programme> {
  return guarded(async () => {
    const { validProgramme } = await validation();
    const db = getDatabase();
    return db.transaction('rw', db.programmes, async () => {
      const stored = await db.programmes.get(programme.id);
      if (!stored) throw new StorageError('not-found', `programme ${programme.id} does not exist`);
      const next = validProgramme({ ...programme, createdAt: stored.createdAt, updatedAt: now() });
      await db.programmes.put(next);
      return next;
    });
  });
}

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
        const entry: HistoryEntry = {
          id: crypto.randomUUID(),
          projectId: next.id,
          at,
          action: 'update',
          revision: next.revision,
          changedFields: changedFields(before, next),
          snapshot: next,
        };
        await db.history.add(entry);
      }
      await db.organisations.delete(removeId);
      const settings = await db.settings.get('settings');
      const value = settings?.value as { homeOrganisationId?: string | null } | undefined;
      if (value?.homeOrganisationId === removeId) await db.settings.put({ key: 'settings', value: { ...value, homeOrganisationId: keepId } });
      return { projectsChanged: rows.length };
    });
  });
}
