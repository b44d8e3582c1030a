// The backup reminder's state in this browser: when a backup was last exported, "remind me
// later", and how many changes were made since. Apart from backup.ts because the header shows
// the reminder on every screen, while exports and restores load only when someone uses them.
import type { BackupStatus } from '../domain/backupReminder';
import { getDatabase } from './database';
import { guarded } from './errors';
import { getSettings } from './portfolioRepository';

/** The reminder's own row in the settings table (not part of a backup: it is about this browser). */
const STATUS_KEY = 'backupStatus';
/** Safety backups kept; the oldest go when a new one is taken. */
export const SAFETY_BACKUPS_KEPT = 5;

type StoredStatus = { lastExportAt: string | null; postponedUntil: string | null };

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

/** Note that a backup file was saved: the reminder starts counting again. */
export function recordExport(at: string): Promise<void> {
  return guarded(() => writeStatus({ lastExportAt: at, postponedUntil: null }));
}
