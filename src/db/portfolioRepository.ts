// The one door to storage: every read and write of the portfolio goes through here.
// Records are validated against the domain schemas on the way in, and storage failures
// come out as StorageError so the UI can say what went wrong.
import Dexie from 'dexie';
import { defaultSettings } from '../domain/constants';
import { changedFields } from '../domain/changes';
import { sameData } from '../domain/sameData';
import type { HistoryEntry, Organisation, Programme, Project, Settings } from '../domain/schema';
import type { ProjectOverview } from '../domain/overview';
import { activeYears } from '../domain/status';
import { decodeOverview } from './overviewRows';
import { readInParts } from './readInParts';
import { getDatabase, isOutdated, type ProjectRow } from './database';
import { guarded, StorageError } from './errors';
import { historyEntry, type EntryNote } from './historyEntry';

export type SamplePortfolio = {
  organisations: Organisation[];
  programmes: Programme[];
  projects: Project[];
  homeOrganisationId: string;
};

const SETTINGS_KEY = 'settings';

let lastStamp = '';
/** Now, as ISO time, strictly after the previous stamp, so history entries keep their order. */
function stamp(): string {
  let now = new Date().toISOString();
  if (now <= lastStamp) now = new Date(Date.parse(lastStamp) + 1).toISOString();
  lastStamp = now;
  return now;
}

export type { EntryNote } from './historyEntry';

/** A project as stored: the record plus its derived index fields. */
export function toRow(project: Project): ProjectRow {
  return { ...project, activeYears: activeYears(project.period) };
}

/** A stored row back to the domain record (derived fields dropped). */
export function fromRow(row: ProjectRow): Project {
  const { activeYears: _derived, ...project } = row;
  return project;
}

/** The validators, loaded with the first write (see validation.ts). */
const validation = () => import('./validation');

// ---------------------------------------------------------------- reads

export function listProjects(): Promise<Project[]> {
  return guarded(() => readInParts(getDatabase().projects, fromRow));
}

/**
 * Every project's overview: what the list, timeline and dashboard read. Much lighter than
 * listProjects() (see src/domain/overview.ts); use it whenever a screen needs the whole portfolio.
 */
export function listProjectOverviews({ partSize }: { partSize?: number } = {}): Promise<ProjectOverview[]> {
  return guarded(() => readInParts(getDatabase().projectOverviews, decodeOverview, partSize));
}

/**
 * The first overviews in the list's default order (newest start first), read through the
 * start index: enough for a first screen while the whole portfolio is still loading.
 * Projects without a start date are not in the index; they sort last anyway.
 */
export function listNewestOverviews(limit: number): Promise<ProjectOverview[]> {
  return guarded(async () => (await getDatabase().projectOverviews.orderBy('start').reverse().limit(limit).toArray()).map(decodeOverview));
}

/**
 * How many sample projects are stored. Sample projects have ids starting with "sample-";
 * reading keys first keeps this cheap however large the portfolio is.
 */
export function countSampleProjects(): Promise<number> {
  return guarded(async () => {
    const projects = getDatabase().projects;
    const ids = (await projects.where('id').startsWith('sample-').primaryKeys()) as string[];
    const rows = await projects.bulkGet(ids);
    return rows.filter((row) => row?.origin === 'sample').length;
  });
}

export function countProjects(): Promise<number> {
  return guarded(() => getDatabase().projects.count());
}

/** One project, checked: a damaged stored record fails with kind 'corrupt' (see storedProject). */
export function getProject(id: string): Promise<Project | null> {
  return guarded(async () => {
    const [row, { storedProject }] = await Promise.all([getDatabase().projects.get(id), validation()]);
    return row ? storedProject(fromRow(row)) : null;
  });
}

/** The projects with these ids, those that exist (for exports of what a list shows). */
export function getProjects(ids: readonly string[]): Promise<Project[]> {
  return guarded(async () => (await getDatabase().projects.bulkGet([...new Set(ids)])).filter((row) => row !== undefined).map(fromRow));
}

export function listOrganisations(): Promise<Organisation[]> {
  return guarded(() => getDatabase().organisations.toArray());
}

export function listProgrammes(): Promise<Programme[]> {
  return guarded(() => getDatabase().programmes.toArray());
}

export function getSettings(): Promise<Settings> {
  return guarded(async () => readSettings());
}

/** Settings as stored (only ever written validated), over the defaults for keys added later. */
async function readSettings(): Promise<Settings> {
  const row = await getDatabase().settings.get(SETTINGS_KEY);
  const stored = (row?.value ?? {}) as Partial<Settings>;
  return {
    homeOrganisationId: typeof stored.homeOrganisationId === 'string' ? stored.homeOrganisationId : defaultSettings.homeOrganisationId,
    initialisedAt: typeof stored.initialisedAt === 'string' ? stored.initialisedAt : defaultSettings.initialisedAt,
    sampleNoticeDismissed: stored.sampleNoticeDismissed === true,
    persistenceRequested: stored.persistenceRequested === true,
  };
}

/** A project's changes, newest first. */
export function listHistory(projectId: string): Promise<HistoryEntry[]> {
  return guarded(async () => (await getDatabase().history.where('[projectId+at]').between([projectId, ''], [projectId, '\uffff']).toArray()).reverse());
}

/** Whether this browser's database has been set up (the sample portfolio offered) before. */
export function isInitialised(): Promise<boolean> {
  return guarded(async () => (await readSettings()).initialisedAt !== null);
}

/** Ids of the projects that are active in a calendar year (served by the activeYears index). */
export function projectIdsActiveIn(year: number): Promise<string[]> {
  return guarded(async () => (await getDatabase().projects.where('activeYears').equals(year).primaryKeys()) as string[]);
}

// ---------------------------------------------------------------- writes

/**
 * After the first successful write, ask the browser to keep our data even under storage
 * pressure. Asked once; the answer is shown in Settings.
 */
async function askForPersistenceOnce(): Promise<void> {
  const settings = await readSettings();
  if (settings.persistenceRequested) return;
  await getDatabase().settings.put({ key: SETTINGS_KEY, value: { ...settings, persistenceRequested: true } });
  try {
    await globalThis.navigator?.storage?.persist?.();
  } catch {
    // Not granted or not supported: Settings shows the state; nothing else to do.
  }
}

async function write<T>(operation: () => Promise<T>): Promise<T> {
  const result = await guarded(operation);
  await guarded(askForPersistenceOnce);
  return result;
}

/**
 * Save a project. With `expected` (the stored project the caller started from, or null when it
 * starts from none), the save is refused (kind 'conflict') unless the stored project is still
 * exactly that one, so another tab's edit, a restore or a deletion is never overwritten silently.
 * The whole record is compared, not its revision number: a Replace restore puts back the
 * file's revisions, so a number seen before can return with other content.
 */
export function saveProject(project: Project, options: { expected?: Project | null; now?: string; note?: EntryNote } = {}): Promise<Project> {
  return write(async () => {
    const db = getDatabase();
    const { validProject } = await validation();
    return db.transaction('rw', [db.projects, db.history], async () => {
      const storedRow = await db.projects.get(project.id);
      const stored = storedRow ? fromRow(storedRow) : null;
      const { expected } = options;
      if (expected !== undefined && (expected === null ? stored !== null : stored === null || !sameData(stored, expected))) {
        throw new StorageError('conflict', stored ? `project ${project.id} was changed elsewhere (revision ${stored.revision})` : `project ${project.id} was deleted elsewhere`);
      }
      const now = options.now ?? stamp();
      const next = validProject({
        ...project,
        createdAt: stored?.createdAt ?? project.createdAt,
        updatedAt: now,
        revision: (stored?.revision ?? 0) + 1,
      });
      await db.projects.put(toRow(next));
      await db.history.add(historyEntry(stored ? 'update' : 'create', next, now, changedFields(stored, next), options.note));
      return next;
    });
  });
}

/** Delete a project; returns what was deleted so the caller can offer undo. `note` as for a save. */
export function deleteProject(id: string, note?: EntryNote): Promise<Project> {
  return write(async () => {
    const db = getDatabase();
    return db.transaction('rw', [db.projects, db.history], async () => {
      const row = await db.projects.get(id);
      if (!row) throw new StorageError('not-found', `project ${id} does not exist`);
      await db.projects.delete(id);
      const deleted = fromRow(row);
      await db.history.add(historyEntry('delete', deleted, stamp(), [], note));
      return deleted;
    });
  });
}

/** Put a deleted project back exactly as it was (undo). */
export function restoreProject(project: Project): Promise<void> {
  return write(async () => {
    const { validProject } = await validation();
    const restored = validProject(project);
    const db = getDatabase();
    await db.transaction('rw', [db.projects, db.history], async () => {
      await db.projects.put(toRow(restored));
      await db.history.add(historyEntry('restore', restored, stamp(), []));
    });
  });
}

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return write(async () => {
    const db = getDatabase();
    const { validSettings } = await validation();
    return db.transaction('rw', db.settings, async () => {
      const next = validSettings({ ...(await readSettings()), ...patch });
      await db.settings.put({ key: SETTINGS_KEY, value: next });
      return next;
    });
  });
}

// ---------------------------------------------------------------- sample portfolio

/** Validate the whole sample first, so a bad record fails before the transaction starts. */
async function validSample(sample: SamplePortfolio): Promise<SamplePortfolio> {
  const { validOrganisation, validProgramme, validProject } = await validation();
  return {
    organisations: sample.organisations.map(validOrganisation),
    programmes: sample.programmes.map(validProgramme),
    projects: sample.projects.map(validProject),
    homeOrganisationId: sample.homeOrganisationId,
  };
}

async function putSample(sample: SamplePortfolio): Promise<void> {
  const db = getDatabase();
  await db.organisations.bulkPut(sample.organisations);
  await db.programmes.bulkPut(sample.programmes);
  await db.projects.bulkPut(sample.projects.map(toRow));
}

/**
 * On a browser's very first start, load the sample portfolio. Runs in one transaction so two
 * tabs opened at once cannot both load it; once initialised, an emptied database stays empty.
 *
 * The sample is built into the app, not read from outside, and a unit test proves it passes the
 * schema (consistency.seeds.test.ts). So it is not validated again here: on a phone that would
 * load the validation library and parse every sample record before the first screen, about a
 * second of main-thread work at a phone's speed. "Load the sample again" (Settings) still checks.
 */
export function initialiseIfNew(sample: SamplePortfolio, now = new Date().toISOString()): Promise<'loaded-sample' | 'existing'> {
  return guarded(async () => {
    const db = getDatabase();
    if ((await readSettings()).initialisedAt !== null) return 'existing';
    const outcome = await db.transaction('rw', [db.projects, db.organisations, db.programmes, db.settings], async () => {
      const settings = await readSettings();
      if (settings.initialisedAt !== null) return 'existing' as const;
      const isEmpty = (await db.projects.count()) === 0;
      if (isEmpty) await putSample(sample);
      await db.settings.put({
        key: SETTINGS_KEY,
        value: { ...settings, initialisedAt: now, homeOrganisationId: settings.homeOrganisationId ?? sample.homeOrganisationId },
      });
      return isEmpty ? ('loaded-sample' as const) : ('existing' as const);
    });
    if (outcome === 'loaded-sample') await guarded(askForPersistenceOnce);
    return outcome;
  });
}

/** Load the sample portfolio again; sample projects return to their original text. */
export function loadSamplePortfolio(given: SamplePortfolio): Promise<void> {
  return write(async () => {
    const db = getDatabase();
    const sample = await validSample(given);
    await db.transaction('rw', [db.projects, db.organisations, db.programmes, db.settings], async () => {
      await putSample(sample);
      const settings = await readSettings();
      await db.settings.put({
        key: SETTINGS_KEY,
        value: { ...settings, sampleNoticeDismissed: false, homeOrganisationId: settings.homeOrganisationId ?? sample.homeOrganisationId },
      });
    });
  });
}

/**
 * Remove the sample projects, and the sample organisations and programmes that no other
 * project uses. The home organisation stays: it is the council itself.
 */
export function removeSamplePortfolio(sample: SamplePortfolio): Promise<{ removedProjects: number }> {
  return write(async () => {
    const db = getDatabase();
    return db.transaction('rw', [db.projects, db.organisations, db.programmes, db.settings, db.history], async () => {
      const sampleIds = (await db.projects.filter((p) => p.origin === 'sample').primaryKeys()) as string[];
      await db.projects.bulkDelete(sampleIds);
      await db.history.where('projectId').anyOf(sampleIds).delete();
      const remaining = await db.projects.toArray();
      const usedOrganisations = new Set(remaining.flatMap((p) => p.partners.map((partner) => partner.organisationId)));
      const usedProgrammes = new Set(remaining.map((p) => p.programmeId));
      const settings = await readSettings();
      usedOrganisations.add(settings.homeOrganisationId ?? '');
      await db.organisations.bulkDelete(sample.organisations.map((o) => o.id).filter((id) => !usedOrganisations.has(id)));
      await db.programmes.bulkDelete(sample.programmes.map((p) => p.id).filter((id) => !usedProgrammes.has(id)));
      await db.settings.put({ key: SETTINGS_KEY, value: { ...settings, sampleNoticeDismissed: true } });
      return { removedProjects: sampleIds.length };
    });
  });
}

// ---------------------------------------------------------------- storage status

export type StorageStatus = { persisted: boolean | null; usageBytes: number | null; quotaBytes: number | null };

export async function getStorageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

// ---------------------------------------------------------------- outdated tab

/** A tab older than the stored database refuses every read and write (see database.ts); the layout says so. */
export { isOutdated, onOutdated } from './database';

// ---------------------------------------------------------------- change events

export type StoredTable = 'projects' | 'organisations' | 'programmes' | 'settings' | 'history' | 'syncConflicts';

/**
 * Call `onChange` with the tables that changed, whenever the database changes: in this tab,
 * or in any other tab or window of the app (Dexie relays the event over BroadcastChannel).
 */
export function subscribeToChanges(onChange: (tables: StoredTable[]) => void): () => void {
  const listener = (parts: Record<string, unknown>) => {
    // An outdated tab cannot read: refetching would only replace what its screens show,
    // an unsaved form among them, with errors.
    if (isOutdated()) return;
    const prefix = `idb://${getDatabase().name}/`;
    const tables = new Set<StoredTable>();
    for (const key of Object.keys(parts)) {
      if (!key.startsWith(prefix)) continue;
      const table = key.slice(prefix.length).split('/')[0];
      if (table === 'projects' || table === 'organisations' || table === 'programmes' || table === 'settings' || table === 'history' || table === 'syncConflicts') tables.add(table);
    }
    if (tables.size > 0) onChange([...tables]);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

// ---------------------------------------------------------------- bulk writes

export type PortfolioRecords = { organisations: Organisation[]; programmes: Programme[]; projects: Project[] };

/**
 * Write many records at once, validated first and then stored in one transaction: either all
 * of them land or none do. `replace` empties the three tables first; `merge` puts over them.
 */
export function putPortfolio(records: PortfolioRecords, { mode }: { mode: 'merge' | 'replace' }): Promise<{ projects: number }> {
  return write(async () => {
    const { validOrganisation, validProgramme, validProject } = await validation();
    const organisations = records.organisations.map(validOrganisation);
    const programmes = records.programmes.map(validProgramme);
    const rows = records.projects.map((p) => toRow(validProject(p)));
    const db = getDatabase();
    await db.transaction('rw', [db.projects, db.organisations, db.programmes], async () => {
      if (mode === 'replace') await Promise.all([db.projects.clear(), db.organisations.clear(), db.programmes.clear()]);
      await db.organisations.bulkPut(organisations);
      await db.programmes.bulkPut(programmes);
      await db.projects.bulkPut(rows);
    });
    return { projects: rows.length };
  });
}
