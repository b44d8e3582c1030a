#!/usr/bin/env node
// `npm run sync-server`: a CouchDB stand-in for development on http://127.0.0.1:5984 (SYNC_PORT
// changes the port): pouchdb-server in memory, set up as production is (scripts/lib/couchdb-setup.mjs),
// with the dev users `editor` and `reader`. Nothing is kept after it stops (Ctrl-C).
//
// Environment: SYNC_PORT (5984), SYNC_EDITOR_PASSWORD (editor-dev-password),
// SYNC_READER_PASSWORD (reader-dev-password), SYNC_ADMIN_PASSWORD (admin-dev-password, for the
// server admin `admin`), SYNC_LOG=1 to print every request.
import { describeSteps } from './lib/couchdb-setup.mjs';
import { DEFAULT_PORT, startSyncServer } from './lib/sync-server.mjs';

const port = process.env.SYNC_PORT ? Number(process.env.SYNC_PORT) : DEFAULT_PORT;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`sync-server: SYNC_PORT="${process.env.SYNC_PORT}" is not a port number.`);
  process.exit(1);
}

console.log(`sync-server: starting pouchdb-server (in memory) on 127.0.0.1:${port} …`);
let server;
try {
  server = await startSyncServer({ port, onLog: process.env.SYNC_LOG === '1' ? (line) => console.log(line) : undefined });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

for (const line of describeSteps(server.report.steps)) console.log(`  ${line}`);
console.log(`
sync-server: ready in ${(server.startupMs / 1000).toFixed(1)} s at ${server.url}/  (database eu-portfolio)
  through the app's dev and preview servers: http://127.0.0.1:5173/couchdb/ and http://127.0.0.1:4173/couchdb/
  users:  ${server.users.map((user) => `${user.name} (${user.roles.join(', ')})`).join(', ')}; server admin: ${server.admin.name}
  passwords: see README, "Sharing with colleagues" (or SYNC_EDITOR_PASSWORD / SYNC_READER_PASSWORD)
  in memory: everything is gone when it stops. Ctrl-C to stop.`);

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\nsync-server: ${signal}, stopping …`);
  await server.stop();
  console.log('sync-server: stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
