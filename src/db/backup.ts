// Backups: export everything as one JSON file, check a file completely, restore it in one
// transaction after saving a safety backup of what was there. The reminder's state is in
// backupStatus.ts: the header shows it on every screen, and this module loads on first use.
//
// The format itself (envelope, checks, migrations, what a restore changes) is pure and lives in
// src/domain/backup/, loaded on first use too.
import { SAFETY_BACKUPS_KEPT } from './backupStatus';
import { readInParts } from './readInParts';
import { version as appVersion } from '../../package.json';
import type { BackupData, BackupFile } from '../domain/backup/format';
import type { BackupProblem, ReadResult } from '../domain/backup/problems';
import type { Conflict, RestoreMode, RestorePlan, SameRecord, TableChanges } from '../domain/backup/restorePlan';
import type { Steps } from '../domain/backup/steps';
import type { Settings } from '../domain/schema';
import { BACKED_UP_STORES, CHANGE_MARK_KEY, type ChangeMarkRow } from './changeMark';
import { getDatabase, type PortfolioDatabase, type SafetyBackupRow } from './database';
import { guarded, StorageError } from './errors';
import { author } from './historyEntry';
import { nextTurn, runInSlices, type OnProgress } from './runInSlices';
import { checkBackup } from './backupCheck';
import { fromRow, getSettings, toRow } from './portfolioRepository';
import { writeProgress, writeTable } from './restoreWrites';

// Loaded on first use (see above).
const format = () => import('../domain/backup/format');
const reading = () => import('../domain/backup/read');
const writing = () => import('../domain/backup/write');
const planning = () => import('../domain/backup/restorePlan');

const SETTINGS_KEY = 'settings';
export const SAFETY_COPY_MEASURE = 'restore: safety backup written';

const dataTables = () => {
  const db = getDatabase();
  return BACKED_UP_STORES.map((name) => db.table(name));
};

/**
 * Everything a backup holds, as stored now. Call inside a transaction for a consistent read.
 * The large tables are read in parts: each part is turned into objects in its own task, so a
 * read of 20,000 projects does not hold the page for a second in one piece.
 */
/** Records turned into objects in one task (~50 ms on a slow machine). */
const RECORDS_PER_READ = 500;

async function readData(): Promise<BackupData> {
  const db = getDatabase();
  const [projects, organisations, programmes, history, settings] = await Promise.all([
    readInParts(db.projects, fromRow, RECORDS_PER_READ),
    db.organisations.toArray(),
    db.programmes.toArray(),
    readInParts(db.history, (entry) => entry, RECORDS_PER_READ),
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
    const { buildBackup, serializeBackupWithin, backupFileName } = await writing();
    const data = await db.transaction('r', dataTables(), () => readData());
    const file = buildBackup(data, { exportedAt: now.toISOString(), appVersion });
    // Every file the app writes is one it can restore: over the limit, the file goes compact.
    const { text, compact, fits } = serializeBackupWithin(file);
    return { fileName: backupFileName(now), text, exportedAt: file.exportedAt, counts: file.counts, compact, fits };
  });
}

// ---------------------------------------------------------------- reading a file

/**
 * A chosen file's text. A file over the size limit is refused before it is read; then its bytes
 * must be UTF-8 text (not an image renamed .json).
 */
async function textOfFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; problem: BackupProblem }> {
  const [{ MAX_BACKUP_BYTES }, { decodeBackupBytes }] = await Promise.all([format(), reading()]);
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'too-large', bytes: file.size, limit: MAX_BACKUP_BYTES } };
  return decodeBackupBytes(new Uint8Array(await file.arrayBuffer()));
}

export async function readBackup(text: string): Promise<ReadResult> {
  return (await reading()).readBackupText(text);
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
    const [current, mark] = await Promise.all([readData(), readChangeMark()]);
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
export async function prepareRestore(
  source: Blob | string,
  { onProgress }: { onProgress?: OnProgress } = {},
): Promise<{ ok: true; prepared: PreparedRestore } | { ok: false; problem: BackupProblem }> {
  const [{ MAX_BACKUP_BYTES }, { planRestoreSteps, rememberingSameData }] = await Promise.all([format(), planning()]);
  // A file over the limit is refused before anything reads it.
  if (typeof source !== 'string' && source.size > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'too-large', bytes: source.size, limit: MAX_BACKUP_BYTES } };
  const same = rememberingSameData();
  // The stored data is asked for first: the browser reads it from disk while the file is checked.
  const basisRead = guarded(() => readBasis(same));
  basisRead.catch(() => undefined); // awaited below for a sound file; for a refused one it is not needed
  await nextTurn();
  // In a worker (or on the page in slices), so the page stays responsive through a large file.
  const read = await checkBackup(source, { onProgress, decode: textOfFile });
  if (!read.ok) return read;
  const basis = await basisRead;
  const options = { now: new Date().toISOString(), newId: () => 'preview', same };
  const plan = (mode: RestoreMode) => runInSlices(planRestoreSteps(basis.current, read.backup.data, mode, options), onProgress);
  // The second plan finds every comparison already made by the first (`same` remembers them).
  const plans = { replace: summary(await plan('replace')), merge: summary(await plan('merge')) };
  return { ok: true, prepared: { backup: read.backup, migratedFrom: read.migratedFrom, plans, basis } };
}

/** `readAgain`: the data stored had changed since the basis was read (or there was none), so it was read again. */
export type RestoreOutcome = PlanSummary & { safetyBackupId: string; readAgain: boolean };

/**
 * Apply a checked backup in one transaction: the data there now is first saved as a safety
 * backup, then replaced or merged. If anything fails, nothing changes, the safety backup included.
 */
export function applyRestore(
  backup: BackupFile,
  mode: RestoreMode,
  { now = new Date(), basis, onProgress }: { now?: Date; basis?: RestoreBasis; onProgress?: OnProgress } = {},
): Promise<RestoreOutcome> {
  return guarded(async () => {
    const [{ planRestore, planRestoreSteps }, { buildBackup, compactBackupSteps }, { runToEnd }] = await Promise.all([planning(), writing(), import('../domain/backup/steps')]);
    const db = getDatabase();
    const at = now.toISOString();
    const textAsBlob = await canStoreBlobs(db);
    const planOptions = { now: at, newId: () => crypto.randomUUID(), same: basis?.same, author: author() };
    const safetyCopy = (current: BackupData) => safetyContentSteps(compactBackupSteps(buildBackup(current, { exportedAt: at, appVersion })), textAsBlob);
    // The plan and the safety copy of the data read when the file was checked are made before the
    // transaction, in slices (the page stays responsive). Used only if nothing was written since.
    const beforehand = async (current: BackupData) => {
      const plan = await runInSlices(planRestoreSteps(current, backup.data, mode, planOptions), onProgress);
      const safetyStart = performance.now();
      const safety = await runInSlices(safetyCopy(current), onProgress);
      return { plan, safety, safetyMs: performance.now() - safetyStart };
    };
    const early = usableBasis(basis) ? await beforehand(basis.current) : null;
    return db.transaction('rw', [...dataTables(), db.backups, db.backupTexts], async () => {
      // Checked inside this transaction: no other tab can write between the check and the restore.
      // No mark at all (a database not written to since it was created) proves nothing.
      const readAgain = !usableBasis(basis) || (await readChangeMark()) !== basis.mark || early === null;
      const current = readAgain ? await readData() : basis.current;
      const plan = readAgain ? planRestore(current, backup.data, mode, planOptions) : early.plan;
      const safetyStart = performance.now();
      // Inside a transaction the page cannot be given a turn (the transaction would end): read again, it is made at once.
      const safety = readAgain ? runToEnd(safetyCopy(current)) : early.safety;
      // Named for `npm run bench`, which reports the safety copy apart from the import itself.
      performance.measure(SAFETY_COPY_MEASURE, { start: safetyStart, duration: readAgain ? performance.now() - safetyStart : early.safetyMs });
      const safetyStored = storeSafetyBackup(safety, current, at);
      const asIs = <T>(record: T) => record;
      const progress = writeProgress(plan, onProgress);
      const writes = [
        writeTable(db.organisations, plan, 'organisations', asIs, progress),
        writeTable(db.programmes, plan, 'programmes', asIs, progress),
        writeTable(db.projects, plan, 'projects', toRow, progress),
        writeTable(db.history, plan, 'history', asIs, progress),
        db.settings.put({ key: SETTINGS_KEY, value: plan.result.settings satisfies Settings }),
      ];
      const [safetyBackupId] = await Promise.all([safetyStored, ...writes]);
      return { ...summary(plan), safetyBackupId, readAgain };
    });
  });
}

/** What an import (a spreadsheet's rows) brings: new and changed projects, and the directory records they name. */
export type ImportedRecords = Pick<BackupData, 'organisations' | 'programmes' | 'projects'>;

/**
 * Write an import's records as a merge restore of them: a safety backup of everything first
 * (its id undoes the import), then all of them in one transaction or none; each project added
 * or changed gains an 'import' entry in its history.
 */
export async function applyImport(records: ImportedRecords, { now = new Date(), onProgress }: { now?: Date; onProgress?: OnProgress } = {}): Promise<RestoreOutcome> {
  const [{ buildBackup }, settings] = await Promise.all([writing(), getSettings()]);
  const backup = buildBackup({ settings, ...records, history: [] }, { exportedAt: now.toISOString(), appVersion });
  return applyRestore(backup, 'merge', { now, onProgress });
}

/** A basis taken with a change mark: the only kind a restore can trust to be still current. */
function usableBasis(basis: RestoreBasis | undefined): basis is RestoreBasis & { mark: string } {
  return basis !== undefined && basis.mark !== null;
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

/**
 * The safety copy's stored form, from the pieces of its text: a Blob made piece by piece (each
 * piece its own step: encoding 100 MB at once holds the page), or, where this browser cannot
 * store Blobs, the text itself.
 */
function* safetyContentSteps(text: Steps<string[]>, asBlob: boolean): Steps<SafetyContent> {
  const pieces = yield* text;
  const length = pieces.reduce((n, piece) => n + piece.length, 0);
  if (!asBlob) return { content: pieces.join(''), length };
  const blobs: Blob[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    blobs.push(new Blob([pieces[i] as string]));
    yield { phase: 'safety', done: i + 1, total: pieces.length };
  }
  return { content: new Blob(blobs, { type: 'application/json' }), length };
}

type SafetyContent = { content: Blob | string; length: number };

async function storeSafetyBackup(safety: SafetyContent, data: BackupData, at: string): Promise<string> {
  const db = getDatabase();
  const id = `safety-${at}-${crypto.randomUUID().slice(0, 8)}`;
  const row: SafetyBackupRow = {
    id,
    at,
    reason: 'before-restore',
    counts: { organisations: data.organisations.length, programmes: data.programmes.length, projects: data.projects.length, history: data.history.length },
    bytes: safety.length,
  };
  await db.backups.put(row);
  await db.backupTexts.put({ id, text: safety.content });
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

export { getBackupStatus, postponeBackupReminder, recordExport, SAFETY_BACKUPS_KEPT } from './backupStatus';
