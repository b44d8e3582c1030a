// Older backup versions: each is checked by its own envelope, then migrated one version up.
import * as z from 'zod';
import { isoDateTimeSchema } from '../schema';
import { appSchema, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupTables, countSchema } from './format';

// The envelope of each version, checked shallowly (records are checked one by one after the
// migration, so a problem can name its record).
const shallowEnvelope = (version: number, tables: readonly string[]) =>
  z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(version),
    app: appSchema,
    exportedAt: isoDateTimeSchema,
    counts: z.strictObject(Object.fromEntries(tables.map((t) => [t, countSchema]))),
    data: z.strictObject({ settings: z.unknown(), ...Object.fromEntries(tables.map((t) => [t, z.array(z.unknown())])) }),
  });

export type Envelope = { formatVersion: number; app: unknown; exportedAt: string; counts: Record<string, number>; data: Record<string, unknown> };

/**
 * Each entry turns a file of version `from` into one of version `from + 1`. Never edit one:
 * add the next. Version 1 held no history of changes (the database had none before v3).
 */
export const MIGRATIONS: Record<number, { envelope: z.ZodType; migrate: (file: Envelope) => Envelope }> = {
  1: {
    envelope: shallowEnvelope(1, ['organisations', 'programmes', 'projects']),
    migrate: (file) => ({
      ...file,
      formatVersion: 2,
      counts: { ...file.counts, history: 0 },
      data: { ...file.data, history: [] },
    }),
  },
};
export const currentEnvelope = shallowEnvelope(BACKUP_FORMAT_VERSION, backupTables);
