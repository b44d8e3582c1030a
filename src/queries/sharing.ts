// The screens' door to sharing (docs/sync.md): connect, disconnect, and the live status.
//
// The configuration (server address and user name, never the password) is per browser, in
// localStorage; the session itself is CouchDB's cookie. The sync code, PouchDB included, is
// imported only once sharing is on, so a browser that does not share never downloads it.
import { useSyncExternalStore } from 'react';
import { getDatabase } from '../db/database';
import { SHARING_CONFIG_KEY, isSharing, setReadOnly } from '../db/sync/outbox';
import type { SyncStatus } from '../db/sync/engine';
import type { Access, SessionUser, SyncErrorCode } from '../db/sync/session';

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

const loadSync = () => Promise.all([import('../db/sync/engine'), import('../db/sync/session'), import('../db/sync/outbox')]);

async function startEngine(config: SharingConfig, user: SessionUser): Promise<void> {
  const [{ startSync, runInOneTab }, { accessOf }, { setReadOnly }] = await loadSync();
  const access = accessOf(user);
  setReadOnly(access !== 'editor');
  set({ config, access, signedOut: false });
  const released = new Promise<void>((resolve) => (releaseLock = resolve));
  runInOneTab(async () => {
    const handle = await startSync({ db: getDatabase(), server: config.server, onStatus: (sync) => set({ sync }) });
    stopEngine = () => handle.stop();
  }, released);
}

/**
 * Sign in and start sharing. On this browser's first connection its own records are queued for
 * the server (never the sample projects). Throws SyncError with a code a screen can explain.
 */
export async function connect(server: string, user: string, password: string): Promise<void> {
  const [, { signIn, serverAddress }, { queueEverything, setSharing }] = await loadSync();
  const address = serverAddress(server);
  const session = await signIn(address, user, password);
  const config = { server: address, user: session.name, roles: session.roles };
  const firstTime = !isSharing();
  localStorage.setItem(SHARING_CONFIG_KEY, JSON.stringify(config));
  setSharing(null);
  if (firstTime) await queueEverything(getDatabase());
  await startEngine(config, session);
}

/** Stop sharing in this browser. The local copy stays, as it is. */
export async function disconnect(): Promise<void> {
  const config = state.config;
  await stopEngine?.();
  stopEngine = null;
  releaseLock?.();
  releaseLock = null;
  localStorage.removeItem(SHARING_CONFIG_KEY);
  setReadOnly(false);
  set({ config: null, access: 'none', sync: null, signedOut: false });
  if (config) {
    const { signOut } = await import('../db/sync/session');
    await signOut(config.server).catch(() => undefined); // offline: the cookie expires on its own
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
  if (user) await startEngine(config, user);
  else set({ signedOut: true });
}
