#!/usr/bin/env node
// The browser tests read the reports' PDFs as text with pdftotext (Debian's poppler-utils).
// When it is missing and we run as root on Debian, it is installed with apt-get; otherwise
// this fails loudly: report tests are never skipped silently.
//
// CLI:    node scripts/ensure-poppler.mjs
// Module: import { ensurePoppler } from './ensure-poppler.mjs'  -> { ok: true, path } | { ok: false, message }
import { pathToFileURL } from 'node:url';
import { aptInstall, canAptInstall, isExecutable } from './lib/debian.mjs';

const INSTALL_HINT = 'Install it with:  sudo apt-get update && sudo apt-get install -y poppler-utils';
const PATHS = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'];

const findPdftotext = () => PATHS.find(isExecutable) ?? null;

export function ensurePoppler() {
  let found = findPdftotext();
  if (!found) {
    const { ok: installable, why } = canAptInstall();
    if (!installable) return { ok: false, message: `pdftotext not found (looked at: ${PATHS.join(', ')}), and it cannot be installed automatically (${why}).\n${INSTALL_HINT}` };
    console.log('ensure-poppler: pdftotext not found; installing poppler-utils with apt-get (root on Debian).');
    if (!aptInstall('poppler-utils') || !(found = findPdftotext())) return { ok: false, message: `apt-get could not install poppler-utils (see the output above).\n${INSTALL_HINT}` };
  }
  return { ok: true, path: found };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = ensurePoppler();
  if (!result.ok) {
    console.error(`ensure-poppler: ${result.message}`);
    process.exit(1);
  }
  console.log(`PDFTOTEXT_PATH=${result.path}`);
}
