// When to remind the user to export a backup. Kept apart from backup/ (and free of zod) because
// the reminder shows in the header of every screen, which is part of the first download.

export const REMIND_AFTER_DAYS = 30;
export const REMIND_AFTER_CHANGES = 50;
export const POSTPONE_DAYS = 7;

export type BackupStatus = {
  /** When a backup file was last exported from this browser; null when never. */
  lastExportAt: string | null;
  /** "Remind me later" hides the reminder until then. */
  postponedUntil: string | null;
  /** Changes to projects (history entries) since the last export, or ever when never exported. */
  changesSinceExport: number;
  /** When this browser's portfolio was set up: the clock starts there when nothing was exported yet. */
  initialisedAt: string | null;
};

export type Reminder = { due: boolean; days: number | null; changes: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A reminder is due after 30 days or 50 changes without a backup, unless postponed. With no
 * change at all since the last backup (or since the start) there is nothing new to lose, so
 * no reminder, however long ago that was.
 */
export function backupReminder(status: BackupStatus, now: Date): Reminder {
  const since = status.lastExportAt ?? status.initialisedAt;
  const days = since === null ? null : Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
  const changes = status.changesSinceExport;
  if (status.postponedUntil !== null && now.getTime() < Date.parse(status.postponedUntil)) return { due: false, days, changes };
  const due = changes >= REMIND_AFTER_CHANGES || (changes > 0 && days !== null && days >= REMIND_AFTER_DAYS);
  return { due, days, changes };
}

export function postponedUntil(now: Date): string {
  return new Date(now.getTime() + POSTPONE_DAYS * DAY_MS).toISOString();
}
