// A new replica's first pull (docs/sync.md, "Initial sync").
//
// A browser that starts sharing with an empty replica first takes the server's portfolio in one
// pull, sending nothing meanwhile. The live sync that follows then pushes from where that pull
// ended: PouchDB's push would otherwise read every pulled record back out of the replica and ask
// the server about each (`_revs_diff`), which at 10,000 projects keeps the browser busy for
// tens of seconds after it is up to date, and delays the first edit sent.
import type { Replica, Replication } from './pouch';

/** Documents per request of the first pull: fewer, larger round trips than the live sync's. */
export const INITIAL_BATCH = 500;

/**
 * If `replica` is empty, pull the server's documents into it, handing the replication to
 * `watch` (for its events, and to cancel it). Resolves with the replica's sequence once the pull
 * has completed: nothing before it needs pushing. Resolves null when the replica was not empty,
 * or the pull did not complete (cancelled, offline, refused): the live sync then starts as it
 * always does, pushing from its own checkpoint, or from the start.
 */
export async function initialPull(replica: Replica, remote: Replica, watch: (pull: Replication) => void): Promise<number | string | null> {
  if ((await replica.info()).update_seq !== 0) return null;
  const pull = replica.replicate.from(remote, { batch_size: INITIAL_BATCH });
  watch(pull);
  const result = await pull.then(
    (done) => done as { status?: string },
    () => null,
  );
  if (result?.status !== 'complete') return null;
  return (await replica.info()).update_seq;
}
