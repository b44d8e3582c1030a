#!/usr/bin/env node
// Finds the system Chromium that Playwright drives (there is no Playwright
// browser download here). Looks at $CHROMIUM_PATH, /usr/bin/chromium and
// /usr/bin/chromium-browser. When none exists and we run as root on Debian,
// installs it with apt-get; otherwise fails loudly. Browser tests are never
// skipped silently.
//
// CLI:    node scripts/ensure-chromium.mjs   (prints CHROMIUM_PATH=... on success)
// Module: import { ensureChromium } from './ensure-chromium.mjs'
//         -> { ok: true, path } | { ok: false, message }
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const INSTALL_HINT = 'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n'
  + '(or point CHROMIUM_PATH at an existing Chromium/Chrome binary).';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function candidatePaths() {
  const list = [];
  if (process.env.CHROMIUM_PATH) list.push(process.env.CHROMIUM_PATH);
  list.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  return list;
}

export function findChromium() {
  return candidatePaths().find(isExecutable) ?? null;
}

/** Runs `<chromium> --version`; returns the version line or null. */
function chromiumVersion(file) {
  const r = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) return null;
  const line = (r.stdout || '').split('\n').map((s) => s.trim()).find((s) => /chrom/i.test(s));
  return line || (r.stdout || '').trim() || 'unknown version';
}

function canAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && isExecutable('/usr/bin/apt-get');
  return { isRoot, isDebian };
}

function run(cmd, args, env) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  return r.status === 0;
}

function installWithApt() {
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  // Wait (rather than fail) if another apt/dpkg process holds the lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  if (!run('apt-get', [...lock, 'update'], env)) return false;
  return run('apt-get', [...lock, 'install', '-y', 'chromium'], env);
}

export function ensureChromium() {
  if (process.env.CHROMIUM_PATH && !isExecutable(process.env.CHROMIUM_PATH)) {
    console.warn(`ensure-chromium: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file; trying the default locations.`);
  }
  let found = findChromium();
  if (!found) {
    const { isRoot, isDebian } = canAptInstall();
    if (!(isRoot && isDebian)) {
      const why = !isDebian ? 'this is not a Debian system with apt-get' : 'not running as root';
      return {
        ok: false,
        message: `Chromium not found (looked at: ${candidatePaths().join(', ')}), and it cannot be installed automatically (${why}).\n${INSTALL_HINT}`,
      };
    }
    console.log('ensure-chromium: Chromium not found; installing it with apt-get (root on Debian).');
    if (!installWithApt()) {
      return { ok: false, message: `apt-get could not install chromium (see the output above).\n${INSTALL_HINT}` };
    }
    found = findChromium();
    if (!found) {
      return { ok: false, message: `apt-get finished but no Chromium at ${candidatePaths().join(', ')}.\n${INSTALL_HINT}` };
    }
  }
  const version = chromiumVersion(found);
  if (!version) {
    return { ok: false, message: `${found} exists but \`${found} --version\` failed; the browser is not usable.\n${INSTALL_HINT}` };
  }
  console.log(`ensure-chromium: using ${found} (${version})`);
  return { ok: true, path: found };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = ensureChromium();
  if (result.ok) {
    console.log(`CHROMIUM_PATH=${result.path}`);
  } else {
    console.error(`ensure-chromium: ERROR: ${result.message}`);
    process.exit(1);
  }
}
