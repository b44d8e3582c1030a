// The screens' door to sharing (docs/sync.md): connect, disconnect, and the live status.
//
// The configuration (server address and user name, never the password) is per browser, in
// localStorage; the session itself is CouchDB's cookie. The sync code, PouchDB included, is
// imported only once sharing is on, so a browser that does not share never downloads it.
import { useSyncExternalStore } from 'react';
import { getDatabase } from '../db/database';
import { SHARING_CONFIG_KEY, SHARING_LEFT_KEY, isSharing, leftServer, queueEverything, setReadOnly, setSharing, writeSharingConfig } from '../db/sync/outbox';
import type { SyncStatus } from '../db/sync/engine';
import type { Replica } from '../db/sync/pouch';
import type { Access, SessionUser, SyncErrorCode } from '../db/sync/session';
import type { Overlap } from '../db/sync/firstConnection';
import { setReadOnlyAccess } from './access';

/** What this browser keeps of its connection: never the password. The roles let it start offline. */
export type SharingConfig = { server: string; user: string; roles: string[] };
export type { Access, SyncErrorCode, SyncStatus };

export type SharingState = {
  config: SharingConfig | null;
  access: Access;
  /** null until the engine has started (or when sharing is off). */
  sync: SyncStatus | null;
  /** Set when the saved session could not be resumed (expired, or the server refused it). */
  signedOut: boolean;
};

/** The address a new connection offers: this site's own /couchdb/ (the same-origin proxy). */
export const DEFAULT_SERVER = '/couchdb/';

function readConfig(): SharingConfig | null {
  try {
    const text = globalThis.localStorage?.getItem(SHARING_CONFIG_KEY);
    const value = text ? (JSON.parse(text) as Partial<SharingConfig>) : null;
    if (!value || typeof value.server !== 'string' || typeof value.user !== 'string') return null;
    const roles = Array.isArray(value.roles) ? value.roles.filter((role): role is string => typeof role === 'string') : [];
    return { server: value.server, user: value.user, roles };
  } catch {
    return null;
  }
}

let state: SharingState = { config: readConfig(), access: 'none', sync: null, signedOut: false };
const listeners = new Set<() => void>();
let stopEngine: (() => Promise<void>) | null = null;
/** PouchDB's replica, while the engine runs in this tab. */
let replicaHere: Replica | null = null;
let releaseLock: (() => void) | null = null;

function set(patch: Partial<SharingState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSharing(): SharingState {
  return useSyncExternalStore(subscribe, () => state);
}

const loadSync = () => Promise.all([import('../db/sync/engine'), import('../db/sync/session')]);

/**
 * The tabs of one browser share one engine (engine.ts, runInOneTab); the tab running it tells
 * the others its status, so every tab's header shows the same. A tab that opens asks for it.
 */
const statusChannel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('eu-portfolio.sharing-status');
let leading = false;
statusChannel?.addEventListener('message', (event: MessageEvent<{ ask?: true; sync?: SyncStatus }>) => {
  if (event.data.ask && leading && state.sync) statusChannel.postMessage({ sync: state.sync });
  if (event.data.sync && !leading && state.config) set({ sync: event.data.sync });
});

async function startEngine(config: SharingConfig, user: SessionUser): Promise<void> {
  const [{ startSync, runInOneTab }, { accessOf }] = await loadSync();
  // Disconnected (here or in another tab) while this start waited for the server or the code:
  // the start is over before it shows anything.
  if (!readConfig()) return;
  const access = accessOf(user);
  setReadOnly(access !== 'editor');
  setReadOnlyAccess(access !== 'editor');
  // Remembered, so that the next start shows a reader's screens without edit controls at once.
  if (readConfig()) writeSharingConfig({ ...config, readOnly: access !== 'editor' });
  set({ config, access, signedOut: false });
  const released = new Promise<void>((resolve) => (releaseLock = resolve));
  statusChannel?.postMessage({ ask: true });
  runInOneTab(async () => {
    // The lock may come long after asking, when the tab that held it closed or disconnected.
    if (!readConfig()) {
      set({ config: null, access: 'none', sync: null });
      return false;
    }
    leading = true;
    const onStatus = (sync: SyncStatus) => {
      set({ sync });
      statusChannel?.postMessage({ sync });
    };
    let handle: Awaited<ReturnType<typeof startSync>>;
    try {
      handle = await startSync({ db: getDatabase(), server: config.server, onStatus });
    } catch (error) {
      // The sharing code or this browser's storage could not be reached: said in the status
      // (which shows no count then), not left unhandled; the lock goes to another tab.
      leading = false;
      onStatus({ state: 'error', waiting: 0, problems: [], reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
    replicaHere = handle.replica;
    stopEngine = async () => {
      leading = false;
      replicaHere = null;
      await handle.stop();
    };
    return true;
  }, released);
}

export type { Overlap };

/** Signed in, not yet sharing: on this browser's first connection, how its records and the server's overlap. */
/** Signed in; `access` from the session's roles (a reader's first connection shares nothing). */
export type SignedIn = { address: string; session: SessionUser; access: Access; overlap: Overlap | null };

/** What to do on a first connection when both sides hold records (docs/sync.md, "First connection"). */
export type FirstChoice = 'merge' | 'server';

/**
 * Sign in. On this browser's first connection, also compare its records with the server's:
 * `overlap` is set when both hold records and the person must choose (startSharing). Throws
 * SyncError with a code a screen can explain.
 */
export async function signInToShare(server: string, user: string, password: string): Promise<SignedIn> {
  const [, { signIn, serverAddress, accessOf }] = await loadSync();
  const address = serverAddress(server);
  const session = await signIn(address, user, password);
  const access = accessOf(session);
  // Back to the server it disconnected from: what changed here meanwhile is in the outbox.
  if (isSharing() || leftServer() === address) return { address, session, access, overlap: null };
  const { compareWithServer } = await import('../db/sync/firstConnection');
  return { address, session, access, overlap: await compareWithServer(getDatabase(), address) };
}

/**
 * Start sharing after signing in. On the first connection, 'merge' queues this browser's own
 * records for the server (never the sample projects, and nothing for a reader); 'server' first
 * sets them aside in a safety backup, so the server's portfolio arrives in their place.
 */
export async function startSharing({ address, session, access }: SignedIn, choice: FirstChoice = 'merge'): Promise<void> {
  const config = { server: address, user: session.name, roles: session.roles };
  const firstTime = !isSharing() && leftServer() !== address;
  if (firstTime && choice === 'server') {
    const { setAsideLocalPortfolio } = await import('../db/sync/firstConnection');
    await setAsideLocalPortfolio();
  }
  writeSharingConfig(config);
  localStorage.removeItem(SHARING_LEFT_KEY);
  setSharing(null);
  // A reader's records are never sent: the server would refuse them, and the sync would stand in
  // error. Its local records stay here, beside the server's portfolio.
  if (firstTime && choice === 'merge' && access === 'editor') await queueEverything(getDatabase());
  await startEngine(config, session);
}

/** Signed in but chose not to share after all: end the session. */
export async function cancelSharing({ address }: SignedIn): Promise<void> {
  const { signOut } = await import('../db/sync/session');
  await signOut(address).catch(() => undefined);
}

/** Stop the engine in this tab (if it runs here) and forget the connection in this tab. */
async function stopHere(): Promise<void> {
  await stopEngine?.();
  stopEngine = null;
  releaseLock?.();
  releaseLock = null;
  setReadOnly(false);
  setReadOnlyAccess(false);
  set({ config: null, access: 'none', sync: null, signedOut: false });
}

/** Stop sharing in this browser. The local copy stays, as it is. */
export async function disconnect(): Promise<void> {
  const config = state.config;
  // Changes made here from now on are kept for this server (see SHARING_LEFT_KEY).
  if (config) localStorage.setItem(SHARING_LEFT_KEY, JSON.stringify({ server: config.server }));
  writeSharingConfig(null);
  await stopHere();
  if (config) {
    const { signOut } = await import('../db/sync/session');
    await signOut(config.server).catch(() => undefined); // offline: the cookie expires on its own
  }
}

// Connected or disconnected in another tab: this one follows (the storage event fires in the
// other tabs only). Its header then shows the status the tab running the engine sends.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== SHARING_CONFIG_KEY) return;
  if (event.newValue === null && state.config) void stopHere();
  else if (event.newValue !== null && !state.config) {
    set({ config: readConfig() });
    void resumeSharing();
  }
});

/**
 * Work with this browser's replica (the versions of a record in conflict live there): the
 * engine's when it runs in this tab, or else one opened for the work (PouchDB tells the tab that
 * runs the engine what changed).
 */
export async function withReplica<T>(work: (replica: Replica) => Promise<T>): Promise<T> {
  if (replicaHere) return work(replicaHere);
  const [{ loadPouch }, { REPLICA_NAME }] = await Promise.all([import('../db/sync/pouch'), import('../db/sync/engine')]);
  const PouchDB = await loadPouch();
  const replica = new PouchDB(REPLICA_NAME);
  try {
    return await work(replica);
  } finally {
    await replica.close();
  }
}

/** At start: if this browser shares, resume with the saved session (no password is kept). */
export async function resumeSharing(): Promise<void> {
  const config = state.config;
  if (!config) return;
  const [, { currentUser, SyncError }] = await loadSync();
  let user: SessionUser | null;
  try {
    user = await currentUser(config.server);
  } catch (error) {
    // Offline at start: share as before; the engine waits for the network and catches up.
    if (error instanceof SyncError && error.code === 'unreachable') user = { name: config.user, roles: config.roles };
    else user = null;
  }
  if (!readConfig()) return; // disconnected while asking the server
  if (user) await startEngine(config, user);
  else set({ signedOut: true });
}
