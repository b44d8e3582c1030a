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
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { aptInstall, canAptInstall, isExecutable } from './lib/debian.mjs';

const INSTALL_HINT = 'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n'
  + '(or point CHROMIUM_PATH at an existing Chromium/Chrome binary).';

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

export function ensureChromium() {
  if (process.env.CHROMIUM_PATH && !isExecutable(process.env.CHROMIUM_PATH)) {
    console.warn(`ensure-chromium: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file; trying the default locations.`);
  }
  let found = findChromium();
  if (!found) {
    const { ok: installable, why } = canAptInstall();
    if (!installable) {
      return {
        ok: false,
        message: `Chromium not found (looked at: ${candidatePaths().join(', ')}), and it cannot be installed automatically (${why}).\n${INSTALL_HINT}`,
      };
    }
    console.log('ensure-chromium: Chromium not found; installing it with apt-get (root on Debian).');
    if (!aptInstall('chromium')) {
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
