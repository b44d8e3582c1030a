// Prepares a CouchDB server for the shared portfolio: the database, who may read it, who may
// write it, and the people who sign in. One function for both servers the project uses: the
// department's Apache CouchDB 3.x (scripts/setup-couchdb.mjs) and the in-memory pouchdb-server
// of development and the tests (scripts/lib/sync-server.mjs). Only plain HTTP with the server
// admin's basic auth, so it works through the /couchdb/ reverse proxy as well as directly.
//
// It states what the server should hold and changes only what differs, so it can be run again at
// any time: a second run reports every item as unchanged.

/** The one database every copy of the app replicates with. */
export const DATABASE = 'eu-portfolio';

/** CouchDB roles (in each user's `_users` doc) and what they may do. */
export const ROLES = Object.freeze({
  /** reads everything (a manager) */
  reader: 'portfolio-reader',
  /** reads and writes */
  editor: 'portfolio-editor',
  /** may also change the database's design docs and security object; writes data only with editor too */
  admin: 'portfolio-admin',
});

/**
 * Who may open the database at all (members) and who administers it. Anyone else, anonymous
 * visitors included, gets 401 for every read and write. Members may read; writing is decided by
 * the validation function below.
 */
export const SECURITY = Object.freeze({
  admins: { names: [], roles: [ROLES.admin] },
  members: { names: [], roles: [ROLES.reader, ROLES.editor] },
});

export const DESIGN_DOC_ID = '_design/portfolio-access';

/**
 * CouchDB runs this on every write to the database, replicated writes (`_bulk_docs` with
 * `new_edits: false`) included, except design docs, which only admins can write anyway. It is
 * kept as text, in plain ES5, because the server evaluates it (CouchDB in its own JavaScript
 * engine) and because setup compares it as text to decide whether the stored one is current.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = (userCtx && userCtx.roles) || [];
  if (roles.indexOf('_admin') === -1 && roles.indexOf('${ROLES.editor}') === -1) {
    throw({ forbidden: 'Only editors may change the shared portfolio: ' +
      (userCtx && userCtx.name ? 'user "' + userCtx.name + '" does not have the role ${ROLES.editor}.' : 'sign in as an editor.') });
  }
  if (newDoc._deleted === true || newDoc._id.indexOf('_design/') === 0) {
    return;
  }
  if (typeof newDoc.type !== 'string' || newDoc.type === '') {
    throw({ forbidden: 'Document "' + newDoc._id + '" has no "type" (a string saying what kind of record it is).' });
  }
  var version = newDoc.schemaVersion;
  if (typeof version !== 'number' || !isFinite(version) || Math.floor(version) !== version) {
    throw({ forbidden: 'Document "' + newDoc._id + '" has no "schemaVersion" (an integer: the schema version that wrote it).' });
  }
}`;

export const DESIGN_DOC = Object.freeze({
  _id: DESIGN_DOC_ID,
  language: 'javascript',
  validate_doc_update: VALIDATE_DOC_UPDATE,
});

/** A failure with a message meant for the person running the setup. */
export class CouchSetupError extends Error {
  name = 'CouchSetupError';
}

/**
 * @typedef {{ name: string, password?: string, roles: string[] }} SetupUser
 *   `password` may be left out for a user who exists already: the current one is kept.
 * @typedef {{ item: string, action: 'created' | 'updated' | 'unchanged', detail?: string }} SetupStep
 * @typedef {{ steps: SetupStep[], changed: boolean }} SetupReport
 */

/**
 * Makes the server hold the database, its security object, the validation design doc and the
 * given users. Throws CouchSetupError when the server cannot be reached, is not CouchDB, or
 * refuses the admin.
 *
 * @param {{ url: string, admin: { name: string, password: string }, users?: SetupUser[], database?: string }} options
 *   url: the server's base address (`http://127.0.0.1:5984`, `https://host/couchdb`)
 * @returns {Promise<SetupReport>}
 */
export async function setupCouchDB({ url, admin, users = [], database = DATABASE }) {
  const base = serverBase(url);
  const adminAuth = basicAuth(admin.name, admin.password);
  const call = (method, path, body) => request(base, method, path, { body, auth: adminAuth });
  /** @type {SetupStep[]} */
  const steps = [];
  for (const user of users) checkUser(user);

  await checkServer(base);
  const session = await call('GET', '/_session');
  if (session.status === 401) {
    throw new CouchSetupError(`${base} refused the admin "${admin.name}": ${reasonOf(session)} Check the admin name and password.`);
  }
  expectOk(session, 'GET /_session');
  const roles = session.json?.userCtx?.roles ?? [];
  if (!roles.includes('_admin')) {
    throw new CouchSetupError(`"${admin.name}" signed in to ${base} but is not a server admin (roles: ${JSON.stringify(roles)}).`);
  }

  // CouchDB 3.x has no _users until the node is set up (Fauxton's "Configure a single node" makes it).
  steps.push(await ensureDatabase(call, '_users'));
  steps.push(await ensureDatabase(call, database));
  steps.push(await ensureSecurity(call, database));
  steps.push(await ensureDesignDoc(call, database));
  for (const user of users) steps.push(await ensureUser(base, call, user));

  return { steps, changed: steps.some((step) => step.action !== 'unchanged') };
}

/** One line per step, for people. */
export function describeSteps(/** @type {SetupStep[]} */ steps) {
  return steps.map((step) => `${step.action.padEnd(9)} ${step.item}${step.detail ? ` (${step.detail})` : ''}`);
}

export function checkUser(/** @type {SetupUser} */ user) {
  if (!user.name || /[:\s]/.test(user.name) || user.name.startsWith('_')) {
    throw new CouchSetupError(`"${user.name}" cannot be a user name: it must not be empty, start with "_", or contain ":" or spaces.`);
  }
  const known = Object.values(ROLES);
  const unknown = user.roles.filter((role) => !known.includes(role));
  if (user.roles.length === 0 || unknown.length > 0) {
    throw new CouchSetupError(`User "${user.name}": ${user.roles.length === 0 ? 'no role given' : `unknown role ${unknown.map((r) => `"${r}"`).join(', ')}`}; the roles are ${known.join(', ')}.`);
  }
}

/** The base address without a trailing slash; credentials in it are refused (fetch cannot send them). */
function serverBase(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new CouchSetupError(`"${url}" is not a server address: give one such as http://127.0.0.1:5984 or https://portfolio.example.org/couchdb`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new CouchSetupError(`"${url}": only http:// and https:// addresses are supported.`);
  if (parsed.username || parsed.password) throw new CouchSetupError(`"${url}": leave the name and password out of the address; the admin name is a separate argument.`);
  if (parsed.search || parsed.hash) throw new CouchSetupError(`"${url}": the address must not have a query or fragment.`);
  return parsed.href.replace(/\/+$/, '');
}

export function basicAuth(name, password) {
  return `Basic ${Buffer.from(`${name}:${password}`, 'utf8').toString('base64')}`;
}

/** @typedef {{ status: number, json: any, text: string }} Reply */

/** @returns {Promise<Reply>} */
async function request(base, method, path, { body, auth } = {}) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json' };
  if (auth) headers.Authorization = auth;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new CouchSetupError(`Cannot reach ${base} (${cause}). Is the server running, and is the address right?`);
  }
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: left null (pouchdb-server sends some JSON errors as text/plain, so parse regardless of the type)
  }
  return { status: response.status, json, text };
}

function reasonOf(/** @type {Reply} */ reply) {
  if (reply.json && typeof reply.json === 'object' && (reply.json.reason || reply.json.error)) {
    return `${reply.status} ${reply.json.error ?? ''}: ${reply.json.reason ?? ''}`.trim();
  }
  return `${reply.status} ${reply.text.slice(0, 200)}`.trim();
}

function expectOk(/** @type {Reply} */ reply, what) {
  if (reply.status < 200 || reply.status >= 300) throw new CouchSetupError(`${what} failed: ${reasonOf(reply)}`);
}

/** The address answers, and answers as CouchDB does (not, say, the app's index.html). */
async function checkServer(base) {
  const root = await request(base, 'GET', '/');
  const welcome = root.json && typeof root.json === 'object' ? root.json : null;
  if (!welcome || !('couchdb' in welcome || 'express-pouchdb' in welcome)) {
    throw new CouchSetupError(`${base}/ does not answer as CouchDB (HTTP ${root.status}: ${root.text.slice(0, 80).replace(/\s+/g, ' ')}…). Is this the CouchDB address, /couchdb included when it is behind the web server?`);
  }
}

async function ensureDatabase(call, name) {
  const item = `database ${name}`;
  const existing = await call('GET', `/${encodeURIComponent(name)}`);
  if (existing.status === 200) return { item, action: 'unchanged' };
  if (existing.status !== 404) expectOk(existing, `GET /${name}`);
  const created = await call('PUT', `/${encodeURIComponent(name)}`);
  // 412: someone created it meanwhile.
  if (created.status === 412) return { item, action: 'unchanged' };
  expectOk(created, `PUT /${name}`);
  return { item, action: 'created' };
}

/** A security object with every section and list present, roles and names sorted: for comparing. */
function normalSecurity(sec) {
  const section = (s) => ({ names: [...(s?.names ?? [])].sort(), roles: [...(s?.roles ?? [])].sort() });
  return { admins: section(sec?.admins), members: section(sec?.members) };
}

async function ensureSecurity(call, database) {
  const item = `security of ${database}`;
  const path = `/${encodeURIComponent(database)}/_security`;
  const current = await call('GET', path);
  expectOk(current, `GET ${path}`);
  const wanted = normalSecurity(SECURITY);
  const had = normalSecurity(current.json);
  const detail = `members: roles ${SECURITY.members.roles.join(', ')}; admins: role ${SECURITY.admins.roles.join(', ')}`;
  if (JSON.stringify(had) === JSON.stringify(wanted)) return { item, action: 'unchanged', detail };
  const isNew = had.admins.names.length + had.admins.roles.length + had.members.names.length + had.members.roles.length === 0;
  expectOk(await call('PUT', path, SECURITY), `PUT ${path}`);
  return { item, action: isNew ? 'created' : 'updated', detail };
}

async function ensureDesignDoc(call, database) {
  const item = `${DESIGN_DOC_ID} in ${database}`;
  const path = `/${encodeURIComponent(database)}/${DESIGN_DOC_ID}`;
  const current = await call('GET', path);
  if (current.status === 200 && current.json.validate_doc_update === DESIGN_DOC.validate_doc_update && current.json.language === DESIGN_DOC.language) {
    return { item, action: 'unchanged', detail: 'validate_doc_update' };
  }
  if (current.status !== 200 && current.status !== 404) expectOk(current, `GET ${path}`);
  const doc = current.status === 200 ? { ...DESIGN_DOC, _rev: current.json._rev } : { ...DESIGN_DOC };
  expectOk(await call('PUT', path, doc), `PUT ${path}`);
  return { item, action: current.status === 200 ? 'updated' : 'created', detail: 'validate_doc_update' };
}

/** Whether `name` can sign in with `password` (basic auth against _session). */
async function canSignIn(base, name, password) {
  const session = await request(base, 'GET', '/_session', { auth: basicAuth(name, password) });
  return session.status === 200 && session.json?.userCtx?.name === name;
}

async function ensureUser(base, call, /** @type {SetupUser} */ user) {
  const item = `user ${user.name}`;
  const roles = [...new Set(user.roles)].sort();
  const detail = `roles: ${roles.join(', ')}`;
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
  const current = await call('GET', path);
  if (current.status === 404) {
    if (!user.password) throw new CouchSetupError(`User "${user.name}" does not exist yet: a password is needed to create it.`);
    const created = await call('PUT', path, { _id: `org.couchdb.user:${user.name}`, name: user.name, type: 'user', roles, password: user.password });
    expectOk(created, `creating user ${user.name}`);
    return { item, action: 'created', detail };
  }
  expectOk(current, `GET ${path}`);
  const doc = current.json;
  const sameRoles = JSON.stringify([...(doc.roles ?? [])].sort()) === JSON.stringify(roles);
  const samePassword = !user.password || (await canSignIn(base, user.name, user.password));
  if (sameRoles && samePassword) return { item, action: 'unchanged', detail };
  /** @type {Record<string, unknown>} */
  const updated = { ...doc, roles };
  if (!samePassword) updated.password = user.password;
  expectOk(await call('PUT', path, updated), `updating user ${user.name}`);
  const what = [sameRoles ? '' : 'roles', samePassword ? '' : 'password'].filter(Boolean).join(' and ');
  return { item, action: 'updated', detail: `${what} changed; ${detail}` };
}
