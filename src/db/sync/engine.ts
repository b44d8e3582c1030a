// Live sharing while the app runs: PouchDB replicates the replica with the server, and the
// bridge copies between the replica and Dexie whenever either side changes (docs/sync.md).
//
// Only one tab of a browser may run it: two bridges over one database and replica would race
// each other. The caller makes sure of that (`runInOneTab`); the other tabs see the same Dexie
// data change under them, as they do for any write made in another tab.
import Dexie from 'dexie';
import type { PortfolioDatabase } from '../database';
import { applyChanges, markReadUpTo, pullChanges, pushOutbox, type SyncProblem } from './bridge';
import { OUTBOX } from './outbox';
import { initialPull } from './initialPull';
import { loadPouch, type Replica, type Replication } from './pouch';
import { onNetworkChange, readableRefusals, retryDelay, shownStatus, watchServer } from './network';
import { SHARED_DATABASE, serverAddress, type Fetch } from './session';

export type SyncState = 'connecting' | 'synced' | 'sending' | 'offline' | 'denied' | 'error';

export type SyncStatus = {
  state: SyncState;
  /** Changes made here and not yet on the server. */
  waiting: number;
  /** Records from the server that were not applied (invalid, or from a newer app). */
  problems: SyncProblem[];
  /** The server's or the network's reason, when state is 'denied', 'error' or 'offline'. */
  reason: string | null;
  /** While an empty browser takes the server's portfolio: records received, of about `total`. */
  receiving?: { done: number; total: number };
};

export type SyncOptions = {
  db: PortfolioDatabase;
  server: string;
  /** The name of PouchDB's replica in this browser. */
  replicaName?: string;
  /** How requests reach the server (tests sign in with a cookie of their own). */
  fetch?: Fetch;
  onStatus: (status: SyncStatus) => void;
};

export type SyncHandle = {
  /** Copy and replicate now, and resolve once what is waiting has been handled. */
  syncNow(): Promise<void>;
  stop(): Promise<void>;
  replica: Replica;
};

export const REPLICA_NAME = 'eu-portfolio-replica';
/** Documents per request of the live sync. */
const BATCH_SIZE = 200;

function reasonOf(info: unknown): string {
  if (info && typeof info === 'object') {
    // A refused document comes as { direction, doc: { id, error, reason } }.
    const { reason, message, status, doc } = info as { reason?: unknown; message?: unknown; status?: unknown; doc?: unknown };
    if (doc && typeof doc === 'object') return reasonOf(doc);
    if (typeof reason === 'string') return reason;
    if (typeof message === 'string') return message;
    if (typeof status === 'number') return `HTTP ${status}`;
  }
  return String(info);
}

export async function startSync(options: SyncOptions): Promise<SyncHandle> {
  const { db, onStatus } = options;
  const PouchDB = await loadPouch();
  const fetcher: Fetch = readableRefusals(options.fetch ?? ((url, init) => fetch(url, { ...init, credentials: 'include' })));
  const replica = new PouchDB(options.replicaName ?? REPLICA_NAME);
  // PouchDB takes a name without http(s):// for a local database: a path on this site
  // ("/couchdb/") is made absolute first.
  const base = globalThis.location?.href ?? 'http://localhost/';
  const remote = new PouchDB(new URL(`${serverAddress(options.server)}${SHARED_DATABASE}`, base).href, { skip_setup: true, fetch: fetcher });

  let status: SyncStatus = { state: 'connecting', waiting: await db.syncOutbox.count(), problems: [], reason: null };
  const problems = new Map<string, SyncProblem>();
  const report = (patch: Partial<SyncStatus>) => {
    status = shownStatus({ ...status, ...patch, problems: [...problems.values()] });
    onStatus(status);
  };
  report({});

  // The bridge, one round at a time; a request during a round runs one more round after it.
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  /** The server's reason for refusing a change sent from here (a reader's edit), once it has. */
  let denied: string | null = null;
  /** While a new replica takes the server's portfolio, this browser's changes wait in the outbox. */
  let pulling = true;
  // "N changes waiting" counts what is not on the server yet: the outbox (offline, edits stay
  // there), and the revisions copied into the replica that the push has not sent.
  const unsent = new Map<string, string>();
  // The last revision the push reported per record: the push can send a revision before the
  // round that wrote it has noted it as unsent, and it must not wait for ever then.
  const sent = new Map<string, string>();
  const waiting = async () => (await db.syncOutbox.count()) + unsent.size;
  const round = async () => {
    if (status.state !== 'offline' && !pulling) {
      for (;;) {
        const pushed = await pushOutbox(db, replica);
        for (const { id, rev } of pushed.written) if (sent.get(id) !== rev) unsent.set(id, rev);
        if (pushed.settled === 0 || stopped) break;
      }
    }
    // A first pull applies its own batches as they arrive (initialPull.ts).
    while (!pulling) {
      const pulled = await pullChanges(db, replica);
      for (const problem of pulled.problems) problems.set(problem.id, problem);
      if (!pulled.more || stopped) break;
    }
    report({ waiting: await waiting() });
  };
  /** The push reports what it sent: those revisions are on the server. */
  const confirm = (info: unknown) => {
    const { direction, change } = (info ?? {}) as { direction?: string; change?: { docs?: { _id?: string; _rev?: string }[] } };
    if (direction !== 'push') return;
    for (const doc of change?.docs ?? []) {
      if (!doc._id || !doc._rev) continue;
      sent.set(doc._id, doc._rev);
      if (unsent.get(doc._id) === doc._rev) unsent.delete(doc._id);
    }
  };
  const pump = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = round()
      .catch((error: unknown) => report({ state: 'error', reason: reasonOf(error) }))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void pump();
        }
      });
    return running;
  };

  // Writes to the replica from elsewhere (a resolution made in another tab) are copied too; once
  // the first pull is over, which copies its own.
  let feed: { cancel(): void } | null = null;
  const onStorage = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => key.startsWith(`idb://${db.name}/${OUTBOX}/`))) void pump();
  };
  Dexie.on('storagemutated', onStorage);

  let replication: Replication | null = null;
  // The live sync; started again when the browser comes back online (network.ts), and a
  // replaced one says nothing more. `from`: where its pull and push start, after a first pull.
  const replicate = (from: { pull: number | string; push: number | string } | null = null): Replication => {
    const handle = replica.sync(remote, { live: true, retry: true, batch_size: BATCH_SIZE, back_off_function: retryDelay, ...(from && { pull: { since: from.pull }, push: { since: from.push } }) });
    const current = () => handle === replication;
    const contact = watchServer(handle, (error) => current() && report({ state: 'offline', reason: reasonOf(error) }));
    return handle
      .on('active', () => current() && report({ state: 'sending', reason: null }))
      .on('change', (info) => {
        confirm(info);
        void pump();
      })
      .on('paused', (pausedBy) => {
        if (!current()) return;
        const error = pausedBy ?? contact.failure();
        if (error) report({ state: 'offline', reason: reasonOf(error) });
        // A refusal stays shown: the refused change is in this browser only, which "synced" would hide.
        else void pump().then(() => report(denied ? { state: 'denied', reason: denied } : { state: status.waiting > 0 ? 'sending' : 'synced', reason: null }));
      })
      .on('denied', (info) => {
        denied = reasonOf(info);
        report({ state: 'denied', reason: denied });
      })
      .on('error', (error) => current() && report({ state: 'error', reason: reasonOf(error) }));
  };
  const started = (async () => {
    // An empty replica first takes the server's portfolio; this browser's changes wait in the
    // outbox meanwhile, and the live sync pulls and pushes from where that pull ended (initialPull.ts).
    const first = await initialPull(
      replica,
      remote,
      {
        stopped: () => stopped,
        failed: (error) => report({ state: 'offline', reason: reasonOf(error) }),
        progress: (done, total) => report({ receiving: { done, total } }),
        replicating: (pull) => {
          replication = pull;
          pull.on('error', (error) => report({ state: 'offline', reason: reasonOf(error) }));
        },
      },
      async (changes) => {
        const { problems: refused } = await applyChanges(db, replica, changes, null);
        for (const problem of refused) problems.set(problem.id, problem);
      },
    );
    // Everything pulled is in Dexie already: the bridge reads the replica from there on.
    if (first?.applied) await markReadUpTo(db, first.seq);
    pulling = false;
    report({ receiving: undefined });
    if (stopped) return;
    feed = replica.changes({ since: 'now', live: true }).on('change', () => void pump());
    replication = replicate(first && { pull: first.remoteSeq, push: first.seq });
    await pump();
  })().catch((error: unknown) => {
    // The replica could not be opened or read (storage blocked, or a later version's): shown,
    // not left unhandled, and `stop()` still ends cleanly.
    if (!stopped) report({ state: 'error', reason: reasonOf(error) });
  });
  const stopWatching = onNetworkChange({
    offline: () => report({ state: 'offline', reason: null }),
    online: () => {
      // During a first pull, a failed pull falls back to the live sync on its own.
      if (stopped || pulling) return;
      replication?.cancel();
      replication = replicate();
      report({ state: 'connecting', reason: null });
      void pump();
    },
  });
  void pump();

  return {
    replica,
    syncNow: () => started.then(pump),
    async stop() {
      stopped = true;
      stopWatching();
      Dexie.on('storagemutated').unsubscribe(onStorage);
      feed?.cancel();
      (replication as Replication | null)?.cancel();
      await started;
      await running;
      // A replica that never opened has nothing to close, and says so again: not a failure to stop.
      await replica.close().catch(() => undefined);
    },
  };
}

/**
 * Run `work` in one tab of this browser at a time: the tab holding the Web Lock runs it and, if
 * `work` answers true (it started something), keeps the lock until `released` resolves; another
 * tab waits for the lock and takes over when the first closes or lets go. Without Web Locks (old
 * browsers, Node) it simply runs.
 */
export function runInOneTab(work: () => Promise<boolean>, released: Promise<void>): void {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) {
    void work();
    return;
  }
  void locks.request('eu-portfolio-sync', async () => {
    if (await work()) await released;
  });
}
