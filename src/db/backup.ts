// Backups: export everything as one JSON file, check a file completely, restore it in one
// transaction after saving a safety backup of what was there, and the backup reminder's state.
//
// The format itself (envelope, checks, migrations, what a restore changes) is pure and lives in
// src/domain/backup.ts. It is loaded on first use, so the reminder in the header (which imports
// this module) does not bring the validation library into the first download.
import { readInParts } from './readInParts';
import { version as appVersion } from '../../package.json';
import type { BackupData, BackupFile, BackupProblem, Conflict, ReadResult, RestoreMode, RestorePlan, TableChanges } from '../domain/backup';
import type { BackupStatus } from '../domain/backupReminder';
import type { Settings } from '../domain/schema';
import { getDatabase, type SafetyBackupRow } from './database';
import { guarded, StorageError } from './errors';
import { fromRow, getSettings, toRow } from './portfolioRepository';

const format = () => import('../domain/backup');

const SETTINGS_KEY = 'settings';
/** The reminder's own row in the settings table (not part of a backup: it is about this browser). */
const STATUS_KEY = 'backupStatus';
/** Safety backups kept; the oldest go when a new one is taken. */
export const SAFETY_BACKUPS_KEPT = 5;
export const SAFETY_COPY_MEASURE = 'restore: safety backup written';

type StoredStatus = { lastExportAt: string | null; postponedUntil: string | null };

const dataTables = () => {
  const db = getDatabase();
  return [db.projects, db.organisations, db.programmes, db.settings, db.history];
};

/** Everything a backup holds, as stored now. Call inside a transaction for a consistent read. */
async function readData(): Promise<BackupData> {
  const db = getDatabase();
  const [projects, organisations, programmes, history, settings] = await Promise.all([
    readInParts(db.projects, fromRow),
    db.organisations.toArray(),
    db.programmes.toArray(),
    readInParts(db.history, (entry) => entry),
    getSettings(),
  ]);
  return { settings, organisations, programmes, projects, history };
}

// ---------------------------------------------------------------- export

export type BackupExport = { fileName: string; text: string; exportedAt: string; counts: BackupFile['counts'] };

/** The whole portfolio as the text of a backup file (pretty-printed, keys in a stable order). */
export function exportBackup({ now = new Date() }: { now?: Date } = {}): Promise<BackupExport> {
  return guarded(async () => {
    const db = getDatabase();
    const { buildBackup, serializeBackup, backupFileName } = await format();
    const data = await db.transaction('r', dataTables(), readData);
    const file = buildBackup(data, { exportedAt: now.toISOString(), appVersion });
    return { fileName: backupFileName(now), text: serializeBackup(file), exportedAt: file.exportedAt, counts: file.counts };
  });
}

/** Note that a backup file was saved: the reminder starts counting again. */
export function recordExport(at: string): Promise<void> {
  return guarded(() => writeStatus({ lastExportAt: at, postponedUntil: null }));
}

// ---------------------------------------------------------------- reading a file

/**
 * Read and check a chosen file. A file over the size limit is refused before it is read; then
 * its bytes must be UTF-8 text (not an image renamed .json), then a valid backup.
 */
export async function readBackupFile(file: Blob): Promise<ReadResult> {
  const { MAX_BACKUP_BYTES, decodeBackupBytes, readBackupText } = await format();
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'too-large', bytes: file.size, limit: MAX_BACKUP_BYTES } };
  const decoded = decodeBackupBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  return readBackupText(decoded.text);
}

export async function readBackup(text: string): Promise<ReadResult> {
  return (await format()).readBackupText(text);
}

export type { BackupProblem, ReadResult, RestoreMode };

// ---------------------------------------------------------------- restore

export type PlanSummary = {
  mode: RestoreMode;
  projects: TableChanges;
  organisations: TableChanges;
  programmes: TableChanges;
  historyAdded: number;
  conflicts: Conflict[];
};

const summary = (plan: RestorePlan): PlanSummary => ({
  mode: plan.mode,
  projects: plan.projects,
  organisations: plan.organisations,
  programmes: plan.programmes,
  historyAdded: plan.historyAdded,
  conflicts: plan.conflicts,
});

/** What each way of restoring this backup would change in the data stored now. Writes nothing. */
export function previewRestore(backup: BackupFile): Promise<Record<RestoreMode, PlanSummary>> {
  return guarded(async () => {
    const { planRestore } = await format();
    const db = getDatabase();
    const current = await db.transaction('r', dataTables(), readData);
    const options = { now: new Date().toISOString(), newId: () => 'preview' };
    return {
      replace: summary(planRestore(current, backup.data, 'replace', options)),
      merge: summary(planRestore(current, backup.data, 'merge', options)),
    };
  });
}

export type RestoreOutcome = PlanSummary & { safetyBackupId: string };

/**
 * Apply a checked backup in one transaction: the data there now is first saved as a safety
 * backup, then replaced or merged. If anything fails, nothing changes, the safety backup included.
 */
export function applyRestore(backup: BackupFile, mode: RestoreMode, { now = new Date() }: { now?: Date } = {}): Promise<RestoreOutcome> {
  return guarded(async () => {
    const { planRestore, buildBackup, serializeBackup } = await format();
    const db = getDatabase();
    const at = now.toISOString();
    return db.transaction('rw', [...dataTables(), db.backups, db.backupTexts], async () => {
      const current = await readData();
      const plan = planRestore(current, backup.data, mode, { now: at, newId: () => crypto.randomUUID() });
      const safetyStart = performance.now();
      const safetyText = serializeBackup(buildBackup(current, { exportedAt: at, appVersion }), { compact: true });
      // Named for `npm run bench`, which reports the safety copy apart from the import itself.
      performance.measure(SAFETY_COPY_MEASURE, { start: safetyStart });

      // The writes are asked for together rather than one after another: the transaction
      // still carries them out in the order asked, but the page prepares the new records while
      // the disk works instead of waiting for each write. (Putting the safety backup's 40 MB
      // text ahead of the records measured slower; it goes once its listing row is written.)
      const writes: Promise<unknown>[] = [];
      const safetyStored = storeSafetyBackup(safetyText, current, at);
      if (mode === 'replace') writes.push(db.projects.clear(), db.organisations.clear(), db.programmes.clear(), db.history.clear());
      writes.push(
        db.organisations.bulkPut(plan.writes.organisations),
        db.programmes.bulkPut(plan.writes.programmes),
        db.projects.bulkPut(plan.writes.projects.map(toRow)),
        db.history.bulkPut(plan.writes.history),
        db.settings.put({ key: SETTINGS_KEY, value: plan.result.settings satisfies Settings }),
      );
      const [safetyBackupId] = await Promise.all([safetyStored, ...writes]);
      return { ...summary(plan), safetyBackupId };
    });
  });
}

async function storeSafetyBackup(text: string, data: BackupData, at: string): Promise<string> {
  const db = getDatabase();
  const id = `safety-${at}-${crypto.randomUUID().slice(0, 8)}`;
  const row: SafetyBackupRow = {
    id,
    at,
    reason: 'before-restore',
    counts: { organisations: data.organisations.length, programmes: data.programmes.length, projects: data.projects.length, history: data.history.length },
    bytes: text.length,
  };
  await db.backups.put(row);
  await db.backupTexts.put({ id, text });
  const ids = (await db.backups.orderBy('at').reverse().primaryKeys()) as string[];
  const old = ids.slice(SAFETY_BACKUPS_KEPT);
  await db.backups.bulkDelete(old);
  await db.backupTexts.bulkDelete(old);
  return id;
}

// ---------------------------------------------------------------- safety backups

export type SafetyBackup = SafetyBackupRow;

/** The safety backups kept in this browser, newest first. */
export function listSafetyBackups(): Promise<SafetyBackup[]> {
  return guarded(async () => (await getDatabase().backups.orderBy('at').reverse().toArray()));
}

/** A safety backup's file text (to download it, or to restore it). */
export function getSafetyBackupText(id: string): Promise<string> {
  return guarded(async () => {
    const row = await getDatabase().backupTexts.get(id);
    if (!row) throw new StorageError('not-found', `safety backup ${id} does not exist`);
    return row.text;
  });
}

/**
 * Put back the data as it was before a restore. The data there now is itself saved as a new
 * safety backup first, so this too can be undone.
 */
export async function restoreSafetyBackup(id: string, options: { now?: Date } = {}): Promise<RestoreOutcome> {
  const read = await readBackup(await getSafetyBackupText(id));
  if (!read.ok) throw new StorageError('invalid', `safety backup ${id} could not be read (${read.problem.code})`);
  return applyRestore(read.backup, 'replace', options);
}

// ---------------------------------------------------------------- reminder state

async function readStatus(): Promise<StoredStatus> {
  const row = await getDatabase().settings.get(STATUS_KEY);
  const value = (row?.value ?? {}) as Partial<StoredStatus>;
  return {
    lastExportAt: typeof value.lastExportAt === 'string' ? value.lastExportAt : null,
    postponedUntil: typeof value.postponedUntil === 'string' ? value.postponedUntil : null,
  };
}

async function writeStatus(patch: Partial<StoredStatus>): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: STATUS_KEY, value: { ...(await readStatus()), ...patch } });
  });
}

/** When the last backup was exported, and how many changes were made since. */
export function getBackupStatus(): Promise<BackupStatus> {
  return guarded(async () => {
    const db = getDatabase();
    return db.transaction('r', [db.settings, db.history], async () => {
      const status = await readStatus();
      const settings = await getSettings();
      const changesSinceExport = status.lastExportAt === null ? await db.history.count() : await db.history.where('at').above(status.lastExportAt).count();
      return { ...status, changesSinceExport, initialisedAt: settings.initialisedAt };
    });
  });
}

/** "Remind me later". */
export function postponeBackupReminder(until: string): Promise<void> {
  return guarded(() => writeStatus({ postponedUntil: until }));
}
