// Backups: export everything as one JSON file, check a file completely, restore it in one
// transaction after saving a safety backup of what was there, and the backup reminder's state.
//
// The format itself (envelope, checks, migrations, what a restore changes) is pure and lives in
// src/domain/backup.ts. It is loaded on first use, so the reminder in the header (which imports
// this module) does not bring the validation library into the first download.
import { readInParts } from './readInParts';
import { version as appVersion } from '../../package.json';
import type { Table } from 'dexie';
import type { BackupData, BackupFile, BackupProblem, BackupTable, Conflict, ReadResult, RestoreMode, RestorePlan, SameRecord, TableChanges } from '../domain/backup';
import type { BackupStatus } from '../domain/backupReminder';
import type { Settings } from '../domain/schema';
import { BACKED_UP_STORES, CHANGE_MARK_KEY, type ChangeMarkRow } from './changeMark';
import { getDatabase, type PortfolioDatabase, type SafetyBackupRow } from './database';
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
  return BACKED_UP_STORES.map((name) => db.table(name));
};

/**
 * Everything a backup holds, as stored now. Call inside a transaction for a consistent read.
 * `inOneGo`: one request per table, all sent at once (see prepareRestore), instead of reading
 * the large tables in parts, which needs a first answer before it asks for the rest.
 */
async function readData({ inOneGo = false }: { inOneGo?: boolean } = {}): Promise<BackupData> {
  const db = getDatabase();
  const [projects, organisations, programmes, history, settings] = await Promise.all([
    inOneGo ? db.projects.toArray().then((rows) => rows.map(fromRow)) : readInParts(db.projects, fromRow),
    db.organisations.toArray(),
    db.programmes.toArray(),
    inOneGo ? db.history.toArray() : readInParts(db.history, (entry) => entry),
    getSettings(),
  ]);
  return { settings, organisations, programmes, projects, history };
}

// ---------------------------------------------------------------- export

/** `compact`: written without indentation, so the file stays under the restore limit. */
export type BackupExport = { fileName: string; text: string; exportedAt: string; counts: BackupFile['counts']; compact: boolean; fits: boolean };

/** The whole portfolio as the text of a backup file (pretty-printed, keys in a stable order). */
export function exportBackup({ now = new Date() }: { now?: Date } = {}): Promise<BackupExport> {
  return guarded(async () => {
    const db = getDatabase();
    const { buildBackup, serializeBackupWithin, backupFileName } = await format();
    const data = await db.transaction('r', dataTables(), () => readData());
    const file = buildBackup(data, { exportedAt: now.toISOString(), appVersion });
    // Every file the app writes is one it can restore: over the limit, the file goes compact.
    const { text, compact, fits } = serializeBackupWithin(file);
    return { fileName: backupFileName(now), text, exportedAt: file.exportedAt, counts: file.counts, compact, fits };
  });
}

/** Note that a backup file was saved: the reminder starts counting again. */
export function recordExport(at: string): Promise<void> {
  return guarded(() => writeStatus({ lastExportAt: at, postponedUntil: null }));
}

// ---------------------------------------------------------------- reading a file

/**
 * A chosen file's text. A file over the size limit is refused before it is read; then its bytes
 * must be UTF-8 text (not an image renamed .json).
 */
async function textOfFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; problem: BackupProblem }> {
  const { MAX_BACKUP_BYTES, decodeBackupBytes } = await format();
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'too-large', bytes: file.size, limit: MAX_BACKUP_BYTES } };
  return decodeBackupBytes(new Uint8Array(await file.arrayBuffer()));
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

/**
 * The data stored when a file was read for restoring, with the change mark read with it: the
 * restore uses it instead of reading everything again if nothing has been written since.
 */
export type RestoreBasis = { current: BackupData; mark: string | null; same: SameRecord };

/** A checked file, what each way of restoring it would change, and the basis for applying it. */
export type PreparedRestore = { backup: BackupFile; migratedFrom: number | null; plans: Record<RestoreMode, PlanSummary>; basis: RestoreBasis };

/** Everything stored now and the change mark, read together. */
async function readBasis(same: SameRecord): Promise<RestoreBasis> {
  const db = getDatabase();
  return db.transaction('r', dataTables(), async () => {
    const [current, mark] = await Promise.all([readData({ inOneGo: true }), readChangeMark()]);
    return { current, mark, same };
  });
}

async function readChangeMark(): Promise<string | null> {
  const row = (await getDatabase().settings.get(CHANGE_MARK_KEY)) as ChangeMarkRow | undefined;
  return row?.value ?? null;
}

/**
 * Read and check a backup file (a chosen file, or its text) and work out what each way of
 * restoring it would change in the data stored now. Writes nothing.
 */
export async function prepareRestore(source: Blob | string): Promise<{ ok: true; prepared: PreparedRestore } | { ok: false; problem: BackupProblem }> {
  const decoded = typeof source === 'string' ? { ok: true as const, text: source } : await textOfFile(source);
  if (!decoded.ok) return decoded;
  const { readBackupText, planRestore, rememberingSameData } = await format();
  const same = rememberingSameData();
  // The stored data is asked for first, and the page lets the requests go out (one turn of the
  // event loop) before the check of the file holds it for ~0.6 s: the browser reads from disk
  // meanwhile. Measured at 10,000 projects: ~0.2 s less than reading after the check.
  const basisRead = guarded(() => readBasis(same));
  basisRead.catch(() => undefined); // awaited below for a sound file; for a refused one it is not needed
  await new Promise((resolve) => setTimeout(resolve, 0));
  const read = readBackupText(decoded.text);
  if (!read.ok) return read;
  const basis = await basisRead;
  const options = { now: new Date().toISOString(), newId: () => 'preview', same };
  const plans = {
    replace: summary(planRestore(basis.current, read.backup.data, 'replace', options)),
    merge: summary(planRestore(basis.current, read.backup.data, 'merge', options)),
  };
  return { ok: true, prepared: { backup: read.backup, migratedFrom: read.migratedFrom, plans, basis } };
}

/** `readAgain`: the data stored had changed since the basis was read (or there was none), so it was read again. */
export type RestoreOutcome = PlanSummary & { safetyBackupId: string; readAgain: boolean };

/**
 * Apply a checked backup in one transaction: the data there now is first saved as a safety
 * backup, then replaced or merged. If anything fails, nothing changes, the safety backup included.
 */
export function applyRestore(backup: BackupFile, mode: RestoreMode, { now = new Date(), basis }: { now?: Date; basis?: RestoreBasis } = {}): Promise<RestoreOutcome> {
  return guarded(async () => {
    const { planRestore, buildBackup, serializeBackup } = await format();
    const db = getDatabase();
    const at = now.toISOString();
    const textAsBlob = await canStoreBlobs(db);
    return db.transaction('rw', [...dataTables(), db.backups, db.backupTexts], async () => {
      // Checked inside this transaction: no other tab can write between the check and the restore.
      // No mark at all (a database not written to since it was created) proves nothing.
      const readAgain = basis === undefined || basis.mark === null || (await readChangeMark()) !== basis.mark;
      const current = readAgain ? await readData() : basis.current;
      const plan = planRestore(current, backup.data, mode, { now: at, newId: () => crypto.randomUUID(), same: basis?.same });
      const safetyStart = performance.now();
      const safetyText = serializeBackup(buildBackup(current, { exportedAt: at, appVersion }), { compact: true });
      // Named for `npm run bench`, which reports the safety copy apart from the import itself.
      performance.measure(SAFETY_COPY_MEASURE, { start: safetyStart });

      // The writes are asked for together rather than one after another: the transaction
      // still carries them out in the order asked, but the page prepares the new records while
      // the disk works instead of waiting for each write. (Putting the safety backup's 40 MB
      // text ahead of the records measured slower; it goes once its listing row is written.)
      const safetyStored = storeSafetyBackup(safetyText, current, at, textAsBlob);
      const asIs = <T>(record: T) => record;
      const writes = [
        ...writeTable(db.organisations, plan, 'organisations', asIs),
        ...writeTable(db.programmes, plan, 'programmes', asIs),
        ...writeTable(db.projects, plan, 'projects', toRow),
        ...writeTable(db.history, plan, 'history', asIs),
        db.settings.put({ key: SETTINGS_KEY, value: plan.result.settings satisfies Settings }),
      ];
      const [safetyBackupId] = await Promise.all([safetyStored, ...writes]);
      return { ...summary(plan), safetyBackupId, readAgain };
    });
  });
}

/**
 * The writes that bring one table to the plan's result. Records the file holds unchanged are
 * left where they are; but when most of a table changes on a replace, clearing it and writing
 * the file's records is quicker than overwriting and deleting them one by one (measured at
 * 10,000 projects: overwriting every record took ~0.3 s longer than clearing first).
 */
function writeTable<K extends BackupTable, Row>(
  table: Table<Row, string>,
  plan: RestorePlan,
  name: K,
  toStored: (record: BackupData[K][number]) => Row,
): Promise<unknown>[] {
  const all = plan.result[name] as BackupData[K][number][];
  const put = plan.writes[name] as BackupData[K][number][];
  const remove = plan.removals[name];
  if (plan.mode === 'replace' && (all.length - put.length) * 2 < all.length) return [table.clear(), table.bulkPut(all.map(toStored))];
  return [...(remove.length > 0 ? [table.bulkDelete(remove)] : []), ...(put.length > 0 ? [table.bulkPut(put.map(toStored))] : [])];
}

const blobsStorable = new WeakMap<PortfolioDatabase, Promise<boolean>>();

/**
 * Whether this browser stores Blobs in IndexedDB: Safari refuses them in private windows, and a
 * refused put inside the restore would undo the whole restore. Asked once, with a tiny Blob.
 */
function canStoreBlobs(db: PortfolioDatabase): Promise<boolean> {
  let answer = blobsStorable.get(db);
  if (!answer) {
    const id = 'blob-probe';
    answer = db
      .transaction('rw', db.backupTexts, async () => {
        await db.backupTexts.put({ id, text: new Blob(['{}'], { type: 'application/json' }) });
        await db.backupTexts.delete(id);
      })
      .then(
        () => true,
        () => false,
      );
    blobsStorable.set(db, answer);
  }
  return answer;
}

async function storeSafetyBackup(text: string, data: BackupData, at: string, asBlob: boolean): Promise<string> {
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
  await db.backupTexts.put({ id, text: asBlob ? new Blob([text], { type: 'application/json' }) : text });
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
    return typeof row.text === 'string' ? row.text : await row.text.text();
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
