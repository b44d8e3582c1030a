// The bridge between the app's Dexie database and PouchDB's replica of the server (docs/sync.md).
//
// PouchDB replicates the replica with the server by the CouchDB protocol; this module only
// copies records between Dexie and the replica, both ways:
// - `pushOutbox` sends what the outbox lists (records changed here) into the replica;
// - `pullChanges` applies what arrived in the replica into Dexie.
//
// Nobody's edit is silently lost. For each record, `syncRevs` keeps the revision that Dexie's
// copy is based on. An edit made here on top of the revision the replica still shows becomes
// the next revision. An edit made on top of an older one (a colleague's change arrived while it
// waited, offline or not) is written as a sibling of that older revision: a CouchDB conflict, so
// the engine keeps both versions, shows the same winner everywhere and lists the others until a
// person resolves them (conflicts.ts). Changes that arrived for a record with an unsent edit
// wait until that edit is in the replica, so they never overwrite it in Dexie.
import type { Table } from 'dexie';
import { sameData } from '../../domain/sameData';
import type { HistoryEntry, Organisation, Programme, Project } from '../../domain/schema';
import { docId, parseDocId, readDoc, SHARED_TYPES, SYNC_SCHEMA_VERSION, toDoc, type DepartmentSettings, type SharedRecord } from '../../domain/sync/documents';
import type { PortfolioDatabase } from '../database';
import { fromRow, toRow } from '../portfolioRepository';
import { DEPARTMENT_SETTINGS_KEY, everyRecordOf, markFromServer, type OutboxRow } from './outbox';
import type { ConflictRow } from './conflicts';
import type { ChangesResult, Replica } from './pouch';
import { samplePortfolio } from '../../domain/sample';
import { SETTLED, unsettledDeletions } from './deletedConflicts';


/** Records per round: bounds the memory and the length of each Dexie transaction. */
const BATCH = 500;
/** Where this browser keeps how far it has read the replica's changes (a per-browser settings row). */
export const SEQ_KEY = 'syncSeq';

/** A record that could not be applied: shown under the sync status, never thrown at a screen. */
export type SyncProblem = { id: string; kind: 'invalid' | 'newer'; field?: string; message: string };

// ---------------------------------------------------------------- reading Dexie

async function readLocal(db: PortfolioDatabase, ids: readonly string[]): Promise<Map<string, SharedRecord | null>> {
  const found = new Map<string, SharedRecord | null>();
  const byType = new Map<string, string[]>();
  for (const id of ids) {
    const named = parseDocId(id);
    if (!named) continue;
    byType.set(named.type, [...(byType.get(named.type) ?? []), named.key]);
  }
  const read = async <T extends { id: string }>(type: SharedRecord['type'], rows: Promise<(T | undefined)[]>, keys: string[]) => {
    (await rows).forEach((row, index) => found.set(`${type}:${keys[index]}`, row ? ({ type, key: row.id, record: row } as unknown as SharedRecord) : null));
  };
  const keys = (type: string) => byType.get(type) ?? [];
  await Promise.all([
    read('project', db.projects.bulkGet(keys('project')).then((rows) => rows.map((row) => row && fromRow(row))), keys('project')),
    read('organisation', db.organisations.bulkGet(keys('organisation')), keys('organisation')),
    read('programme', db.programmes.bulkGet(keys('programme')), keys('programme')),
    read('history', db.history.bulkGet(keys('history')), keys('history')),
  ]);
  if (byType.has('settings')) {
    const row = await db.settings.get(DEPARTMENT_SETTINGS_KEY);
    const value = (row?.value ?? {}) as { homeOrganisationId?: string | null };
    found.set('settings:department', { type: 'settings', key: 'department', record: { homeOrganisationId: value.homeOrganisationId ?? null } });
  }
  return found;
}

// ---------------------------------------------------------------- push

function generation(rev: string): number {
  return Number.parseInt(rev, 10);
}

function revHash(rev: string): string {
  return rev.slice(rev.indexOf('-') + 1);
}

function randomHash(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** Our edit as a sibling of the revision it was based on: the replica keeps both (a conflict). */
function siblingOf(body: Record<string, unknown>, base: string | undefined): Record<string, unknown> {
  const hash = randomHash();
  const start = base ? generation(base) + 1 : 1;
  return { ...body, _rev: `${start}-${hash}`, _revisions: { start, ids: base ? [hash, revHash(base)] : [hash] } };
}

/** The sample's organisations and programmes, by document id. */
const SAMPLE_DIRECTORY: ReadonlySet<string> = new Set([
  ...samplePortfolio.organisations.map((organisation) => docId('organisation', organisation.id)),
  ...samplePortfolio.programmes.map((programme) => docId('programme', programme.id)),
]);

/** The directory records a project or the department settings refer to, by document id. */
function directoryRefs(shared: SharedRecord | null | undefined): string[] {
  if (shared?.type === 'settings') return shared.record.homeOrganisationId ? [docId('organisation', shared.record.homeOrganisationId)] : [];
  if (shared?.type !== 'project' || shared.record.origin === 'sample') return [];
  const { partners, programmeId } = shared.record;
  return [...partners.map((partner) => docId('organisation', partner.organisationId)), ...(programmeId ? [docId('programme', programmeId)] : [])];
}

/** The sample directory records that this browser's own projects, or its home organisation, name. */
async function sampleDirectoryInUse(db: PortfolioDatabase): Promise<Set<string>> {
  const used = new Set<string>();
  const settings = (await db.settings.get(DEPARTMENT_SETTINGS_KEY))?.value as { homeOrganisationId?: string | null } | undefined;
  const named = [...directoryRefs({ type: 'settings', key: 'department', record: { homeOrganisationId: settings?.homeOrganisationId ?? null } })];
  await db.projects.each((row) => {
    if (row.origin !== 'sample') named.push(...directoryRefs({ type: 'project', key: row.id, record: fromRow(row) } as SharedRecord));
  });
  for (const id of named) if (SAMPLE_DIRECTORY.has(id)) used.add(id);
  return used;
}

/**
 * The ids among `records` that belong to the sample portfolio and stay here: its projects (even
 * edited), their history, and its organisations and programmes unless a project of the user's
 * own (or the home organisation) names them. They are for trying the app, and never reach
 * colleagues; a sample project duplicated becomes the user's own, and is shared.
 */
async function sampleRecords(db: PortfolioDatabase, records: Map<string, SharedRecord | null>): Promise<Set<string>> {
  const sample = new Set<string>();
  const historyOf = new Map<string, string[]>();
  for (const [id, shared] of records) {
    if (shared?.type === 'project' && shared.record.origin === 'sample') sample.add(id);
    if (shared?.type === 'history') historyOf.set(shared.record.projectId, [...(historyOf.get(shared.record.projectId) ?? []), id]);
  }
  const directory = [...records.keys()].filter((id) => SAMPLE_DIRECTORY.has(id));
  if (directory.length > 0) {
    const used = await sampleDirectoryInUse(db);
    for (const id of directory) if (!used.has(id)) sample.add(id);
  }
  if (historyOf.size === 0) return sample;
  const projects = await db.projects.bulkGet([...historyOf.keys()]);
  for (const project of projects) if (project?.origin === 'sample') for (const id of historyOf.get(project.id) ?? []) sample.add(id);
  return sample;
}

/**
 * A sample organisation or programme held back earlier that a record sent now names (a project
 * of the user's own with a sample partner): queue it, so colleagues can read the project.
 */
async function queueNamedSampleDirectory(db: PortfolioDatabase, replica: Replica, sent: readonly (SharedRecord | null | undefined)[]): Promise<void> {
  const named = [...new Set(sent.flatMap(directoryRefs))].filter((id) => SAMPLE_DIRECTORY.has(id));
  if (named.length === 0) return;
  const there = await replica.allDocs({ keys: named, include_docs: false });
  const missing = named.filter((_, index) => !there.rows[index]?.value || there.rows[index]?.value?.deleted);
  const queued = await db.syncOutbox.bulkGet(missing);
  const rows = missing.filter((_, index) => !queued[index]).map((id) => ({ id, token: crypto.randomUUID() }));
  if (rows.length > 0) await db.syncOutbox.bulkPut(rows);
}

type Outgoing = { row: OutboxRow; doc: Record<string, unknown>; branch: boolean };

/** A revision this browser wrote into the replica: on the server once the push has sent it. */
export type Written = { id: string; rev: string };

/** What one push round did: rows settled (sent, or found already equal there), rows that must wait, and the revisions written. */
export type PushRound = { settled: number; waiting: number; written: Written[] };

/**
 * Send up to one batch of the outbox into the replica. Rows it could not settle stay for the
 * next round.
 */
export async function pushOutbox(db: PortfolioDatabase, replica: Replica): Promise<PushRound> {
  const cleared = await db.syncOutbox.where('id').anyOf(SHARED_TYPES.map(everyRecordOf)).toArray();
  if (cleared.length > 0) return pushClears(db, replica, cleared);
  const rows = await db.syncOutbox.limit(BATCH).toArray();
  if (rows.length === 0) return { settled: 0, waiting: 0, written: [] };
  const ids = rows.map((row) => row.id);
  const [records, bases, current] = await Promise.all([readLocal(db, ids), db.syncRevs.bulkGet(ids), replica.allDocs({ keys: ids, include_docs: true })]);
  const sample = await sampleRecords(db, records);
  const settled: { row: OutboxRow; rev: string | null }[] = [];
  const written: Written[] = [];
  const outgoing: Outgoing[] = [];
  let waiting = 0;
  rows.forEach((row, index) => {
    const record = records.get(row.id);
    if (record === undefined) return settled.push({ row, rev: null }); // not a shared id
    if (sample.has(row.id)) return settled.push({ row, rev: null }); // the sample portfolio stays here
    const base = bases[index]?.rev;
    const there = current.rows[index];
    const rev = there?.value?.rev;
    const deletedThere = there?.value?.deleted === true;
    const doc = there?.doc ?? null;
    if (doc && typeof doc.schemaVersion === 'number' && doc.schemaVersion > SYNC_SCHEMA_VERSION) {
      // A newer version of the app wrote it: never overwrite. The edit waits for this app's update.
      waiting += 1;
      return;
    }
    const body: Record<string, unknown> | null = record ? { ...toDoc(record) } : null;
    if (!body) {
      if (!rev || deletedThere) return settled.push({ row, rev: rev ?? null });
      const deletion = { _id: row.id, _deleted: true };
      return outgoing.push(rev === base ? { row, doc: { ...deletion, _rev: rev }, branch: false } : { row, doc: siblingOf(deletion, base), branch: true });
    }
    if (doc && !deletedThere && sameData(doc.data, body.data)) return settled.push({ row, rev: rev ?? null });
    const onTop = !rev || rev === base || (deletedThere && base === undefined);
    outgoing.push(onTop ? { row, doc: rev ? { ...body, _rev: rev } : body, branch: false } : { row, doc: siblingOf(body, base), branch: true });
  });

  const plain = outgoing.filter((item) => !item.branch);
  const branches = outgoing.filter((item) => item.branch);
  if (plain.length > 0) {
    const results = await replica.bulkDocs(plain.map((item) => item.doc));
    results.forEach((result, index) => {
      const item = plain[index];
      // A conflict here means the replica moved on meanwhile: the row stays for the next round.
      if (item && result.ok && result.rev) {
        settled.push({ row: item.row, rev: result.rev });
        written.push({ id: item.row.id, rev: result.rev });
      }
    });
  }
  if (branches.length > 0) {
    await replica.bulkDocs(
      branches.map((item) => item.doc),
      { new_edits: false },
    );
    for (const item of branches) {
      settled.push({ row: item.row, rev: String(item.doc._rev) });
      written.push({ id: item.row.id, rev: String(item.doc._rev) });
    }
  }
  await settle(db, settled);
  await queueNamedSampleDirectory(
    db,
    replica,
    outgoing.map((item) => records.get(item.row.id)),
  );
  return { settled: settled.length, waiting, written };
}

const TABLE_OF: Record<SharedRecord['type'], 'projects' | 'organisations' | 'programmes' | 'history' | 'settings'> = {
  project: 'projects',
  organisation: 'organisations',
  programme: 'programmes',
  history: 'history',
  settings: 'settings',
};

/**
 * A table was cleared here (a "replace" restore): every record of that type the replica has and
 * this browser no longer has is deleted, for everyone. The records written after the clear have
 * rows of their own in the outbox.
 */
async function pushClears(db: PortfolioDatabase, replica: Replica, rows: OutboxRow[]): Promise<PushRound> {
  const written: Written[] = [];
  for (const row of rows) {
    const type = row.id.slice(0, row.id.indexOf(':')) as SharedRecord['type'];
    const [here, there] = await Promise.all([
      db.table(TABLE_OF[type]).toCollection().primaryKeys(),
      replica.allDocs({ startkey: `${type}:`, endkey: `${type}:\ufff0` }),
    ]);
    const kept = new Set(here.map((key) => docId(type, String(key))));
    const gone = there.rows.filter((item) => item.value && !item.value.deleted && !kept.has(item.key));
    if (gone.length === 0) continue;
    const results = await replica.bulkDocs(gone.map((item) => ({ _id: item.key, _rev: item.value?.rev, _deleted: true })));
    for (const result of results) if (result.ok && result.id && result.rev) written.push({ id: result.id, rev: result.rev });
  }
  await settle(db, rows.map((row) => ({ row, rev: null })));
  return { settled: rows.length, waiting: 0, written };
}

/** Drop settled rows from the outbox, unless the record was written again meanwhile. */
async function settle(db: PortfolioDatabase, settled: { row: OutboxRow; rev: string | null }[]): Promise<void> {
  if (settled.length === 0) return;
  await db.transaction('rw', [db.syncOutbox, db.syncRevs], async () => {
    const now = await db.syncOutbox.bulkGet(settled.map((item) => item.row.id));
    const done = settled.filter((item, index) => now[index]?.token === item.row.token);
    await db.syncOutbox.bulkDelete(done.map((item) => item.row.id));
    await db.syncRevs.bulkPut(done.filter((item) => item.rev !== null).map((item) => ({ id: item.row.id, rev: item.rev as string })));
  });
}

// ---------------------------------------------------------------- pull

export type Change = ChangesResult['results'][number];

/**
 * Apply the replica's changes since the last call into Dexie, one batch. Returns what it
 * applied, and the documents it refused (a newer app's, or invalid) with the reason.
 */
export async function pullChanges(db: PortfolioDatabase, replica: Replica): Promise<{ applied: number; problems: SyncProblem[]; more: boolean }> {
  const since = ((await db.settings.get(SEQ_KEY))?.value as number | string | undefined) ?? 0;
  const feed = await replica.changes({ since, limit: BATCH, include_docs: true, conflicts: true, style: 'all_docs' });
  const { applied, problems } = await applyChanges(db, replica, feed.results, feed.last_seq);
  return { applied, problems, more: feed.results.length === BATCH };
}

/** The rows of `keys` in `table`, read one request per key only if the table holds any (the outbox is usually empty). */
async function rowsOf<T>(table: Table<T, string>, keys: readonly string[]): Promise<(T | undefined)[]> {
  return (await table.count()) === 0 ? keys.map(() => undefined) : table.bulkGet([...keys]);
}

/**
 * Apply changed records into Dexie, as the replica's changes feed lists them (with
 * `include_docs`, `conflicts` and `style: 'all_docs'`). `seq`: how far the feed was read, noted
 * for the next `pullChanges`; null for changes that did not come from the feed (a first pull's
 * own batches, initialPull.ts).
 */
export async function applyChanges(db: PortfolioDatabase, replica: Replica, changes: readonly Change[], seq: number | string | null): Promise<{ applied: number; problems: SyncProblem[] }> {
  const deletedApart = await unsettledDeletions(replica, changes);
  const ids = changes.map((change) => change.id);
  const [pending, bases] = await Promise.all([rowsOf(db.syncOutbox, ids), db.syncRevs.bulkGet(ids)]);
  const problems: SyncProblem[] = [];
  const puts: SharedRecord[] = [];
  const deletions: { type: SharedRecord['type']; key: string }[] = [];
  const revs: { id: string; rev: string }[] = [];
  const conflicts: ConflictRow[] = [];
  const resolved: string[] = [];
  changes.forEach((change, index) => {
    const doc = change.doc;
    if (!doc || pending[index]) return; // an unsent edit here goes first (see pushOutbox)
    const rev = doc._rev ?? '';
    const deleted = deletedApart.get(change.id);
    if (doc._conflicts?.length || deleted) conflicts.push({ id: change.id, winner: rev, others: doc._conflicts ?? [], ...(deleted && { deleted }) });
    else resolved.push(change.id);
    if (bases[index]?.rev === rev) return; // what Dexie already holds (our own write, sent back)
    const read = readDoc(doc);
    switch (read.kind) {
      case 'record':
        puts.push(read.shared);
        revs.push({ id: change.id, rev });
        break;
      case 'deleted':
        deletions.push({ type: read.type, key: read.key });
        revs.push({ id: change.id, rev });
        break;
      case 'newer':
        problems.push({ id: read.id, kind: 'newer', message: `written by a newer version of the app (records version ${read.schemaVersion})` });
        break;
      case 'invalid':
        problems.push({ id: read.id, kind: 'invalid', field: read.field, message: read.message });
        break;
      case 'foreign':
        break;
    }
  });
  await applyToDexie(db, { puts, deletions, revs, conflicts, resolved, seq });
  return { applied: puts.length + deletions.length, problems };
}

/** Note that Dexie holds everything the replica held up to `seq`: the next `pullChanges` reads on from there. */
export async function markReadUpTo(db: PortfolioDatabase, seq: number | string): Promise<void> {
  await db.settings.put({ key: SEQ_KEY, value: seq });
}

type Incoming = { puts: SharedRecord[]; deletions: { type: SharedRecord['type']; key: string }[]; revs: { id: string; rev: string }[]; conflicts: ConflictRow[]; resolved: string[]; seq: number | string | null };

async function applyToDexie(db: PortfolioDatabase, incoming: Incoming): Promise<void> {
  const tables = [db.projects, db.organisations, db.programmes, db.history, db.settings, db.syncRevs, db.syncConflicts];
  await db.transaction('rw', tables, async (tx) => {
    markFromServer(tx.idbtrans);
    const projects: Project[] = [];
    const organisations: Organisation[] = [];
    const programmes: Programme[] = [];
    const history: HistoryEntry[] = [];
    let department: DepartmentSettings | null = null;
    for (const shared of incoming.puts) {
      if (shared.type === 'project') projects.push(shared.record);
      else if (shared.type === 'organisation') organisations.push(shared.record);
      else if (shared.type === 'programme') programmes.push(shared.record);
      else if (shared.type === 'history') history.push(shared.record);
      else department = shared.record;
    }
    const gone = (type: SharedRecord['type']) => incoming.deletions.filter((item) => item.type === type).map((item) => item.key);
    const put = <T,>(table: { bulkPut(rows: T[]): Promise<unknown> }, rows: T[]) => (rows.length > 0 ? table.bulkPut(rows) : undefined);
    const remove = (table: { bulkDelete(keys: string[]): Promise<unknown> }, keys: string[]) => (keys.length > 0 ? table.bulkDelete(keys) : undefined);
    await put(db.projects, projects.map(toRow));
    await put(db.organisations, organisations);
    await put(db.programmes, programmes);
    await put(db.history, history);
    await remove(db.projects, gone('project'));
    await remove(db.organisations, gone('organisation'));
    await remove(db.programmes, gone('programme'));
    await remove(db.history, gone('history'));
    if (department) {
      const row = await db.settings.get(DEPARTMENT_SETTINGS_KEY);
      await db.settings.put({ key: DEPARTMENT_SETTINGS_KEY, value: { ...(row?.value as object), homeOrganisationId: department.homeOrganisationId } });
    }
    await db.syncRevs.bulkPut(incoming.revs);
    await put(db.syncConflicts, incoming.conflicts);
    // Only the records listed as in conflict need a delete (usually none): no request per record.
    const listed = new Set((await db.syncConflicts.toCollection().primaryKeys()) as string[]);
    const closed = incoming.resolved.filter((id) => listed.has(id));
    if (closed.length > 0) await db.syncConflicts.bulkDelete(closed);
    if (incoming.seq !== null) await db.settings.put({ key: SEQ_KEY, value: incoming.seq });
  });
}


// ---------------------------------------------------------------- conflicts

/** The versions of a record in conflict: the one shown, and the others the engine keeps. */
export async function conflictVersions(replica: Replica, id: string): Promise<{ rev: string; read: ReturnType<typeof readDoc> }[]> {
  const winner = await replica.get(id, { conflicts: true });
  const others = await Promise.all((winner._conflicts ?? []).map((rev) => replica.get(id, { rev })));
  return [winner, ...others].map((doc) => ({ rev: doc._rev ?? '', read: readDoc(doc) }));
}

/**
 * Close a conflict once a person has chosen: the other versions are deleted, so every copy is
 * left with one. The chosen content is saved by the caller through the normal save (which
 * records in the history who resolved it and what was kept), on top of the version shown.
 */
export async function dropOtherVersions(db: PortfolioDatabase, replica: Replica, id: string, others: readonly string[]): Promise<void> {
  if (others.length > 0) await replica.bulkDocs(others.map((rev) => ({ _id: id, _rev: rev, _deleted: true, [SETTLED]: true })));
  await db.syncConflicts.delete(id);
}
