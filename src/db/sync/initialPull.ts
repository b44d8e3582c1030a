// A new replica's first pull (docs/sync.md, "Initial sync").
//
// A browser that starts sharing with an empty replica first takes the server's portfolio in one
// pull, sending nothing meanwhile. The live sync that follows then pushes from where that pull
// ended: PouchDB's push would otherwise read every pulled record back out of the replica and ask
// the server about each (`_revs_diff`), which at 10,000 projects keeps the browser busy for
// tens of seconds after it is up to date, and delays the first edit sent.
//
// Nor does the bridge read the pulled records back out of the replica to copy them into Dexie:
// each batch the pull has written is handed to `apply` as it is written, from the pull's own
// `change` event, while the pull fetches the next batch from the server. A record that arrives
// in more than one version (a conflict on the server), or a second time, is read from the
// replica instead, so that the version shown is the one the replica shows.
import type { Change } from './bridge';
import type { PouchDoc, Replica, Replication } from './pouch';

/** Documents per request of the first pull: fewer, larger round trips than the live sync's. */
export const INITIAL_BATCH = 500;

/** How a first pull ended. */
export type InitialPull = {
  /** The replica's sequence once the pull completed: nothing before it needs pushing. */
  seq: number | string;
  /**
   * Whether every record the replica holds up to `seq` was handed to `apply` (and `apply`
   * succeeded): the bridge may then read the replica from `seq` on. False if anything else
   * wrote to the replica meanwhile, or a batch could not be applied: the bridge then reads the
   * whole replica, as it always could.
   */
  applied: boolean;
};

/** The pulled documents of one batch as the replica's changes feed would list them. */
async function changesOf(replica: Replica, docs: readonly PouchDoc[], seen: Set<string>): Promise<Change[]> {
  const byId = new Map<string, PouchDoc[]>();
  for (const doc of docs) byId.set(doc._id, [...(byId.get(doc._id) ?? []), doc]);
  const changes: Change[] = [];
  const readBack: string[] = [];
  for (const [id, versions] of byId) {
    const [only] = versions;
    if (versions.length === 1 && only && !seen.has(id)) {
      // The record's one version: the replica was empty, so this is what it shows.
      const { _revisions, ...doc } = only;
      void _revisions;
      changes.push({ id, seq: 0, doc: doc as PouchDoc, changes: [{ rev: only._rev ?? '' }] });
    } else readBack.push(id);
    seen.add(id);
  }
  if (readBack.length === 0) return changes;
  const shown = await replica.allDocs({ keys: readBack, include_docs: true, conflicts: true });
  await Promise.all(
    readBack.map(async (id, index) => {
      const row = shown.rows[index];
      if (!row?.value) return;
      const leaves = await replica.get(id, { open_revs: 'all' });
      const doc = row.doc ?? { _id: id, _rev: row.value.rev, _deleted: true };
      changes.push({ id, seq: 0, doc, changes: leaves.flatMap((leaf) => (leaf.ok?._rev ? [{ rev: leaf.ok._rev }] : [])) });
    }),
  );
  return changes;
}

/**
 * If `replica` is empty, pull the server's documents into it, handing the replication to
 * `watch` (for its events, and to cancel it), and each written batch to `apply`. Resolves once
 * the pull has completed and every batch has been applied. Resolves null when the replica was
 * not empty, or the pull did not complete (cancelled, offline, refused): the live sync then
 * starts as it always does, pushing from its own checkpoint, or from the start.
 */
export async function initialPull(
  replica: Replica,
  remote: Replica,
  watch: (pull: Replication) => void,
  apply: (changes: Change[]) => Promise<void>,
): Promise<InitialPull | null> {
  if ((await replica.info()).update_seq !== 0) return null;
  const pull = replica.replicate.from(remote, { batch_size: INITIAL_BATCH });
  watch(pull);
  // One batch at a time, in the order written; a failed one leaves the rest to the bridge.
  let applying: Promise<boolean> = Promise.resolve(true);
  const seen = new Set<string>();
  pull.on('change', (info) => {
    const docs = ((info ?? {}) as { docs?: PouchDoc[] }).docs ?? [];
    applying = applying.then(async (ok) => {
      if (!ok) return false;
      try {
        await apply(await changesOf(replica, docs, seen));
        return true;
      } catch {
        return false;
      }
    });
  });
  const result = await pull.then(
    (done) => done as { status?: string; docs_written?: number },
    () => null,
  );
  const applied = await applying;
  if (result?.status !== 'complete') return null;
  const seq = (await replica.info()).update_seq;
  // Each document the pull wrote took one sequence number: any more, and something else wrote.
  return { seq, applied: applied && seq === result.docs_written };
}
