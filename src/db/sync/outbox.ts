// The outbox: which shared records changed here and are still to be sent (docs/sync.md).
//
// A Dexie middleware sits under every write of the shared tables, as the overviews and the
// change mark do, and records the document id of each record written or deleted, in the same
// transaction. So no write path (editing, restore, merge, undo, sample data) can forget to
// share, and a write that fails records nothing. Rows are keyed by document id, so ten saves of
// one project are one row. Writes that came from the server are applied in transactions marked
// with `markFromServer`, and are not recorded: they are not sent back.
//
// It records only while sharing is on in this browser (see `isSharing`): a browser that never
// shares does no extra writes.
import type { DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { docId, type SharedType } from '../../domain/sync/docIds';
import type { PortfolioDatabase } from '../database';
import { companionMiddleware, followedBy, hasStore } from '../widenWrites';

export const OUTBOX = 'syncOutbox';
/** A record to send: its document id, and a token that changes with every write of it. */
export type OutboxRow = { id: string; token: string };

/** The stores whose records are shared, and the document type of each. */
export const SHARED_STORES: Readonly<Record<string, SharedType>> = {
  projects: 'project',
  organisations: 'organisation',
  programmes: 'programme',
  history: 'history',
  settings: 'settings',
};
const WATCHED: ReadonlySet<string> = new Set(Object.keys(SHARED_STORES));
/** Of the key-value settings table, only this row is department-wide (the others are per browser). */
export const DEPARTMENT_SETTINGS_KEY = 'settings';

/** Where this browser's sharing configuration lives (never the password). */
export const SHARING_CONFIG_KEY = 'eu-portfolio.sharing';

let override: boolean | null = null;

const configListeners = new Set<() => void>();

/**
 * Store this browser's sharing configuration (null: sharing ends here), and tell this tab's
 * listeners: the one place it is written, so no write can leave the header behind.
 */
export function writeSharingConfig(config: object | null): void {
  if (config === null) localStorage.removeItem(SHARING_CONFIG_KEY);
  else localStorage.setItem(SHARING_CONFIG_KEY, JSON.stringify(config));
  for (const listener of configListeners) listener();
}

/**
 * Be told when sharing is configured or ended, in this tab (`writeSharingConfig`) or in
 * another (the storage event). Returns the unsubscribe.
 */
export function onSharingConfigChange(listener: () => void): () => void {
  const fromOtherTab = (event: StorageEvent) => event.key === SHARING_CONFIG_KEY && listener();
  configListeners.add(listener);
  globalThis.addEventListener?.('storage', fromOtherTab);
  return () => {
    configListeners.delete(listener);
    globalThis.removeEventListener?.('storage', fromOtherTab);
  };
}

/** Whether this browser shares its portfolio (tests may force the answer). */
export function isSharing(): boolean {
  if (override !== null) return override;
  try {
    return globalThis.localStorage?.getItem(SHARING_CONFIG_KEY) != null;
  } catch {
    return false;
  }
}

/**
 * Where a browser that disconnected remembers the server it left. Its changes keep being
 * recorded in the outbox meanwhile, so that connecting to the same server again sends them,
 * deletions included, as changes made offline are (docs/sync.md, "Disconnecting").
 */
export const SHARING_LEFT_KEY = 'eu-portfolio.sharing.left';

/** The server this browser disconnected from, if it has not connected since. */
export function leftServer(): string | null {
  try {
    const text = globalThis.localStorage?.getItem(SHARING_LEFT_KEY);
    const server = text ? (JSON.parse(text) as { server?: unknown }).server : null;
    return typeof server === 'string' ? server : null;
  } catch {
    return null;
  }
}

/** Whether a write here is recorded for sending: while sharing, and after a disconnect. */
function recording(): boolean {
  return override ?? (isSharing() || leftServer() !== null);
}

/** For tests and for the sharing set-up: force recording on or off (null: back to the stored configuration). */
export function setSharing(on: boolean | null): void {
  override = on;
}

const fromServer = new WeakSet<object>();

let readOnly = false;

/**
 * A reader (docs/sync.md, "Roles") changes nothing: while set, every write of the shared
 * records made here is refused (StorageError 'read-only'), whichever screen or path it comes
 * from. Only the per-browser settings stay writable. The server refuses a reader's writes too;
 * this makes the refusal immediate and clear instead of a change that never leaves the browser.
 */
export function setReadOnly(on: boolean): void {
  readOnly = on;
}

const READ_ONLY_STORES: ReadonlySet<string> = new Set(['projects', 'organisations', 'programmes', 'history']);

/** Mark a transaction as applying changes that came from the server: nothing it writes is recorded. */
export function markFromServer(trans: object): void {
  fromServer.add(trans);
}

/** The outbox id that stands for "every record of this type" after a table was cleared. */
export const everyRecordOf = (type: SharedType) => docId(type, '*');

/**
 * The document ids a write touches (none for the per-browser rows of settings). Computed before
 * the write, without waiting: Dexie's transaction zone must still be current when the write is
 * passed down. A clear is recorded as "every record of this type": the push then finds which
 * records the replica has that this browser no longer has.
 */
function touchedIds(store: string, table: DBCoreTable, req: DBCoreMutateRequest): string[] {
  const type = SHARED_STORES[store];
  if (!type) return [];
  if (req.type === 'deleteRange') return type === 'settings' ? [] : [everyRecordOf(type)];
  const keys: unknown[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value)));
  if (type === 'settings') return keys.includes(DEPARTMENT_SETTINGS_KEY) ? [docId('settings', 'department')] : [];
  return keys.filter((key): key is string => typeof key === 'string').map((key) => docId(type, key));
}

export const outboxMiddleware = companionMiddleware({
  name: 'sync-outbox',
  watched: WATCHED,
  companion: OUTBOX,
  widen: recording,
  write(req, context) {
    const { name, table } = context;
    if (readOnly && READ_ONLY_STORES.has(name) && !fromServer.has(req.trans)) {
      // Named for errors.ts (which turns it into StorageError 'read-only'), not imported from
      // it: errors.ts reads the database, which installs this middleware.
      return Promise.reject(Object.assign(new Error(`a reader cannot change ${name}`), { name: 'ReadOnlyError' }));
    }
    const record = recording() && !fromServer.has(req.trans) && hasStore(req.trans, OUTBOX);
    const ids = record ? [...new Set(touchedIds(name, table, req))] : [];
    // Nothing to record: pass the write down untouched (no extra promise, so Dexie's
    // transaction zone reaches the layers below as it would without this middleware).
    if (ids.length === 0) return table.mutate(req);
    const rows: OutboxRow[] = ids.map((id) => ({ id, token: crypto.randomUUID() }));
    return followedBy(() => ({ type: 'put', trans: req.trans, values: rows }))(req, context);
  },
});

/**
 * On the first connection, queue every shared record of this browser for sending, except the
 * sample projects and their history: the sample portfolio is for trying the app, and is never
 * uploaded to colleagues. Records the server already has with the same content are settled
 * without a write; different content becomes a kept conflict, never an overwrite.
 */
export async function queueEverything(db: PortfolioDatabase): Promise<number> {
  return db.transaction('rw', [db.projects, db.organisations, db.programmes, db.history, db.settings, db.syncOutbox], async () => {
    const ids = await sharedIdsHere(db);
    await db.syncOutbox.bulkPut(ids.map((id) => ({ id, token: crypto.randomUUID() })));
    return ids.length;
  });
}

/** The document ids of every record this browser would share: all but the sample projects and their history. */
export async function sharedIdsHere(db: PortfolioDatabase): Promise<string[]> {
  return db.transaction('r', [db.projects, db.organisations, db.programmes, db.history], async () => {
    const sampleIds = new Set((await db.projects.filter((project) => project.origin === 'sample').primaryKeys()) as string[]);
    const projectIds = ((await db.projects.toCollection().primaryKeys()) as string[]).filter((id) => !sampleIds.has(id));
    const historyIds = (await db.history.toArray()).filter((entry) => !sampleIds.has(entry.projectId)).map((entry) => entry.id);
    return [
      ...projectIds.map((id) => docId('project', id)),
      ...((await db.organisations.toCollection().primaryKeys()) as string[]).map((id) => docId('organisation', id)),
      ...((await db.programmes.toCollection().primaryKeys()) as string[]).map((id) => docId('programme', id)),
      ...historyIds.map((id) => docId('history', id)),
      docId('settings', 'department'),
    ];
  });
}
