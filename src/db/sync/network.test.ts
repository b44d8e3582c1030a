import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_RETRY_MS, readableRefusals, retryDelay, shownState } from './network';

describe('the engine and the network', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('retries a silent server 1 s after the first failure, doubling, never more than MAX_RETRY_MS apart', () => {
    const delays: number[] = [];
    let delay = 0;
    for (let attempt = 0; attempt < 8; attempt += 1) delays.push((delay = retryDelay(delay)));
    expect(delays).toEqual([1000, 2000, 4000, 8000, MAX_RETRY_MS, MAX_RETRY_MS, MAX_RETRY_MS, MAX_RETRY_MS]);
  });

  it('while the browser is offline, a state that claims contact with the server shows as offline; refusals and errors stay', () => {
    vi.stubGlobal('navigator', { onLine: false });
    expect(['synced', 'sending', 'connecting', 'denied', 'error', 'offline'].map(shownState)).toEqual(['offline', 'offline', 'offline', 'denied', 'error', 'offline']);
    vi.stubGlobal('navigator', { onLine: true });
    expect(shownState('synced')).toBe('synced');
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
