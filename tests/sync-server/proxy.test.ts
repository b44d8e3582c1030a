// The app reaches the sync server on its own origin, at /couchdb/, so its Content-Security-Policy
// keeps connect-src 'self': vite's dev server and preview proxy it to SYNC_SERVER_URL
// (vite.config.ts), and nginx to CouchDB (deploy/nginx/eu-portfolio.conf). Each is started here in
// front of a real pouchdb-server; nginx only where it is installed (npm test installs it for the
// hosting tests).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../scripts/lib/couchdb-setup.mjs';
import { DEV_DEFAULTS, freePort, startSyncServer, type SyncServer } from '../../scripts/lib/sync-server.mjs';
import { findNginx, startNginx } from '../../scripts/nginx-serve.mjs';

let server: SyncServer;
let dist: string;
const configFile = path.resolve('vite.config.ts');

beforeAll(async () => {
  server = await startSyncServer({ port: 0 });
  // A stand-in build: the proxies are under test, not the app.
  dist = mkdtempSync(path.join(tmpdir(), 'eu-portfolio-proxy-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
}, 30_000);

afterAll(async () => {
  await server?.stop();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** What the app will do through /couchdb/: sign in, read and write with the cookie, ids with odd characters. */
async function expectProxied(origin: string) {
  const base = `${origin}/couchdb`;
  const welcome = await fetch(`${base}/`);
  expect(welcome.status).toBe(200);
  expect(await welcome.json()).toMatchObject({ 'express-pouchdb': 'Welcome!' });

  expect((await fetch(`${base}/${DATABASE}`)).status).toBe(401);

  const login = await fetch(`${base}/_session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'editor', password: DEV_DEFAULTS.editorPassword }),
  });
  expect(login.status).toBe(200);
  const setCookie = login.headers.get('set-cookie') ?? '';
  // Path=/ (the whole origin), as CouchDB sets it: the browser sends it to /couchdb/ too.
  expect(setCookie).toMatch(/^AuthSession=[^;]+; Path=\/; HttpOnly$/);
  const headers = { Cookie: setCookie.split(';')[0]!, 'Content-Type': 'application/json' };

  // An id with a slash and a space, encoded as PouchDB encodes it: it must arrive as sent.
  const id = `proxy/${origin.slice(-5)} test`;
  const put = await fetch(`${base}/${DATABASE}/${encodeURIComponent(id)}`, { method: 'PUT', headers, body: JSON.stringify({ type: 'project', schemaVersion: 1 }) });
  expect(put.status).toBe(201);
  expect(await put.json()).toMatchObject({ ok: true, id });
  const read = await fetch(`${base}/${DATABASE}/_all_docs?keys=${encodeURIComponent(JSON.stringify([id]))}&include_docs=true`, { headers });
  expect(read.status).toBe(200);
  expect((await read.json()).rows[0].doc).toMatchObject({ _id: id, type: 'project' });
}

describe('the /couchdb/ proxy', () => {
  it('vite dev server (npm run dev)', async () => {
    process.env.SYNC_SERVER_URL = server.url;
    const port = await freePort();
    const dev = await createServer({
      configFile,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port, strictPort: true, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      await dev.listen();
      await expectProxied(`http://127.0.0.1:${port}`);
    } finally {
      await dev.close();
      delete process.env.SYNC_SERVER_URL;
    }
  }, 30_000);

  it('vite preview (npm start, npm run preview)', async () => {
    process.env.SYNC_SERVER_URL = server.url;
    const port = await freePort();
    const previewServer = await preview({
      configFile,
      logLevel: 'silent',
      build: { outDir: dist },
      preview: { host: '127.0.0.1', port, strictPort: true },
    });
    try {
      await expectProxied(`http://127.0.0.1:${port}`);
    } finally {
      await previewServer.close();
      delete process.env.SYNC_SERVER_URL;
    }
  }, 30_000);

  it.skipIf(!findNginx())('nginx with deploy/nginx/eu-portfolio.conf', async () => {
    const port = await freePort();
    const nginx = startNginx({ port, dist, couchdb: new URL(server.url).host });
    try {
      await expectProxied(`http://127.0.0.1:${port}`);
      // The site's security headers hold for CouchDB's answers too; CouchDB's own Cache-Control is kept.
      const welcome = await fetch(`http://127.0.0.1:${port}/couchdb/`);
      expect(welcome.headers.get('content-security-policy')).toContain("connect-src 'self'");
      expect(welcome.headers.get('cache-control')).not.toBe('no-cache');
      // A live changes feed is passed on as it comes, not held back in a buffer.
      const auth = `Basic ${Buffer.from(`reader:${DEV_DEFAULTS.readerPassword}`).toString('base64')}`;
      const feed = fetch(`http://127.0.0.1:${port}/couchdb/${DATABASE}/_changes?feed=longpoll&since=now`, { headers: { Authorization: auth } }).then((r) => r.text());
      await new Promise((resolve) => setTimeout(resolve, 200));
      const writer = `Basic ${Buffer.from(`editor:${DEV_DEFAULTS.editorPassword}`).toString('base64')}`;
      await fetch(`${server.url}/${DATABASE}/live-change`, { method: 'PUT', headers: { Authorization: writer, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'project', schemaVersion: 1 }) });
      expect(JSON.parse(await feed).results.map((row: { id: string }) => row.id)).toEqual(['live-change']);
    } finally {
      nginx.stop();
    }
  }, 30_000);
});
