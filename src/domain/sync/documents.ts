// The shared records as CouchDB documents, and back (docs/sync.md, "What is shared").
//
// One document per record: `<type>:<record id>`, carrying the record under `data` and the
// backup format's version under `schemaVersion`. Reading a document is reading a file from
// outside: it is checked with the same schema a restore uses, and a document that fails, or
// that a newer version of the app wrote, is reported rather than applied.
import { BACKUP_FORMAT_VERSION } from '../backup/format';
import { docId, parseDocId, type SharedType } from './docIds';
import { quickSafeParse } from '../quickAccept';
import { historyEntrySchema, idSchema, organisationSchema, programmeSchema, projectSchema, type HistoryEntry, type Organisation, type Programme, type Project } from '../schema';

/** The version of the records this build writes and understands. */
export const SYNC_SCHEMA_VERSION = BACKUP_FORMAT_VERSION;

/** The department-wide part of the settings: what every colleague shares. */
export type DepartmentSettings = { homeOrganisationId: string | null };

export type SharedRecord =
  | { type: 'project'; key: string; record: Project }
  | { type: 'organisation'; key: string; record: Organisation }
  | { type: 'programme'; key: string; record: Programme }
  | { type: 'history'; key: string; record: HistoryEntry }
  | { type: 'settings'; key: 'department'; record: DepartmentSettings };

export { docId, parseDocId, SHARED_TYPES, type SharedType } from './docIds';

/** A document as stored on the server (CouchDB's own fields aside). */
export type SharedDoc = { _id: string; _rev?: string; _deleted?: boolean; type: SharedType; schemaVersion: number; data: unknown };

export function toDoc(shared: SharedRecord): SharedDoc {
  return { _id: docId(shared.type, shared.key), type: shared.type, schemaVersion: SYNC_SCHEMA_VERSION, data: shared.record };
}

const departmentSettingsSchema = idSchema.nullable();

const schemas = {
  project: projectSchema,
  organisation: organisationSchema,
  programme: programmeSchema,
  history: historyEntrySchema,
} as const;

/** What a document from the server turned out to be. */
export type ReadDoc =
  | { kind: 'record'; shared: SharedRecord }
  | { kind: 'deleted'; type: SharedType; key: string }
  | { kind: 'newer'; id: string; schemaVersion: number }
  | { kind: 'invalid'; id: string; field: string; message: string }
  | { kind: 'foreign'; id: string };

function invalid(id: string, field: string, message: string): ReadDoc {
  return { kind: 'invalid', id, field, message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A document from the server, checked. Never throws: whatever a colleague's app, an older
 * version or a hand-edited server sends, the answer says what it is.
 */
export function readDoc(doc: unknown): ReadDoc {
  if (!isObject(doc) || typeof doc._id !== 'string') return invalid('?', '_id', 'not a document');
  const id = doc._id;
  const named = parseDocId(id);
  if (!named) return { kind: 'foreign', id };
  if (doc._deleted === true) return { kind: 'deleted', type: named.type, key: named.key };
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return invalid(id, 'schemaVersion', 'missing or not a whole number');
  if (version > SYNC_SCHEMA_VERSION) return { kind: 'newer', id, schemaVersion: version };
  if (doc.type !== named.type) return invalid(id, 'type', `"${String(doc.type)}" does not match the id`);
  if (named.type === 'settings') {
    const data = doc.data;
    if (!isObject(data)) return invalid(id, 'data', 'not an object');
    const home = departmentSettingsSchema.safeParse(data.homeOrganisationId ?? null);
    if (!home.success) return invalid(id, 'data.homeOrganisationId', home.error.issues[0]?.message ?? 'invalid');
    return { kind: 'record', shared: { type: 'settings', key: 'department', record: { homeOrganisationId: home.data } } };
  }
  // The quick check first (see quickAccept.ts): zod's checked copy of every record of a first pull
  // cost ~3 s of the page's time at 10,000 projects.
  const parsed = quickSafeParse<{ id: string }>(schemas[named.type], doc.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(id, ['data', ...(issue?.path ?? []).map(String)].join('.'), issue?.message ?? 'invalid');
  }
  const record = parsed.data;
  if (record.id !== named.key) return invalid(id, 'data.id', `"${record.id}" does not match the id`);
  return { kind: 'record', shared: { type: named.type, key: named.key, record } as SharedRecord };
}
