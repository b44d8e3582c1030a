// Signing in to the sharing server: CouchDB's own users, with its cookie session (`_session`).
// The password goes to the server once and is never stored; the browser keeps the session
// cookie, which the server sets HttpOnly on its own origin (served under /couchdb/ by the same
// site, so the strict content security policy stays as it is).

/** The database every colleague's copy replicates with. */
export const SHARED_DATABASE = 'eu-portfolio';
/** The CouchDB roles the app understands (docs/sync.md, "Roles"). */
export const EDITOR_ROLE = 'portfolio-editor';
export const READER_ROLE = 'portfolio-reader';

export type SessionUser = { name: string; roles: string[] };
export type Access = 'editor' | 'reader' | 'none';

export type SyncErrorCode = 'unauthorized' | 'forbidden' | 'unreachable' | 'not-set-up' | 'server';

/** What went wrong talking to the server, in words a screen can translate. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The server's address, ending in one slash. Accepts a path on this site ("/couchdb") or an http(s) URL. */
export function serverAddress(input: string): string {
  const text = input.trim();
  if (text === '') throw new SyncError('unreachable', 'no server address');
  if (!text.startsWith('/') && !/^https?:\/\/[^\s/]+/i.test(text)) throw new SyncError('unreachable', `"${text}" is not a web address`);
  return text.replace(/\/*$/, '/');
}

export function accessOf(user: SessionUser | null): Access {
  if (!user) return 'none';
  if (user.roles.includes(EDITOR_ROLE) || user.roles.includes('_admin')) return 'editor';
  return user.roles.includes(READER_ROLE) ? 'reader' : 'none';
}

async function call(fetcher: Fetch, url: string, init: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'include', ...init, headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers } });
  } catch (error) {
    throw new SyncError('unreachable', error instanceof Error ? error.message : String(error));
  }
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // A proxy's HTML error page, or nothing: the status says enough.
  }
  if (response.ok) return body;
  const reason = typeof body.reason === 'string' ? body.reason : response.statusText;
  if (response.status === 401) throw new SyncError('unauthorized', reason);
  if (response.status === 403) throw new SyncError('forbidden', reason);
  if (response.status === 404) throw new SyncError('not-set-up', reason);
  if (response.status >= 502 && response.status <= 504) throw new SyncError('unreachable', reason);
  throw new SyncError('server', `${response.status} ${reason}`);
}

function userOf(body: Record<string, unknown>): SessionUser | null {
  const context = (body.userCtx ?? body) as { name?: unknown; roles?: unknown };
  if (typeof context.name !== 'string' || context.name === '') return null;
  const roles = Array.isArray(context.roles) ? context.roles.filter((role): role is string => typeof role === 'string') : [];
  return { name: context.name, roles };
}

/** Sign in; the server answers with the session cookie. Throws SyncError 'unauthorized' for a wrong name or password. */
export async function signIn(server: string, name: string, password: string, fetcher: Fetch = fetch): Promise<SessionUser> {
  const body = await call(fetcher, `${serverAddress(server)}_session`, { method: 'POST', body: JSON.stringify({ name, password }) });
  const user = userOf(body) ?? { name, roles: [] };
  // CouchDB answers the sign-in with the roles; check the database is there and readable too.
  await call(fetcher, `${serverAddress(server)}${SHARED_DATABASE}`, { method: 'GET' });
  return user;
}

/** Who the session cookie belongs to, or null when it has expired or there is none. */
export async function currentUser(server: string, fetcher: Fetch = fetch): Promise<SessionUser | null> {
  return userOf(await call(fetcher, `${serverAddress(server)}_session`, { method: 'GET' }));
}

export async function signOut(server: string, fetcher: Fetch = fetch): Promise<void> {
  await call(fetcher, `${serverAddress(server)}_session`, { method: 'DELETE' });
}
