// Writing a backup file: the envelope around the data, its text (pretty or compact, in one go
// or in steps) and its size against the limit.
import { canonical, prettyItems } from '../prettyJson';
import { fileStamp } from '../dates';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, countsOf, MAX_BACKUP_BYTES, type BackupData, type BackupFile } from './format';
import { RECORDS_PER_STEP, type Steps } from './steps';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The envelope around the data; records sorted by id, so two backups line up in a diff. */
export function buildBackup(data: BackupData, { exportedAt, appVersion }: { exportedAt: string; appVersion: string }): BackupFile {
  const sorted = <T extends { id: string }>(records: readonly T[]) => [...records].sort(byId);
  const ordered: BackupData = {
    settings: data.settings,
    organisations: sorted(data.organisations),
    programmes: sorted(data.programmes),
    projects: sorted(data.projects),
    history: sorted(data.history),
  };
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: { name: 'EU Projects Portfolio', version: appVersion },
    exportedAt,
    counts: countsOf(ordered),
    data: ordered,
  };
}

/** Stand-ins for the big arrays while the envelope is written; each is replaced by its items. */
const SLOTS = { history: '\u0000history\u0000', projects: '\u0000projects\u0000' } as const;

/**
 * The file's text: pretty-printed, keys in a stable order; the envelope's fields first.
 * `compact` (for safety backups kept in the browser, which nobody diffs) skips both.
 * The projects and history (nearly all of a file) are written record by record (prettyItems)
 * and set into the envelope's text: the same text as one JSON.stringify(…, null, 2), sooner.
 */
export function serializeBackup(file: BackupFile, { compact = false }: { compact?: boolean } = {}): string {
  if (compact) {
    const { format, formatVersion, app, exportedAt, counts, data } = file;
    return JSON.stringify({ format, formatVersion, app, exportedAt, counts, data });
  }
  const envelope = {
    format: file.format,
    formatVersion: file.formatVersion,
    app: file.app,
    exportedAt: file.exportedAt,
    counts: canonical(file.counts),
    data: canonical({ ...file.data, history: SLOTS.history, projects: SLOTS.projects }),
  };
  let text = `${JSON.stringify(envelope, null, 2)}\n`;
  for (const key of ['history', 'projects'] as const) {
    const records = file.data[key];
    const slot = JSON.stringify(SLOTS[key]);
    const at = text.indexOf(slot);
    // envelope → data → array: the records sit three levels deep, the closing bracket two.
    const array = records.length === 0 ? '[]' : `[\n${prettyItems(records, 3)}\n    ]`;
    text = text.slice(0, at) + array + text.slice(at + slot.length);
  }
  return text;
}

/**
 * The compact text of a backup (serializeBackup(file, { compact: true }) is these pieces
 * joined), written a few hundred records at a time: the safety copy of 20,000 projects is
 * ~0.4 s of JSON.stringify. Left in pieces, so no one string of ~100 MB is built to store it.
 */
export function* compactBackupSteps(file: BackupFile): Steps<string[]> {
  const { format, formatVersion, app, exportedAt, counts, data } = file;
  const total = data.projects.length + data.history.length;
  let done = 0;
  const arrays: Record<'projects' | 'history', string[]> = { projects: [], history: [] };
  for (const key of ['projects', 'history'] as const) {
    const records: readonly object[] = data[key];
    for (let i = 0; i < records.length; i += RECORDS_PER_STEP) {
      const part = records.slice(i, i + RECORDS_PER_STEP).map((record) => JSON.stringify(record)).join(',');
      arrays[key].push(i === 0 ? part : `,${part}`);
      done += Math.min(RECORDS_PER_STEP, records.length - i);
      yield { phase: 'safety', done, total };
    }
  }
  const envelope = JSON.stringify({ format, formatVersion, app, exportedAt, counts, data: { ...data, projects: SLOTS.projects, history: SLOTS.history } });
  // The envelope's text around the two arrays: each slot's quoted stand-in appears once (it
  // holds NUL characters, which JSON writes as \u0000 and no record can hold).
  const pieces: string[] = [];
  const slots = (['projects', 'history'] as const).map((key) => ({ key, at: envelope.indexOf(JSON.stringify(SLOTS[key])) })).sort((a, b) => a.at - b.at);
  let from = 0;
  for (const { key, at } of slots) {
    pieces.push(envelope.slice(from, at), '[', ...arrays[key], ']');
    from = at + JSON.stringify(SLOTS[key]).length;
  }
  pieces.push(envelope.slice(from));
  return pieces;
}

/** The UTF-8 size of a text, counted without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one code point of 4 bytes
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The text of a backup file this app can restore: pretty-printed when that fits under the
 * limit, otherwise without indentation (about a third smaller; the same data). `fits` is false
 * only when even that is over the limit.
 */
export function serializeBackupWithin(file: BackupFile, limit = MAX_BACKUP_BYTES): { text: string; compact: boolean; fits: boolean } {
  const fitsIn = (text: string) => text.length * 3 <= limit || utf8Bytes(text) <= limit;
  const pretty = serializeBackup(file);
  if (fitsIn(pretty)) return { text: pretty, compact: false, fits: true };
  const compact = serializeBackup(file, { compact: true });
  return { text: compact, compact: true, fits: fitsIn(compact) };
}

/** "eu-projects-backup-2026-05-21-1103.json", in the user's local time. */
export function backupFileName(at: Date): string {
  return `eu-projects-backup-${fileStamp(at)}.json`;
}
