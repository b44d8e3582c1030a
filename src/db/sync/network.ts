// The engine and the network (docs/sync.md, "Offline and a server that stops").
//
// PouchDB notices a lost network only when one of its requests fails, and its live pull is a
// long poll that may stay open without an answer for as long as the network is off. It then
// retries with a delay that doubles up to ten minutes. So the engine also listens to the
// browser's own offline and online events: offline, the header says so at once and edits stay
// in the outbox (counted as waiting); online again, the replication is started afresh rather
// than left to its next retry. A server that stops answering (the proxy's 502) is noticed by
// the failing requests, and the retries stay at most `MAX_RETRY_MS` apart, so the engine
// catches up soon after the server returns, without a reload.
//
// PouchDB's two-way sync reports 'paused' once both directions wait, and drops the error that
// paused one of them; the failures are seen on the two directions themselves (`watchServer`).
import type { Replication } from './pouch';
import type { Fetch } from './session';

/** The longest wait between two attempts to reach a server that did not answer. */
export const MAX_RETRY_MS = 15_000;

/** PouchDB's `back_off_function`: 1 s after the first failure, doubling, never over MAX_RETRY_MS. */
export function retryDelay(previous: number): number {
  return Math.min(MAX_RETRY_MS, Math.max(1000, previous * 2));
}

/** Whether the browser says it has no network. Unknown (Node, old browsers) counts as online. */
export function browserOffline(): boolean {
  return (globalThis.navigator as Navigator | undefined)?.onLine === false;
}

/** Call `offline` and `online` on the browser's network events; returns the unsubscribe. */
export function onNetworkChange(handlers: { offline: () => void; online: () => void }): () => void {
  if (typeof globalThis.addEventListener !== 'function') return () => undefined;
  globalThis.addEventListener('offline', handlers.offline);
  globalThis.addEventListener('online', handlers.online);
  return () => {
    globalThis.removeEventListener('offline', handlers.offline);
    globalThis.removeEventListener('online', handlers.online);
  };
}

/**
 * The status to show. While the browser is offline, a state that claims contact with the server
 * ('synced', 'sending', 'connecting': a long poll that ends, a round run on a local change) shows
 * as 'offline', and 'offline' carries no reason (a request that failed meanwhile failed for want
 * of a network, not because of the server); a refusal or an error the engine met stays as it is.
 */
export function shownStatus<T extends { state: string; reason: string | null }>(status: T): T {
  if (!browserOffline()) return status;
  if (status.state === 'synced' || status.state === 'sending' || status.state === 'connecting' || status.state === 'offline') return { ...status, state: 'offline', reason: null };
  return status;
}

/** Whether the server is being reached, as the two directions of a replication found it. */
export type ServerContact = {
  /** The last error of a direction that has failed to reach the server and not reached it since; null when both reach it. */
  failure(): unknown;
};

/**
 * Follow the push and pull directions inside PouchDB's sync handle: a failed request (PouchDB
 * then retries on its own) calls `failed` with the error; a direction that works again (paused
 * with nothing to do, or active) clears its failure.
 */
export function watchServer(handle: Replication, failed: (error: unknown) => void): ServerContact {
  const failures = new Map<Replication, unknown>();
  const sides = handle as Replication & { push?: Replication; pull?: Replication };
  for (const side of [sides.push, sides.pull]) {
    if (!side) continue;
    side
      .on('requestError', (error) => {
        failures.set(side, error);
        failed(error);
      })
      .on('paused', (error) => (error ? failures.set(side, error) : failures.delete(side)))
      .on('active', () => failures.delete(side));
  }
  return { failure: () => (failures.size > 0 ? [...failures.values()].at(-1) : null) };
}

/**
 * A fetch whose refusals without a CouchDB body (a proxy's HTML page when the server is down:
 * 502, 503, 504) read as CouchDB's own JSON errors, so the reason shown is the status
 * ("502 Bad Gateway") rather than PouchDB's failure to parse the page.
 */
export function readableRefusals(fetcher: Fetch): Fetch {
  return async (url, init) => {
    const response = await fetcher(url, init);
    if (response.ok || (response.headers.get('Content-Type') ?? '').includes('json')) return response;
    const reason = `${response.status} ${response.statusText}`.trim();
    return new Response(JSON.stringify({ error: 'unreachable', reason }), { status: response.status, statusText: response.statusText, headers: { 'Content-Type': 'application/json' } });
  };
}
