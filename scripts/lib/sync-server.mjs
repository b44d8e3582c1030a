// The development and test stand-in for the department's CouchDB: pouchdb-server, in memory, on
// loopback, set up by the same code as a real server (couchdb-setup.mjs), with two dev users.
// `npm run sync-server` (scripts/sync-server.mjs) and the tests in tests/sync-server/ use it.
//
// pouchdb-server runs in a child process (scripts/lib/pouchdb-server-child.mjs) with its own
// config file in a temporary folder: the config names a server admin, because a pouchdb-server
// without one is an "admin party" where every visitor is admin. The folder also takes the log
// file (by default pouchdb-server writes ./log.txt) and is removed on stop.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES, setupCouchDB } from './couchdb-setup.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, 'pouchdb-server-child.mjs');

export const DEFAULT_PORT = 5984;
export const HOST = '127.0.0.1';

/**
 * Development-only passwords, documented in the README. The server listens on loopback only and
 * keeps nothing after it stops.
 */
export const DEV_DEFAULTS = Object.freeze({
  adminName: 'admin',
  adminPassword: 'admin-dev-password',
  editorPassword: 'editor-dev-password',
  readerPassword: 'reader-dev-password',
});

/** The dev users `editor` and `reader`, passwords from SYNC_EDITOR_PASSWORD / SYNC_READER_PASSWORD. */
export function devUsers(env = process.env) {
  return [
    { name: 'editor', password: env.SYNC_EDITOR_PASSWORD || DEV_DEFAULTS.editorPassword, roles: [ROLES.editor] },
    { name: 'reader', password: env.SYNC_READER_PASSWORD || DEV_DEFAULTS.readerPassword, roles: [ROLES.reader] },
  ];
}

/** Resolves when 127.0.0.1:port can be bound (nobody listens there). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** A port the system says is free now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: HOST, exclusive: true }, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The admin entry of pouchdb-server's config, hashed as it stores it (so no plain password on disk). */
async function hashedAdmins(name, password) {
  const Auth = createRequire(import.meta.url)('pouchdb-auth');
  return Auth.hashAdminPasswords({ [name]: password });
}

/**
 * @typedef {{ name: string, password: string, roles: string[] }} DevUser
 * @typedef {{
 *   url: string,
 *   admin: { name: string, password: string },
 *   users: DevUser[],
 *   report: import('./couchdb-setup.mjs').SetupReport,
 *   startupMs: number,
 *   output: () => string,
 *   stop: () => Promise<void>,
 * }} SyncServer
 */

/**
 * Starts pouchdb-server in memory on 127.0.0.1:port and sets it up. Rejects when the port is
 * taken, the server does not come up within 20 s, or the setup fails (the server is stopped then).
 *
 * @param {{ port?: number, users?: DevUser[], adminPassword?: string, onLog?: (line: string) => void }} [options]
 *   port: default 5984; 0 picks a free one. users: default devUsers(). onLog: each line pouchdb-server prints.
 * @returns {Promise<SyncServer>}
 */
export async function startSyncServer({ port = DEFAULT_PORT, users = devUsers(), adminPassword = process.env.SYNC_ADMIN_PASSWORD || DEV_DEFAULTS.adminPassword, onLog } = {}) {
  const started = performance.now();
  if (port === 0) port = await freePort();
  if (!(await portIsFree(port))) {
    throw new Error(`sync-server: 127.0.0.1:${port} is in use already (another sync server?). Stop it, or choose another port with SYNC_PORT.`);
  }
  const admin = { name: DEV_DEFAULTS.adminName, password: adminPassword };
  const dir = mkdtempSync(path.join(tmpdir(), 'eu-portfolio-sync-'));
  // Tells our server from anything else that might answer on the port.
  const marker = randomUUID();
  const config = {
    admins: await hashedAdmins(admin.name, admin.password),
    couchdb: { uuid: marker },
    log: { file: path.join(dir, 'log.txt') },
  };
  const configFile = path.join(dir, 'config.json');
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);

  const child = spawn(process.execPath, [CHILD, '--host', HOST, '--port', String(port), '--in-memory', '--dir', dir, '--config', configFile], {
    cwd: dir,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  /** @type {string[]} */
  const lines = [];
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    resolve({ code, signal });
  }));
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (lines.length > 200) lines.shift();
        onLog?.(line);
      }
    });
  }
  // If this process ends without stop(), the child sees its stdin close and ends too; this
  // ends it sooner when this process exits normally.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const output = () => lines.join('\n');

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exit;
      clearTimeout(killed);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const url = `http://${HOST}:${port}`;
  try {
    await waitUntilUp(url, marker, exit, output);
    const report = await setupCouchDB({ url, admin, users });
    return { url, admin, users, report, startupMs: performance.now() - started, output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Polls GET / until our server (its uuid is the marker) answers. */
async function waitUntilUp(url, marker, exit, output) {
  const deadline = Date.now() + 20_000;
  let gone = false;
  void exit.then(() => {
    gone = true;
  });
  while (Date.now() < deadline) {
    if (gone) throw new Error(`sync-server: pouchdb-server exited while starting:\n${output()}`);
    if (/already in use/.test(output())) throw new Error(`sync-server: the port of ${url} is in use already:\n${output()}`);
    try {
      const response = await fetch(`${url}/`);
      const body = await response.json();
      if (body?.uuid === marker) return;
      if (body) throw new Error(`sync-server: another server answers on ${url}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('sync-server:')) throw error;
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`sync-server: pouchdb-server did not answer at ${url} within 20 s:\n${output()}`);
}
