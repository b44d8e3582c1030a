import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_RETRY_MS, readableRefusals, retryDelay, shownStatus } from './network';

describe('the engine and the network', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('retries a silent server 1 s after the first failure, doubling, never more than MAX_RETRY_MS apart', () => {
    const delays: number[] = [];
    let delay = 0;
    for (let attempt = 0; attempt < 8; attempt += 1) delays.push((delay = retryDelay(delay)));
    expect(delays).toEqual([1000, 2000, 4000, 8000, MAX_RETRY_MS, MAX_RETRY_MS, MAX_RETRY_MS, MAX_RETRY_MS]);
  });

  it('while the browser is offline, a state that claims contact with the server shows as offline, with no reason; refusals and errors stay', () => {
    const shown = (state: string, reason: string | null = null) => shownStatus({ state, reason });
    vi.stubGlobal('navigator', { onLine: false });
    expect(['synced', 'sending', 'connecting', 'offline'].map((state) => shown(state))).toEqual(Array(4).fill({ state: 'offline', reason: null }));
    expect(shown('offline', 'Failed to fetch')).toEqual({ state: 'offline', reason: null });
    expect(shown('denied', 'Readers cannot change the portfolio.')).toEqual({ state: 'denied', reason: 'Readers cannot change the portfolio.' });
    expect(shown('error', 'boom')).toEqual({ state: 'error', reason: 'boom' });
    vi.stubGlobal('navigator', { onLine: true });
    expect(shown('synced')).toEqual({ state: 'synced', reason: null });
    expect(shown('offline', '502 Bad Gateway')).toEqual({ state: 'offline', reason: '502 Bad Gateway' });
  });

  it("a proxy's HTML error page reads as a CouchDB error whose reason is the status; JSON answers pass as they are", async () => {
    const page = new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } });
    const refused = await readableRefusals(() => Promise.resolve(page))('/couchdb/eu-portfolio/_changes');
    expect(refused.status).toBe(502);
    expect(await refused.json()).toEqual({ error: 'unreachable', reason: '502 Bad Gateway' });

    const couch = new Response(JSON.stringify({ error: 'forbidden', reason: 'Readers cannot change the portfolio.' }), { status: 403, headers: { 'Content-Type': 'application/json' } });
    expect(await readableRefusals(() => Promise.resolve(couch))('/couchdb/eu-portfolio/_bulk_docs')).toBe(couch);
  });
});
