// Runs pouchdb-server (its command line, given as this script's arguments) for
// scripts/lib/sync-server.mjs, and ends it when the process that started it goes away: that
// process holds our stdin, and stdin closes when it exits, however it exits (a test runner
// killed mid-run included). So no server is ever left behind on its port, and its temporary
// folder (--dir, which holds the config and log) goes with it.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = process.argv.slice(2);
const dir = args[args.indexOf('--dir') + 1];
process.on('exit', () => {
  if (dir && path.basename(dir).startsWith('eu-portfolio-sync-')) rmSync(dir, { recursive: true, force: true });
});
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));

// pouchdb-server reads its options from the command line when it is loaded.
process.argv = [process.argv[0], 'pouchdb-server', ...args];
createRequire(import.meta.url)('pouchdb-server');
