// The sync server as the app will meet it: the real pouchdb-server (npm run sync-server's), started
// here on a free port and set up by scripts/lib/couchdb-setup.mjs, asked over HTTP as PouchDB
// asks. Who may read, who may write, what a document must carry, cookie sessions, and the
// patched validation that lets replicated writes through (patches/pouchdb-validation+4.2.0.patch).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, DESIGN_DOC_ID, SECURITY, basicAuth, setupCouchDB } from '../../scripts/lib/couchdb-setup.mjs';
import { DEV_DEFAULTS, freePort, startSyncServer, type SyncServer } from '../../scripts/lib/sync-server.mjs';

let server: SyncServer;
const db = () => `${server.url}/${DATABASE}`;
const editor = () => basicAuth('editor', DEV_DEFAULTS.editorPassword);
const reader = () => basicAuth('reader', DEV_DEFAULTS.readerPassword);

interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- CouchDB's JSON, checked field by field
  body: any;
  headers: Headers;
}

/** One HTTP call to the sync server; `auth` is an Authorization or a Cookie header value. */
async function call(method: string, url: string, { auth, cookie, body }: { auth?: string; cookie?: string; body?: unknown } = {}): Promise<Reply> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (auth) headers.Authorization = auth;
  if (cookie) headers.Cookie = cookie;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  // pouchdb-server sends some JSON errors as text/plain: parse regardless of the type.
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

const project = (id: string, extra: Record<string, unknown> = {}) => ({ _id: id, type: 'project', schemaVersion: 3, name: `Project ${id}`, ...extra });

beforeAll(async () => {
  server = await startSyncServer({ port: 0 });
}, 30_000);

afterAll(async () => {
  await server?.stop();
});

describe('setup', () => {
  it('creates the database, its security, the validation and the dev users; a second run changes nothing', async () => {
    const actions = Object.fromEntries(server.report.steps.map((step) => [step.item, step.action]));
    expect(actions).toEqual({
      'database _users': 'unchanged', // pouchdb-server has it from the start
      [`database ${DATABASE}`]: 'created',
      [`security of ${DATABASE}`]: 'created',
      [`${DESIGN_DOC_ID} in ${DATABASE}`]: 'created',
      'user editor': 'created',
      'user reader': 'created',
    });

    const again = await setupCouchDB({ url: server.url, admin: server.admin, users: server.users });
    expect(again.changed).toBe(false);
    expect(again.steps.map((step) => step.action)).toEqual(Array(6).fill('unchanged'));

    const security = await call('GET', `${db()}/_security`, { auth: basicAuth(server.admin.name, server.admin.password) });
    expect(security.body).toEqual(SECURITY);
  });

  it('updates a user whose roles or password changed, and only that', async () => {
    const admin = server.admin;
    await setupCouchDB({ url: server.url, admin, users: [{ name: 'tmp', password: 'one', roles: ['portfolio-reader'] }] });
    const changed = await setupCouchDB({ url: server.url, admin, users: [{ name: 'tmp', password: 'two', roles: ['portfolio-reader', 'portfolio-editor'] }] });
    expect(changed.steps.filter((step) => step.action !== 'unchanged')).toEqual([
      { item: 'user tmp', action: 'updated', detail: 'roles and password changed; roles: portfolio-editor, portfolio-reader' },
    ]);
    expect((await call('GET', `${server.url}/_session`, { auth: basicAuth('tmp', 'one') })).status).toBe(401);
    const session = await call('GET', `${server.url}/_session`, { auth: basicAuth('tmp', 'two') });
    expect(session.body.userCtx).toEqual({ name: 'tmp', roles: ['portfolio-editor', 'portfolio-reader'] });
    // No password given: an existing user keeps theirs.
    const kept = await setupCouchDB({ url: server.url, admin, users: [{ name: 'tmp', roles: ['portfolio-reader'] }] });
    expect(kept.steps.at(-1)).toMatchObject({ action: 'updated', detail: 'roles changed; roles: portfolio-reader' });
    expect((await call('GET', `${server.url}/_session`, { auth: basicAuth('tmp', 'two') })).body.userCtx.roles).toEqual(['portfolio-reader']);
  });

  it('refuses a wrong admin password and an unreachable server with a clear message', async () => {
    await expect(setupCouchDB({ url: server.url, admin: { name: 'admin', password: 'wrong' } })).rejects.toThrow(
      /refused the admin "admin": 401 unauthorized: Name or password is incorrect\./,
    );
    const nobody = `http://127.0.0.1:${await freePort()}`;
    await expect(setupCouchDB({ url: nobody, admin: server.admin })).rejects.toThrow(`Cannot reach ${nobody} (connect ECONNREFUSED`);
    await expect(setupCouchDB({ url: server.url, admin: server.admin, users: [{ name: 'x', password: 'p', roles: ['editor'] }] })).rejects.toThrow(/unknown role "editor"/);
  });

  it('scripts/setup-couchdb.mjs prints what it did and exits non-zero on failure', async () => {
    const run = (args: string[], env: Record<string, string>) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [path.resolve('scripts/setup-couchdb.mjs'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.stderr.on('data', (chunk) => (out += chunk));
        child.on('close', (code) => resolve({ code, out }));
      });
    const [ok, wrong] = await Promise.all([
      run([server.url, 'admin', '--user', 'editor:portfolio-editor'], { COUCHDB_ADMIN_PASSWORD: server.admin.password, COUCHDB_PASSWORD_EDITOR: DEV_DEFAULTS.editorPassword }),
      run([server.url, 'admin'], { COUCHDB_ADMIN_PASSWORD: 'wrong' }),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('unchanged user editor (roles: portfolio-editor)');
    expect(ok.out).toContain('nothing needed changing');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/ERROR: .*refused the admin "admin"/);
  }, 20_000);
});

describe('who may read', () => {
  it('an anonymous visitor can read nothing', async () => {
    for (const url of [db(), `${db()}/_all_docs`, `${db()}/_changes`, `${db()}/${DESIGN_DOC_ID}`]) {
      const reply = await call('GET', url);
      expect(reply.status, url).toBe(401);
      expect(reply.body).toEqual({ error: 'unauthorized', reason: 'You are not authorized to access this db.' });
    }
  });

  it('a wrong password gets 401 with CouchDB’s reason, by basic auth and at _session', async () => {
    const basic = await call('GET', db(), { auth: basicAuth('editor', 'not-the-password') });
    expect(basic.status).toBe(401);
    expect(basic.body).toEqual({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
    const session = await call('POST', `${server.url}/_session`, { body: { name: 'editor', password: 'not-the-password' } });
    expect(session.status).toBe(401);
    expect(session.body).toEqual({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
    expect(session.headers.get('set-cookie')).toBeNull();
  });

  it('a reader reads documents and the changes feed', async () => {
    expect((await call('PUT', `${db()}/p-read`, { auth: editor(), body: project('p-read') })).status).toBe(201);
    const doc = await call('GET', `${db()}/p-read`, { auth: reader() });
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({ _id: 'p-read', type: 'project' });
    const changes = await call('GET', `${db()}/_changes?since=0`, { auth: reader() });
    expect(changes.status).toBe(200);
    expect(changes.body.results.map((row: { id: string }) => row.id)).toContain('p-read');
  });
});

describe('who may write', () => {
  it('an editor creates, updates and deletes a document', async () => {
    const created = await call('PUT', `${db()}/p-edit`, { auth: editor(), body: project('p-edit') });
    expect(created.status).toBe(201);
    const updated = await call('PUT', `${db()}/p-edit`, { auth: editor(), body: project('p-edit', { _rev: created.body.rev, name: 'Renamed' }) });
    expect(updated.status).toBe(201);
    expect((await call('GET', `${db()}/p-edit`, { auth: editor() })).body.name).toBe('Renamed');
    const deleted = await call('DELETE', `${db()}/p-edit?rev=${updated.body.rev}`, { auth: editor() });
    expect(deleted.status).toBe(200);
    expect((await call('GET', `${db()}/p-edit`, { auth: editor() })).status).toBe(404);
  });

  it('a reader’s write is refused: PUT, delete and a replicated _bulk_docs', async () => {
    const put = await call('PUT', `${db()}/p-reader`, { auth: reader(), body: project('p-reader') });
    expect(put.status).toBe(403);
    expect(put.body.error).toBe('forbidden');
    expect(put.body.reason).toBe('Only editors may change the shared portfolio: user "reader" does not have the role portfolio-editor.');

    const existing = await call('PUT', `${db()}/p-keep`, { auth: editor(), body: project('p-keep') });
    const remove = await call('DELETE', `${db()}/p-keep?rev=${existing.body.rev}`, { auth: reader() });
    expect(remove.status).toBe(403);

    // As PouchDB replicates: the revision made on the reader's side, sent with new_edits: false.
    const replicated = await call('POST', `${db()}/_bulk_docs`, {
      auth: reader(),
      body: { new_edits: false, docs: [project('p-reader-replicated', { _rev: '1-0123456789abcdef0123456789abcdef', _revisions: { start: 1, ids: ['0123456789abcdef0123456789abcdef'] } })] },
    });
    expect(replicated.status).toBe(201);
    expect(replicated.body).toEqual([{ id: 'p-reader-replicated', error: 'forbidden', reason: expect.stringContaining('Only editors may change the shared portfolio') }]);
    expect((await call('GET', `${db()}/p-reader-replicated`, { auth: editor() })).status).toBe(404);
    expect((await call('GET', `${db()}/p-keep`, { auth: editor() })).status).toBe(200);
  });

  it('an editor’s replicated _bulk_docs (new_edits: false) is stored: new docs, updates and conflicting branches', async () => {
    const rev = (n: number, hash: string) => `${n}-${hash.repeat(32).slice(0, 32)}`;
    const replicate = (docs: unknown[]) => call('POST', `${db()}/_bulk_docs`, { auth: editor(), body: { new_edits: false, docs } });

    const first = await replicate([project('p-sync', { _rev: rev(1, 'a'), _revisions: { start: 1, ids: ['a'.repeat(32)] } })]);
    expect(first.status).toBe(201);
    expect(first.body).toEqual([]);
    // The next revision of the same doc: unpatched pouchdb-validation gives it the stored doc's
    // _revisions, and the write is dropped without an error.
    const second = await replicate([project('p-sync', { name: 'Second', _rev: rev(2, 'b'), _revisions: { start: 2, ids: ['b'.repeat(32), 'a'.repeat(32)] } })]);
    expect(second.body).toEqual([]);
    const stored = await call('GET', `${db()}/p-sync`, { auth: editor() });
    expect(stored.body).toMatchObject({ _rev: rev(2, 'b'), name: 'Second' });

    // Another person's edit of revision 1, made meanwhile: kept as a conflict, not lost.
    await replicate([project('p-sync', { name: 'Other', _rev: rev(2, 'c'), _revisions: { start: 2, ids: ['c'.repeat(32), 'a'.repeat(32)] } })]);
    const withConflicts = await call('GET', `${db()}/p-sync?conflicts=true`, { auth: editor() });
    expect(withConflicts.body._rev).toBe(rev(2, 'c')); // CouchDB's deterministic winner: the higher revision id
    expect(withConflicts.body._conflicts).toEqual([rev(2, 'b')]);

    // A replicated deletion: a tombstone with no type or schemaVersion.
    await replicate([{ _id: 'p-sync', _deleted: true, _rev: rev(3, 'd'), _revisions: { start: 3, ids: ['d'.repeat(32), 'c'.repeat(32), 'a'.repeat(32)] } }]);
    const afterDelete = await call('GET', `${db()}/p-sync?conflicts=true`, { auth: editor() });
    expect(afterDelete.body).toMatchObject({ _rev: rev(2, 'b'), name: 'Second' }); // the other branch remains
  });

  it('a document without a string type or an integer schemaVersion is refused', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ schemaVersion: 1 }, /has no "type"/],
      [{ type: 7, schemaVersion: 1 }, /has no "type"/],
      [{ type: 'project' }, /has no "schemaVersion"/],
      [{ type: 'project', schemaVersion: '3' }, /has no "schemaVersion"/],
      [{ type: 'project', schemaVersion: 2.5 }, /has no "schemaVersion"/],
    ];
    for (const [fields, reason] of cases) {
      const reply = await call('PUT', `${db()}/p-invalid`, { auth: editor(), body: fields });
      expect(reply.status, JSON.stringify(fields)).toBe(403);
      expect(reply.body.reason).toMatch(reason);
    }
    const replicated = await call('POST', `${db()}/_bulk_docs`, {
      auth: editor(),
      body: { new_edits: false, docs: [{ _id: 'p-invalid', name: 'no type', _rev: `1-${'e'.repeat(32)}`, _revisions: { start: 1, ids: ['e'.repeat(32)] } }] },
    });
    expect(replicated.body).toEqual([{ id: 'p-invalid', error: 'forbidden', reason: expect.stringMatching(/has no "type"/) }]);
    expect((await call('GET', `${db()}/p-invalid`, { auth: editor() })).status).toBe(404);
  });
});

describe('cookie session', () => {
  it('POST /_session gives a cookie that alone signs the next requests in; DELETE signs out', async () => {
    const login = await call('POST', `${server.url}/_session`, { body: { name: 'editor', password: DEV_DEFAULTS.editorPassword } });
    expect(login.status).toBe(200);
    expect(login.body).toEqual({ ok: true, name: 'editor', roles: ['portfolio-editor'] });
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^AuthSession=[^;]+; Path=\/; HttpOnly$/);
    const cookie = setCookie.split(';')[0]!;

    const session = await call('GET', `${server.url}/_session`, { cookie });
    expect(session.body.userCtx).toEqual({ name: 'editor', roles: ['portfolio-editor'] });
    expect(session.body.info.authenticated).toBe('cookie');
    expect((await call('PUT', `${db()}/p-cookie`, { cookie, body: project('p-cookie') })).status).toBe(201);
    expect((await call('GET', `${db()}/p-cookie`, { cookie })).status).toBe(200);

    const logout = await call('DELETE', `${server.url}/_session`, { cookie });
    expect(logout.body).toEqual({ ok: true });
    // pouchdb-server first renews the cookie the request came with, then clears it: the last one counts.
    expect(logout.headers.get('set-cookie')).toMatch(/AuthSession=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT$/);
  });

  it('a reader’s cookie reads but does not write', async () => {
    const login = await call('POST', `${server.url}/_session`, { body: { name: 'reader', password: DEV_DEFAULTS.readerPassword } });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await call('GET', `${db()}/_all_docs`, { cookie })).status).toBe(200);
    expect((await call('PUT', `${db()}/p-cookie-reader`, { cookie, body: project('p-cookie-reader') })).status).toBe(403);
  });
});
