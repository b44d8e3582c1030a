#!/usr/bin/env node
// Prepares the department's CouchDB for the shared portfolio, and adds or updates its users.
// Safe to run again: it changes only what differs, and says what it did.
//
//   node scripts/setup-couchdb.mjs <server URL> <admin user> [--user name:role[,role…]]…
//
//   node scripts/setup-couchdb.mjs https://portfolio.example.org/couchdb admin \
//     --user anna:portfolio-editor --user juris:portfolio-reader
//
// The admin's password comes from COUCHDB_ADMIN_PASSWORD, or is asked for (not shown as it is
// typed). Each user's password comes from COUCHDB_PASSWORD_<NAME> (the name in capitals, other
// characters than A–Z and 0–9 as "_": COUCHDB_PASSWORD_ANNA), or is asked for; for a user who
// exists already, an empty answer keeps the current password (to change only the roles).
// Roles: portfolio-editor (reads and writes), portfolio-reader (reads), portfolio-admin (may
// change the database's design docs and security; give it with portfolio-editor to write data too).
import { CouchSetupError, DATABASE, ROLES, checkUser, describeSteps, setupCouchDB } from './lib/couchdb-setup.mjs';

const USAGE = `Usage: node scripts/setup-couchdb.mjs <server URL> <admin user> [--user name:role[,role…]]…
  e.g. node scripts/setup-couchdb.mjs https://portfolio.example.org/couchdb admin --user anna:${ROLES.editor}
Roles: ${Object.values(ROLES).join(', ')}.
Passwords: COUCHDB_ADMIN_PASSWORD and COUCHDB_PASSWORD_<NAME>, or asked for on the terminal.`;

function usage(message) {
  console.error(`setup-couchdb: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** @returns {{ url: string, adminName: string, users: { name: string, roles: string[] }[] }} */
function parseArguments(argv) {
  const positional = [];
  const users = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    let spec;
    if (arg === '--user') {
      spec = argv[++i];
      if (spec === undefined) usage('--user needs name:role');
    } else if (arg.startsWith('--user=')) {
      spec = arg.slice('--user='.length);
    } else if (arg.startsWith('-')) {
      usage(`unknown option ${arg}`);
    } else {
      positional.push(arg);
      continue;
    }
    const colon = spec.indexOf(':');
    if (colon <= 0 || colon === spec.length - 1) usage(`--user ${spec}: expected name:role, e.g. anna:${ROLES.editor}`);
    users.push({ name: spec.slice(0, colon), roles: spec.slice(colon + 1).split(',').map((role) => role.trim()).filter(Boolean) });
  }
  if (positional.length !== 2) usage(positional.length < 2 ? 'the server URL and the admin user are needed' : `unexpected argument ${positional[2]}`);
  return { url: positional[0], adminName: positional[1], users };
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(question) {
  const input = process.stdin;
  if (!input.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    process.stdout.write(question);
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.resume();
    let answer = '';
    const onData = (/** @type {string} */ chunk) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          input.setRawMode(false);
          input.pause();
          input.removeListener('data', onData);
          process.stdout.write('\n');
          resolve(answer);
          return;
        }
        if (char === '\u0003') {
          input.setRawMode(false);
          process.stdout.write('\n');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    input.on('data', onData);
  });
}

function passwordVariable(name) {
  return `COUCHDB_PASSWORD_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

const { url, adminName, users } = parseArguments(process.argv.slice(2));
// Names and roles are checked before anyone is asked for a password.
for (const user of users) {
  try {
    checkUser(user);
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
}

let adminPassword = process.env.COUCHDB_ADMIN_PASSWORD;
if (!adminPassword) {
  adminPassword = await askHidden(`Password of the CouchDB admin "${adminName}": `);
  if (adminPassword === null) usage('set COUCHDB_ADMIN_PASSWORD (no terminal to ask on)');
}

const withPasswords = [];
for (const user of users) {
  const variable = passwordVariable(user.name);
  let password = process.env[variable];
  if (!password) {
    password = await askHidden(`Password for "${user.name}" (${user.roles.join(', ')}; empty keeps the current one of an existing user): `);
    if (password === null) usage(`set ${variable} for user "${user.name}" (no terminal to ask on)`);
  }
  withPasswords.push({ ...user, password: password || undefined });
}

try {
  const report = await setupCouchDB({ url, admin: { name: adminName, password: adminPassword }, users: withPasswords });
  console.log(`setup-couchdb: ${url}, database ${DATABASE}`);
  for (const line of describeSteps(report.steps)) console.log(`  ${line}`);
  console.log(report.changed ? 'setup-couchdb: done.' : 'setup-couchdb: done; nothing needed changing.');
} catch (error) {
  if (error instanceof CouchSetupError) {
    console.error(`setup-couchdb: ERROR: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
