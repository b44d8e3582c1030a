// A new replica's first pull (docs/sync.md, "Initial sync").
//
// A browser that starts sharing with an empty replica first takes the server's portfolio, sending
// nothing meanwhile, and the live sync that follows pulls and pushes from where that pull ended:
// PouchDB's push would otherwise read every pulled record back out of the replica and ask the
// server about each (`_revs_diff`), which at 10,000 projects keeps the browser busy for tens of
// seconds after it is up to date.
//
// The pull reads the server's changes feed itself, a page at a time, each record with its
// document. Each page is written at once into the app's database (`apply`) and, beside it, into
// the replica as the server holds it (`bulkDocs` with `new_edits: false`, the write PouchDB's own
// replication ends in), while the next page is fetched. PouchDB's replication would first ask the
// server which revisions are missing and fetch them again (`_revs_diff`, `_bulk_get`), and the
// records would reach the app's database only after the replica had them. Records whose history
// the feed alone cannot tell (more than one version: a conflict, or a deletion against an edit;
// or changed on the server during the pull) are left to PouchDB's replication, for those records
// only, and then read from the replica, so that the version shown is the one the replica shows.
import type { Change } from './bridge';
import type { ChangesResult, PouchDoc, Replica, Replication } from './pouch';

/**
 * Documents per request of the first pull: fewer, larger round trips than the live sync's. Each
 * page is one write of each database, and fewer, larger writes cost less: writing 10,000
 * projects' pages into both took about 7 s in pages of 2,000 against 9 s in pages of 500
 * (docs/performance.md, "Pages of 2,000 records").
 */
export const INITIAL_BATCH = 2000;

/** How a first pull ended. */
export type InitialPull = {
  /** The replica's sequence once the pull completed: nothing before it needs pushing. */
  seq: number | string;
  /** The server's sequence the pull read up to: the live sync pulls from there. */
  remoteSeq: number | string;
  /**
   * Whether every record the replica holds up to `seq` was handed to `apply` (and `apply`
   * succeeded): the bridge may then read the replica from `seq` on. False if anything else
   * wrote to the replica meanwhile, or a batch could not be applied: the bridge then reads the
   * whole replica, as it always could.
   */
  applied: boolean;
};

/** What the engine tells the pull, and hears from it. */
export type PullWatch = {
  /** True once the engine stops: the pull ends after the page it is on. */
  stopped(): boolean;
  /** The server could not be read (offline, refused): the pull ends, and the live sync takes over. */
  failed(error: unknown): void;
  /** PouchDB's replication of the records left to it: for its events, and to cancel it. */
  replicating(pull: Replication): void;
  /** After each page: records received so far, of about `total` (the server's live and deleted records). */
  progress(done: number, total: number): void;
};

/** A record the feed tells whole: one version, seen once in this pull. */
function isPlain(change: Change, seen: ReadonlySet<string>): boolean {
  return !seen.has(change.id) && !!change.doc && !change.doc._conflicts?.length && (change.changes?.length ?? 1) === 1;
}

/** The records `ids` as the replica's changes feed would list them: the version shown, and every version it ends in. */
async function shownChanges(replica: Replica, ids: readonly string[]): Promise<Change[]> {
  const shown = await replica.allDocs({ keys: [...ids], include_docs: true, conflicts: true });
  const changes = await Promise.all(
    ids.map(async (id, index): Promise<Change | null> => {
      const row = shown.rows[index];
      if (!row?.value) return null;
      const leaves = await replica.get(id, { open_revs: 'all' });
      const doc = row.doc ?? { _id: id, _rev: row.value.rev, _deleted: true };
      return { id, seq: 0, doc, changes: leaves.flatMap((leaf) => (leaf.ok?._rev ? [{ rev: leaf.ok._rev }] : [])) };
    }),
  );
  return changes.filter((change): change is Change => change !== null);
}

/**
 * If `replica` is empty, take the server's documents into it and hand each page to `apply`.
 * Resolves once every page is stored and applied. Resolves null when the replica was not
 * empty, or the pull did not complete (stopped, offline, refused): the live sync then starts as
 * it always does, from its own checkpoints, or from the start.
 */
export async function initialPull(replica: Replica, remote: Replica, watch: PullWatch, apply: (changes: Change[]) => Promise<void>): Promise<InitialPull | null> {
  if ((await replica.info()).update_seq !== 0) return null;
  const page = (since: number | string) => remote.changes({ since, limit: INITIAL_BATCH, batch_size: INITIAL_BATCH, include_docs: true, conflicts: true, style: 'all_docs' });
  const seen = new Set<string>();
  const later = new Set<string>();
  let written = 0;
  let applied = true;
  let remoteSeq: number | string = 0;
  let next: Promise<ChangesResult> | null = page(0);
  // Each record, live or deleted, is in the feed once (more only if changed during the pull).
  const total = remote.info().then(
    (info) => info.doc_count + (info.doc_del_count ?? 0),
    () => 0,
  );
  let done = 0;
  // Said as soon as the count is known, not only once the first page is stored (a page of a
  // large portfolio takes a second or two).
  void total.then((count) => {
    if (done === 0 && count > 0 && !watch.stopped()) watch.progress(0, count);
  });
  while (next) {
    let feed: ChangesResult;
    try {
      feed = await next;
    } catch (error) {
      watch.failed(error);
      return null;
    }
    if (watch.stopped()) return null;
    remoteSeq = feed.last_seq;
    next = feed.results.length === INITIAL_BATCH ? page(remoteSeq) : null;
    // Fetched while this page is stored; its failure is met when it is awaited.
    next?.catch(() => undefined);
    const plain = feed.results.filter((change) => {
      const whole = isPlain(change, seen);
      if (!whole) later.add(change.id);
      seen.add(change.id);
      return whole;
    });
    const docs = plain.map((change) => {
      const { _conflicts, ...doc } = change.doc as PouchDoc;
      void _conflicts;
      return doc;
    });
    const applying: Promise<boolean> = applied && plain.length > 0 ? apply(plain).then(() => true, () => false) : Promise.resolve(applied);
    try {
      [, applied] = await Promise.all([docs.length > 0 ? replica.bulkDocs(docs, { new_edits: false }) : null, applying]);
    } catch (error) {
      // The replica could not be written (storage full): the live sync tries again, and says why.
      watch.failed(error);
      return null;
    }
    written += docs.length;
    done += feed.results.length;
    watch.progress(done, Math.max(done, await total));
  }
  if (later.size > 0) {
    const pull = replica.replicate.from(remote, { doc_ids: [...later], batch_size: INITIAL_BATCH });
    watch.replicating(pull);
    const result = await pull.then(
      (done) => done as { status?: string; docs_written?: number },
      () => null,
    );
    if (result?.status !== 'complete') return null;
    written += result.docs_written ?? 0;
    if (applied) applied = await shownChanges(replica, [...later]).then(apply).then(() => true, () => false);
  }
  const seq = (await replica.info()).update_seq;
  // Each document written took one sequence number: any more, and something else wrote.
  return { seq, remoteSeq, applied: applied && seq === written };
}
