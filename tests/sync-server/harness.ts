// Browsers sharing through the real sync server (pouchdb-server, started here, set up as
// production is), for the storage tests of this folder: each browser has its own Dexie database
// and PouchDB replica over fake-indexeddb, runs the live engine as the app does, and is signed in
// with a cookie session. `withSyncServer()` starts the server for a test file and cleans up after
// each test.
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { DEV_DEFAULTS, startSyncServer, type SyncServer } from '../../scripts/lib/sync-server.mjs';
import { PortfolioDatabase, setDatabase } from '../../src/db/database';
import { startSync, type SyncHandle, type SyncStatus } from '../../src/db/sync/engine';
import { setSharing } from '../../src/db/sync/outbox';
import { signIn, type Fetch } from '../../src/db/sync/session';

// PouchDB's browser build reads `self` and `navigator`, which Node 20 does not have.
globalThis.self ??= globalThis as typeof globalThis & Window;
globalThis.navigator ??= { userAgent: 'node' } as Navigator;

/** `statuses`: every status the engine reported, in order; `status`: the last. */
export type Browser = { name: string; db: PortfolioDatabase; fetch: Fetch; sync: SyncHandle | null; status: SyncStatus | null; statuses: SyncStatus[] };

/** A fetch with a cookie jar of one cookie: Node's fetch keeps none, a browser keeps the session cookie. */
export function cookieFetch(): Fetch {
  let cookie = '';
  return async (url, init = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set('Cookie', cookie);
    const response = await fetch(url, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
}

/** Run something as the app in this browser does: through the repositories, on its database. */
export async function as<T>(who: Browser, work: () => Promise<T>): Promise<T> {
  setDatabase(who.db);
  return work();
}

/** Wait for a condition, as a user waits for a colleague's change to appear. */
export const eventually = (check: () => Promise<void>, timeout = 15_000) => vi.waitFor(check, { timeout, interval: 50 });

export async function disconnect(who: Browser): Promise<void> {
  await who.sync?.stop();
  who.sync = null;
}

/** Start the server for this test file; the browsers a test opens are closed and deleted after it. */
export function withSyncServer(prefix: string) {
  let server: SyncServer;
  let counter = 0;
  const browsers: Browser[] = [];

  beforeAll(async () => {
    setSharing(true);
    server = await startSyncServer({ port: 0 });
  }, 30_000);

  afterEach(async () => {
    for (const who of browsers.splice(0)) {
      await who.sync?.stop();
      who.db.close();
      await Dexie.delete(who.db.name);
    }
  });

  afterAll(async () => {
    setSharing(null);
    await server?.stop();
  });

  return {
    url: () => server.url,
    /** How many browsers this file has opened (unique ids per test). */
    count: () => counter,
    async browser(user: 'editor' | 'reader'): Promise<Browser> {
      counter += 1;
      const who: Browser = { name: `${prefix}-${user}-${counter}`, db: new PortfolioDatabase(`${prefix}-${counter}-db`), fetch: cookieFetch(), sync: null, status: null, statuses: [] };
      await signIn(server.url, user, user === 'editor' ? DEV_DEFAULTS.editorPassword : DEV_DEFAULTS.readerPassword, who.fetch);
      browsers.push(who);
      return who;
    },
    async connect(who: Browser): Promise<void> {
      const onStatus = (status: SyncStatus) => {
        who.status = status;
        who.statuses.push(status);
      };
      who.sync = await startSync({ db: who.db, server: server.url, replicaName: `${who.name}-replica`, fetch: who.fetch, onStatus });
    },
  };
}
