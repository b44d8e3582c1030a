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
 * The state to show. While the browser is offline, a state that claims contact with the server
 * ('synced', 'sending', 'connecting': a long poll that ends, a round run on a local change)
 * stays 'offline'; a refusal or an error the engine met stays as it is.
 */
export function shownState<S extends string>(state: S): S | 'offline' {
  return browserOffline() && (state === 'synced' || state === 'sending' || state === 'connecting') ? 'offline' : state;
}
