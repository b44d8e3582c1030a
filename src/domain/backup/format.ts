// The backup file's envelope as this version writes it (docs/backup-format.md): its name and
// version, the size limits, the tables it holds and the zod schema of the whole file.
import * as z from 'zod';
import {
  historyEntrySchema,
  isoDateTimeSchema,
  organisationSchema,
  programmeSchema,
  projectSchema,
  settingsSchema,
  wholeCountSchema,
  type HistoryEntry,
  type Organisation,
  type Programme,
  type Project,
  type Settings,
} from '../schema';

export const BACKUP_FORMAT = 'eu-projects-portfolio-backup';
/** The version this app writes. Version 1 had no history of changes (see MIGRATIONS). */
export const BACKUP_FORMAT_VERSION = 2;
/**
 * Larger files are refused before they are read. A real portfolio is a few megabytes, but the
 * history of changes keeps a full copy of a project per save and grows without bound: 6,000
 * entries made a 113 MB file. The limit is what a tab can safely hold while it restores a
 * file: its text (two bytes a character once it holds a Latvian letter), the parsed records,
 * the stored data and the safety copy at once. Measured in V8: 384 MB of text took 772 MB of
 * heap and its records 295 MB more, 1.1 GB before the stored data; 256 MB stays near 2 GB in
 * all, half of a tab's 4 GB. The export never writes a file above it (serializeBackupWithin).
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
/** Deeper than this, a file cannot be a backup (a backup's records nest about eight levels). */
export const MAX_BACKUP_DEPTH = 64;

export const backupTables = ['organisations', 'programmes', 'projects', 'history'] as const;
export type BackupTable = (typeof backupTables)[number];

export const countSchema = wholeCountSchema();

export const appSchema = z.strictObject({
  name: z.string().min(1).max(200),
  version: z.string().min(1).max(50),
});

/** The whole file as this version writes it: the source of docs/backup-format.schema.json. */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  app: appSchema,
  exportedAt: isoDateTimeSchema,
  counts: z.strictObject({ organisations: countSchema, programmes: countSchema, projects: countSchema, history: countSchema }),
  data: z.strictObject({
    settings: settingsSchema,
    organisations: z.array(organisationSchema),
    programmes: z.array(programmeSchema),
    projects: z.array(projectSchema),
    history: z.array(historyEntrySchema),
  }),
});

export type BackupData = {
  settings: Settings;
  organisations: Organisation[];
  programmes: Programme[];
  projects: Project[];
  history: HistoryEntry[];
};
export type BackupCounts = Record<BackupTable, number>;
export type BackupFile = {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  app: { name: string; version: string };
  exportedAt: string;
  counts: BackupCounts;
  data: BackupData;
};

export function countsOf(data: Pick<BackupData, BackupTable>): BackupCounts {
  return { organisations: data.organisations.length, programmes: data.programmes.length, projects: data.projects.length, history: data.history.length };
}
