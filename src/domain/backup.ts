// The backup file format (docs/backup-format.md): its envelope, how an older version is
// migrated, how a file is checked from its first bytes to the last reference, and what a
// restore would change. Pure: no storage, no UI; src/db/backup.ts does the reading and writing.
//
// A file is checked completely before anything is written, and the first problem found is
// returned as a BackupProblem that names the record and the field, so the screen can say it
// in the user's language.
import * as z from 'zod';
import {
  historyEntrySchema,
  isoDateTimeSchema,
  organisationSchema,
  programmeSchema,
  projectSchema,
  ruleMessages,
  settingsSchema,
  type HistoryEntry,
  type Organisation,
  type Programme,
  type Project,
  type Settings,
} from './schema';
import { changedFields } from './changes';
import { sameData } from './sameData';
import { quickAcceptor } from './quickAccept';
import { canonical, prettyItems } from './prettyJson';

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

// ---------------------------------------------------------------- the format

const countSchema = z.number().int().min(0);

const appSchema = z.strictObject({
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

type Envelope = { formatVersion: number; app: unknown; exportedAt: string; counts: Record<string, number>; data: Record<string, unknown> };

/**
 * Each entry turns a file of version `from` into one of version `from + 1`. Never edit one:
 * add the next. Version 1 held no history of changes (the database had none before v3).
 */
const MIGRATIONS: Record<number, { envelope: z.ZodType; migrate: (file: Envelope) => Envelope }> = {
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
const currentEnvelope = shallowEnvelope(BACKUP_FORMAT_VERSION, backupTables);

// ---------------------------------------------------------------- problems

export type RecordRef = {
  /** Where in the file: a table, the settings, or the envelope around the data. */
  table: BackupTable | 'settings' | 'envelope';
  /** Position in the table's list, counted from 1. */
  position: number | null;
  id: string | null;
};

/** A rule beyond a field's type, named so the screen can say it in the user's language. */
export type FieldRule = 'day' | 'month' | 'date-time' | 'period-order' | 'event-order' | 'identity' | 'organisation-name' | 'programme-name';

export type FieldIssue =
  | { kind: 'missing' }
  | { kind: 'unknown-key'; keys: string[] }
  | { kind: 'wrong-type'; expected: string }
  | { kind: 'negative' }
  /** A number with a fraction where a whole one is wanted (an amount below a cent). */
  | { kind: 'not-whole'; value: number }
  | { kind: 'rule'; rule: FieldRule; value: string | null }
  | { kind: 'invalid'; message: string };

export type BackupProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  | { code: 'binary'; kind: 'image' | 'pdf' | 'archive' | 'other' }
  | { code: 'not-text' }
  | { code: 'truncated' }
  | { code: 'not-json'; line: number | null; column: number | null }
  | { code: 'not-backup' }
  /** Nested deeper than any backup is (MAX_BACKUP_DEPTH). */
  | { code: 'too-deep'; limit: number }
  | { code: 'missing-version' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'unknown-version'; version: string }
  | { code: 'forbidden-key'; key: string; path: string }
  | { code: 'invalid'; record: RecordRef; path: string; issue: FieldIssue }
  | { code: 'duplicate-id'; record: RecordRef }
  | { code: 'missing-reference'; record: RecordRef; path: string; target: 'organisation' | 'programme'; targetId: string }
  | { code: 'count-mismatch'; table: BackupTable; declared: number; actual: number };

export type ReadResult = { ok: true; backup: BackupFile; migratedFrom: number | null } | { ok: false; problem: BackupProblem };

/**
 * How far a long piece of work has come. The checks of a file and the safety copy are written as
 * generators that yield one of these every few hundred records: run to the end at once
 * (runToEnd) in tests and benches, or in slices that let the page draw and answer between them
 * (src/db/runInSlices.ts), so a restore of 20,000 projects does not freeze the page.
 */
export type WorkProgress = { phase: 'check' | 'compare' | 'safety' | 'write'; done: number; total: number };
export type Steps<T> = Generator<WorkProgress, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Records between two yields: small enough for a ~30 ms slice on a slow machine. */
const RECORDS_PER_STEP = 200;

const fail = (problem: BackupProblem): { ok: false; problem: BackupProblem } => ({ ok: false, problem });

// ---------------------------------------------------------------- bytes → text

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** What the first bytes say a file is, when they say it is not text. */
export function sniffBinary(head: Uint8Array): 'image' | 'pdf' | 'archive' | 'other' | null {
  const images = [
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF8
    [0x42, 0x4d], // BMP
    [0x00, 0x00, 0x01, 0x00], // ICO
  ];
  if (images.some((s) => startsWith(head, s))) return 'image';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head.subarray(8), [0x57, 0x45, 0x42, 0x50])) return 'image'; // RIFF…WEBP
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x1f, 0x8b])) return 'archive';
  // Text never holds a NUL byte (UTF-16 files do, and are not what we write either).
  if (head.subarray(0, 4096).includes(0)) return 'other';
  return null;
}

/** A file's bytes as text: refused when they are an image or other binary, or not UTF-8. */
export function decodeBackupBytes(bytes: Uint8Array, limit = MAX_BACKUP_BYTES): { ok: true; text: string } | { ok: false; problem: BackupProblem } {
  if (bytes.length > limit) return fail({ code: 'too-large', bytes: bytes.length, limit });
  const binary = sniffBinary(bytes.subarray(0, 4096));
  if (binary) return fail({ code: 'binary', kind: binary });
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail({ code: 'not-text' });
  }
}

// ---------------------------------------------------------------- text → checked backup

/** True when the text ends inside a string or an open object or array: a cut-off file. */
function endsOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth += 1;
    else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return inString || depth > 0;
}

function jsonErrorPlace(text: string, error: unknown): { line: number | null; column: number | null } {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return { line: null, column: null };
  const before = text.slice(0, Number(match[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A key that could reach an object's prototype, anywhere in the file. JSON.parse makes such
 * keys own properties (harmless in itself), but no record has them, and code that copies
 * records key by key must never meet one. The walk runs only when the text could hold one.
 */
const MIGHT_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/;

/**
 * A forbidden key anywhere in the file, or a nesting deeper than any backup has. The walk keeps
 * its own stack: a file of 10,000 nested arrays must get a file-problem message, not overflow
 * the call stack. The keys are looked at only when the text could hold one.
 */
function* findShapeProblem(text: string, value: unknown, total: number): Steps<BackupProblem | null> {
  // One pass over the text (a file can be hundreds of megabytes), not one per word.
  const mightHoldKey = MIGHT_HOLD_FORBIDDEN_KEY.test(text);
  const stack: { node: unknown; path: string; depth: number }[] = [{ node: value, path: '', depth: 0 }];
  let visited = 0;
  while (stack.length > 0) {
    visited += 1;
    if (visited % 20_000 === 0) yield { phase: 'check', done: 0, total };
    const { node, path, depth } = stack.pop() as { node: unknown; path: string; depth: number };
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_BACKUP_DEPTH) return { code: 'too-deep', limit: MAX_BACKUP_DEPTH };
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) {
        const child: unknown = node[i];
        if (child !== null && typeof child === 'object') stack.push({ node: child, path: `${path}[${i}]`, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      const here = path ? `${path}.${key}` : key;
      if (mightHoldKey && FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', key, path: here };
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ node: child, path: here, depth: depth + 1 });
    }
  }
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function valueAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return { present: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: node };
}

/** The schema's messages for the rules the screen names (see ruleMessages in schema.ts). */
const RULES = new Map<string, FieldRule>([
  [ruleMessages.dayPattern, 'day'],
  [ruleMessages.day, 'day'],
  [ruleMessages.monthPattern, 'month'],
  [ruleMessages.month, 'month'],
  [ruleMessages.dateTimePattern, 'date-time'],
  [ruleMessages.dateTime, 'date-time'],
  [ruleMessages.periodOrder, 'period-order'],
  [ruleMessages.eventOrder, 'event-order'],
  [ruleMessages.identity, 'identity'],
  [ruleMessages.organisationName, 'organisation-name'],
  [ruleMessages.programmeName, 'programme-name'],
]);

type ZodIssueLike = { code: string; path: PropertyKey[]; message: string; expected?: unknown; keys?: string[]; origin?: string; minimum?: unknown };

function fieldIssue(issue: ZodIssueLike, record: unknown): { path: string; issue: FieldIssue } {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return { path, issue: { kind: 'unknown-key', keys: issue.keys ?? [] } };
  }
  const at = valueAt(record, issue.path);
  if (!at.present) return { path, issue: { kind: 'missing' } };
  if (issue.code === 'invalid_type' && issue.expected === 'int' && typeof at.value === 'number') return { path, issue: { kind: 'not-whole', value: at.value } };
  if (issue.code === 'invalid_type') return { path, issue: { kind: 'wrong-type', expected: String(issue.expected) } };
  if (issue.message === ruleMessages.negativeZero) return { path, issue: { kind: 'negative' } };
  const rule = RULES.get(issue.message);
  if (rule) return { path, issue: { kind: 'rule', rule, value: typeof at.value === 'string' ? at.value.slice(0, 40) : null } };
  if (issue.code === 'too_small' && issue.origin === 'number' && typeof at.value === 'number' && at.value < 0 && issue.minimum === 0) {
    return { path, issue: { kind: 'negative' } };
  }
  if (issue.code === 'invalid_union') {
    // A nullable field given the wrong type: zod reports the union; say what was expected.
    return { path, issue: { kind: 'invalid', message: issue.message } };
  }
  return { path, issue: { kind: 'invalid', message: issue.message } };
}

const recordIdOf = (record: unknown): string | null => (isRecord(record) && typeof record.id === 'string' ? record.id : null);

function* checkRecords<T>(
  table: BackupTable,
  records: unknown[],
  schema: z.ZodType<T>,
  progress: { done: number; total: number },
): Steps<{ ok: true; records: T[] } | { ok: false; problem: BackupProblem }> {
  const out: T[] = new Array<T>(records.length);
  const seen = new Set<string>();
  // A record the quick check accepts is, as zod would check it, equal to itself (see quickAccept.ts).
  const accept = quickAcceptor(schema);
  for (let i = 0; i < records.length; i += 1) {
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield { phase: 'check', done: progress.done + i, total: progress.total };
    const raw = records[i];
    let record: T;
    if (accept?.(raw)) record = raw as T;
    else {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const first = parsed.error.issues[0] as ZodIssueLike | undefined;
        const { path, issue } = first ? fieldIssue(first, raw) : { path: '', issue: { kind: 'invalid', message: 'invalid' } as FieldIssue };
        return fail({ code: 'invalid', record: { table, position: i + 1, id: recordIdOf(raw) }, path, issue });
      }
      record = parsed.data;
    }
    const id = (record as { id: string }).id;
    if (seen.has(id)) return fail({ code: 'duplicate-id', record: { table, position: i + 1, id } });
    seen.add(id);
    out[i] = record;
  }
  progress.done += records.length;
  return { ok: true, records: out };
}

/** Partners and programmes point at records that are in the file; so does the home organisation. */
export function findMissingReference(data: BackupData): BackupProblem | null {
  const organisations = new Set(data.organisations.map((o) => o.id));
  const programmes = new Set(data.programmes.map((p) => p.id));
  for (let i = 0; i < data.projects.length; i += 1) {
    const project = data.projects[i] as Project;
    const record: RecordRef = { table: 'projects', position: i + 1, id: project.id };
    for (let k = 0; k < project.partners.length; k += 1) {
      const organisationId = (project.partners[k] as Project['partners'][number]).organisationId;
      if (!organisations.has(organisationId)) {
        return { code: 'missing-reference', record, path: `partners.${k}.organisationId`, target: 'organisation', targetId: organisationId };
      }
    }
    if (project.programmeId !== null && !programmes.has(project.programmeId)) {
      return { code: 'missing-reference', record, path: 'programmeId', target: 'programme', targetId: project.programmeId };
    }
  }
  const home = data.settings.homeOrganisationId;
  if (home !== null && !organisations.has(home)) {
    return { code: 'missing-reference', record: { table: 'settings', position: null, id: null }, path: 'homeOrganisationId', target: 'organisation', targetId: home };
  }
  return null;
}

/** Event ids are unique within their project (the project page keys and edits them by id). */
function findDuplicateEventId(projects: readonly Project[]): BackupProblem | null {
  for (let i = 0; i < projects.length; i += 1) {
    const project = projects[i] as Project;
    const seen = new Set<string>();
    for (let k = 0; k < project.events.length; k += 1) {
      const id = (project.events[k] as Project['events'][number]).id;
      if (seen.has(id)) {
        return { code: 'invalid', record: { table: 'projects', position: i + 1, id: project.id }, path: `events.${k}.id`, issue: { kind: 'invalid', message: `event id "${id}" appears twice` } };
      }
      seen.add(id);
    }
  }
  return null;
}

/** How many records a parsed file holds in its tables, before anything is checked (for progress). */
function recordCount(json: unknown): number {
  const data = isRecord(json) ? json.data : null;
  if (!isRecord(data)) return 0;
  return backupTables.reduce((n, table) => {
    const records = data[table];
    return n + (Array.isArray(records) ? records.length : 0);
  }, 0);
}

/**
 * Read a backup's text: JSON, the format and its version, every record against the domain's
 * schemas (unknown keys refused), unique ids, references, and the envelope's counts.
 */
export function readBackupText(input: string): ReadResult {
  return runToEnd(readBackupSteps(input));
}

/** readBackupText, yielding as it goes (see WorkProgress). */
export function* readBackupSteps(input: string): Steps<ReadResult> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Not text.trim(): that copies a file of ~100 MB ending in a newline to learn it is not empty.
  if (!/\S/.test(text)) return fail({ code: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (endsOpen(text)) return fail({ code: 'truncated' });
    return fail({ code: 'not-json', ...jsonErrorPlace(text, error) });
  }
  const total = recordCount(json);
  const shape = yield* findShapeProblem(text, json, total);
  if (shape) return fail(shape);
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return fail({ code: 'not-backup' });

  const version = json.formatVersion;
  if (version === undefined || version === null) return fail({ code: 'missing-version' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'unknown-version', version: String(version) });
  if (version > BACKUP_FORMAT_VERSION) return fail({ code: 'newer-version', version, supported: BACKUP_FORMAT_VERSION });

  let file = json as unknown as Envelope;
  for (let from = version; from < BACKUP_FORMAT_VERSION; from += 1) {
    const step = MIGRATIONS[from];
    if (!step) return fail({ code: 'unknown-version', version: String(from) });
    const envelopeProblem = checkEnvelope(step.envelope, file);
    if (envelopeProblem) return fail(envelopeProblem);
    file = step.migrate(file);
  }
  const envelopeProblem = checkEnvelope(currentEnvelope, file);
  if (envelopeProblem) return fail(envelopeProblem);

  const settings = settingsSchema.safeParse(file.data.settings);
  if (!settings.success) {
    const { path, issue } = fieldIssue(settings.error.issues[0] as ZodIssueLike, file.data.settings);
    return fail({ code: 'invalid', record: { table: 'settings', position: null, id: null }, path, issue });
  }
  const progress = { done: 0, total };
  const organisations = yield* checkRecords('organisations', file.data.organisations as unknown[], organisationSchema, progress);
  if (!organisations.ok) return organisations;
  const programmes = yield* checkRecords('programmes', file.data.programmes as unknown[], programmeSchema, progress);
  if (!programmes.ok) return programmes;
  const projects = yield* checkRecords('projects', file.data.projects as unknown[], projectSchema, progress);
  if (!projects.ok) return projects;
  const history = yield* checkRecords('history', file.data.history as unknown[], historyEntrySchema, progress);
  if (!history.ok) return history;

  const data: BackupData = {
    settings: settings.data,
    organisations: organisations.records,
    programmes: programmes.records,
    projects: projects.records,
    history: history.records,
  };
  for (const table of backupTables) {
    const declared = file.counts[table] as number;
    if (declared !== data[table].length) return fail({ code: 'count-mismatch', table, declared, actual: data[table].length });
  }
  const eventProblem = findDuplicateEventId(data.projects);
  if (eventProblem) return fail(eventProblem);
  const reference = findMissingReference(data);
  if (reference) return fail(reference);

  const app = file.app as BackupFile['app'];
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, app: { name: app.name, version: app.version }, exportedAt: file.exportedAt, counts: countsOf(data), data },
    migratedFrom: version === BACKUP_FORMAT_VERSION ? null : version,
  };
}

function checkEnvelope(schema: z.ZodType, file: unknown): BackupProblem | null {
  const parsed = schema.safeParse(file);
  if (parsed.success) return null;
  const first = parsed.error.issues[0] as ZodIssueLike;
  const { path, issue } = fieldIssue(first, file);
  return { code: 'invalid', record: { table: 'envelope', position: null, id: null }, path, issue };
}

// ---------------------------------------------------------------- writing a file

export function countsOf(data: Pick<BackupData, BackupTable>): BackupCounts {
  return { organisations: data.organisations.length, programmes: data.programmes.length, projects: data.projects.length, history: data.history.length };
}

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
  const two = (n: number) => String(n).padStart(2, '0');
  return `eu-projects-backup-${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}.json`;
}

// ---------------------------------------------------------------- what a restore changes

export type RestoreMode = 'replace' | 'merge';
type Keyed = { id: string; updatedAt: string };

export type TableChanges = { added: string[]; changed: string[]; removed: string[]; unchanged: number };

export type Conflict = {
  table: 'projects' | 'organisations' | 'programmes';
  id: string;
  label: string;
  currentUpdatedAt: string;
  fileUpdatedAt: string;
  /** The newer `updatedAt` wins; on a tie the data already here stays. */
  winner: 'file' | 'current';
};

export type RestorePlan = {
  mode: RestoreMode;
  /** Everything the database holds after the restore. */
  result: BackupData;
  projects: TableChanges;
  organisations: TableChanges;
  programmes: TableChanges;
  historyAdded: number;
  conflicts: Conflict[];
  /** The records to write: new or different from what is here (the rest stays as it is). */
  writes: { projects: Project[]; organisations: Organisation[]; programmes: Programme[]; history: HistoryEntry[] };
  /** Replace only: the ids of records here that the file does not hold. */
  removals: Record<BackupTable, string[]>;
};

export { sameData };

/** How a restore tells a record here from the file's version of it. */
export type SameRecord = (here: object, incoming: object) => boolean;

/**
 * sameData that remembers its answer for each pair of records. The backup screen plans both
 * ways of restoring and the restore plans once more over the same objects; comparing 10,000
 * projects field by field takes ~0.15 s each time.
 */
export function rememberingSameData(compare: SameRecord = sameData): SameRecord {
  const answers = new WeakMap<object, { incoming: object; same: boolean }>();
  return (here, incoming) => {
    const known = answers.get(here);
    if (known?.incoming === incoming) return known.same;
    const same = compare(here, incoming);
    answers.set(here, { incoming, same });
    return same;
  };
}

function labelOf(table: Conflict['table'], record: Project | Organisation | Programme): string {
  if (table === 'projects') {
    const p = record as Project;
    return p.acronym || p.title.lv || p.title.en || p.id;
  }
  if (table === 'organisations') return (record as Organisation).name;
  const programme = record as Programme;
  return programme.name.lv || programme.name.en || programme.id;
}

function* diffTable<T extends Keyed>(table: Conflict['table'], current: readonly T[], incoming: readonly T[], mode: RestoreMode, conflicts: Conflict[], same: SameRecord) {
  const currentById = new Map(current.map((r) => [r.id, r]));
  const incomingIds = new Set(incoming.map((r) => r.id));
  const changes: TableChanges = { added: [], changed: [], removed: [], unchanged: 0 };
  const writes: { next: T; before: T | null }[] = [];
  for (let i = 0; i < incoming.length; i += 1) {
    // Comparing a record field by field is the costly part: a step every few hundred.
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield { phase: 'compare', done: i, total: incoming.length } satisfies WorkProgress;
    const record = incoming[i] as T;
    const here = currentById.get(record.id);
    if (!here) {
      changes.added.push(record.id);
      writes.push({ next: record, before: null });
    } else if (same(here, record)) {
      changes.unchanged += 1;
    } else if (mode === 'replace') {
      changes.changed.push(record.id);
      writes.push({ next: record, before: here });
    } else {
      const winner = record.updatedAt > here.updatedAt ? 'file' : 'current';
      conflicts.push({
        table,
        id: record.id,
        label: labelOf(table, record as unknown as Project | Organisation | Programme),
        currentUpdatedAt: here.updatedAt,
        fileUpdatedAt: record.updatedAt,
        winner,
      });
      if (winner === 'file') {
        changes.changed.push(record.id);
        writes.push({ next: record, before: here });
      } else changes.unchanged += 1;
    }
  }
  for (const record of current) {
    if (incomingIds.has(record.id)) continue;
    if (mode === 'replace') changes.removed.push(record.id);
    else changes.unchanged += 1;
  }
  return { changes, writes };
}

/**
 * What a restore would do to the data now stored. Replace: the file's data, as it is. Merge:
 * records matched by id, the newer `updatedAt` winning (a tie keeps what is here); the
 * file's history entries are added; each project the merge adds or changes gains an 'import'
 * entry in its history; the settings here stay (the home organisation is taken from the file
 * only when none is set).
 */
export function planRestore(current: BackupData, incoming: BackupData, mode: RestoreMode, options: PlanOptions): RestorePlan {
  return runToEnd(planRestoreSteps(current, incoming, mode, options));
}

type PlanOptions = { now: string; newId: () => string; same?: SameRecord };

/** planRestore, yielding as it compares (see WorkProgress). */
export function* planRestoreSteps(current: BackupData, incoming: BackupData, mode: RestoreMode, { now, newId, same = sameData }: PlanOptions): Steps<RestorePlan> {
  const conflicts: Conflict[] = [];
  const projects = yield* diffTable('projects', current.projects, incoming.projects, mode, conflicts, same);
  const organisations = yield* diffTable('organisations', current.organisations, incoming.organisations, mode, conflicts, same);
  const programmes = yield* diffTable('programmes', current.programmes, incoming.programmes, mode, conflicts, same);
  const knownHistory = new Set(current.history.map((h) => h.id));
  const newHistory = incoming.history.filter((h) => !knownHistory.has(h.id));

  if (mode === 'replace') {
    const incomingHistory = new Set(incoming.history.map((h) => h.id));
    const currentHistory = new Map(current.history.map((h) => [h.id, h]));
    const next = <T>(diff: { writes: { next: T }[] }) => diff.writes.map((w) => w.next);
    return {
      mode,
      result: incoming,
      projects: projects.changes,
      organisations: organisations.changes,
      programmes: programmes.changes,
      historyAdded: newHistory.length,
      conflicts,
      writes: {
        projects: next(projects),
        organisations: next(organisations),
        programmes: next(programmes),
        history: incoming.history.filter((h) => {
          const here = currentHistory.get(h.id);
          return !here || !same(here, h);
        }),
      },
      removals: {
        projects: projects.changes.removed,
        organisations: organisations.changes.removed,
        programmes: programmes.changes.removed,
        history: current.history.filter((h) => !incomingHistory.has(h.id)).map((h) => h.id),
      },
    };
  }

  // A project taken from the file moves on from the revision here, so an edit form left open
  // in another tab notices the change instead of overwriting it.
  const projectWrites = projects.writes.map(({ next, before }) =>
    before ? { ...next, revision: Math.max(before.revision + 1, next.revision) } : next,
  );
  const importEntries: HistoryEntry[] = projects.writes.map(({ before }, i) => {
    const next = projectWrites[i] as Project;
    return {
      id: newId(),
      projectId: next.id,
      at: now,
      action: 'import',
      revision: next.revision,
      changedFields: changedFields(before, next),
      snapshot: next,
    };
  });
  const merge = <T extends { id: string }>(here: readonly T[], writes: readonly T[]) => {
    const byIdMap = new Map(here.map((r) => [r.id, r]));
    for (const record of writes) byIdMap.set(record.id, record);
    return [...byIdMap.values()];
  };
  const organisationWrites = organisations.writes.map((w) => w.next);
  const programmeWrites = programmes.writes.map((w) => w.next);
  const historyWrites = [...newHistory, ...importEntries];
  return {
    mode,
    result: {
      settings: { ...current.settings, homeOrganisationId: current.settings.homeOrganisationId ?? incoming.settings.homeOrganisationId },
      organisations: merge(current.organisations, organisationWrites),
      programmes: merge(current.programmes, programmeWrites),
      projects: merge(current.projects, projectWrites),
      history: [...current.history, ...historyWrites],
    },
    projects: projects.changes,
    organisations: organisations.changes,
    programmes: programmes.changes,
    historyAdded: historyWrites.length,
    conflicts,
    writes: { projects: projectWrites, organisations: organisationWrites, programmes: programmeWrites, history: historyWrites },
    removals: { projects: [], organisations: [], programmes: [], history: [] },
  };
}
