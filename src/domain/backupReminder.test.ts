import { describe, expect, it } from 'vitest';
import { backupReminder, postponedUntil, type BackupStatus } from './backupReminder';

const base: BackupStatus = { lastExportAt: '2026-01-01T12:00:00.000Z', postponedUntil: null, changesSinceExport: 1, initialisedAt: '2025-06-01T00:00:00.000Z' };
const day = (iso: string) => new Date(iso);

describe('backup reminder', () => {
  it('is due after 30 days with changes, not at 29', () => {
    expect(backupReminder(base, day('2026-01-30T12:00:00.000Z'))).toEqual({ due: false, days: 29, changes: 1 });
    expect(backupReminder(base, day('2026-01-31T12:00:00.000Z'))).toEqual({ due: true, days: 30, changes: 1 });
  });

  it('is due at 50 changes, however recent the backup', () => {
    expect(backupReminder({ ...base, changesSinceExport: 49 }, day('2026-01-02T00:00:00.000Z')).due).toBe(false);
    expect(backupReminder({ ...base, changesSinceExport: 50 }, day('2026-01-02T00:00:00.000Z')).due).toBe(true);
  });

  it('is not due when nothing changed since the backup', () => {
    expect(backupReminder({ ...base, changesSinceExport: 0 }, day('2027-01-01T00:00:00.000Z')).due).toBe(false);
  });

  it('counts from the first start when there was never a backup', () => {
    expect(backupReminder({ ...base, lastExportAt: null }, day('2025-07-01T00:00:00.000Z'))).toEqual({ due: true, days: 30, changes: 1 });
  });

  it('stays hidden while postponed, for a week', () => {
    const now = day('2026-03-01T00:00:00.000Z');
    const postponed = { ...base, postponedUntil: postponedUntil(now) };
    expect(postponed.postponedUntil).toBe('2026-03-08T00:00:00.000Z');
    expect(backupReminder(postponed, day('2026-03-07T23:00:00.000Z')).due).toBe(false);
    expect(backupReminder(postponed, day('2026-03-08T00:00:00.000Z')).due).toBe(true);
  });
});
