// Reading a backup: bytes to text, text to a checked backup. A file is checked completely before
// anything is written, and the first problem found is returned as a BackupProblem that names the
// record and the field.
import type * as z from 'zod';
import { historyEntrySchema, organisationSchema, programmeSchema, projectSchema, settingsSchema, type Project } from '../schema';
import { quickSafeParse } from '../quickAccept';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupTables, countsOf, MAX_BACKUP_BYTES, MAX_BACKUP_DEPTH, type BackupData, type BackupFile, type BackupTable } from './format';
import { currentEnvelope, MIGRATIONS, type Envelope } from './migrations';
import { fail, fieldIssue, type BackupProblem, type FieldIssue, type ReadResult, type RecordRef, type ZodIssueLike } from './problems';
import { RECORDS_PER_STEP, runToEnd, type Steps } from './steps';

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

const recordIdOf = (record: unknown): string | null => (isRecord(record) && typeof record.id === 'string' ? record.id : null);

function* checkRecords<T>(
  table: BackupTable,
  records: unknown[],
  schema: z.ZodType<T>,
  progress: { done: number; total: number },
): Steps<{ ok: true; records: T[] } | { ok: false; problem: BackupProblem }> {
  const out: T[] = new Array<T>(records.length);
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i += 1) {
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield { phase: 'check', done: progress.done + i, total: progress.total };
    const raw = records[i];
    // A record the quick check accepts is, as zod would check it, equal to itself (see quickAccept.ts).
    const parsed = quickSafeParse(schema, raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0] as ZodIssueLike | undefined;
      const { path, issue } = first ? fieldIssue(first, raw) : { path: '', issue: { kind: 'invalid', message: 'invalid' } as FieldIssue };
      return fail({ code: 'invalid', record: { table, position: i + 1, id: recordIdOf(raw) }, path, issue });
    }
    const record = parsed.data;
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
