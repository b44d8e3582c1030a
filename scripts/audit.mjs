#!/usr/bin/env node
// `npm run audit`: Lighthouse (pinned at 12.2.3; 13 needs Node 22) with Debian's Chromium over
// the production build: /projects, /dashboard, /timeline and a project page, on mobile (its
// default: a slow 4G network and a 4× slower CPU) and on desktop. It prints each category's
// score against the targets and the audits that fail, worst first. It is a measurement, not a
// test: it exits 0 whatever the scores, and 1 only when it could not measure.
//
//   node scripts/audit.mjs            build dist/ first when it is missing
//   node scripts/audit.mjs --build    always rebuild dist/ first
//   node scripts/audit.mjs --runs 3   runs per page and form factor (the median score is shown)
//   node scripts/audit.mjs --page /dashboard --mobile   one page, one form factor (--desktop)
//   node scripts/audit.mjs --returning   a returning user's visit instead of a first start
//
// Each run starts a fresh browser profile, so each is a first start: the app loads the sample
// portfolio before it shows anything, as a new user sees it. With --returning, the page is
// loaded once in that profile first (the sample stored, the service worker installed), and the
// run measured keeps what it stored (Lighthouse's disableStorageReset): the everyday case.
// Reports go to .tmp/audit/ (with -returning in their names for --returning).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { freePort, startPreview, waitForServer } from './lib/preview.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 1;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ALL_PAGES = ['/projects', '/dashboard', '/timeline', '/projects/sample-wir'];
const pageArg = args.indexOf('--page');
const PAGES = pageArg >= 0 ? [args[pageArg + 1]] : ALL_PAGES;
const FORM_FACTORS = ['mobile', 'desktop'].filter((f) => !args.includes(`--${f === 'mobile' ? 'desktop' : 'mobile'}`));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The targets: performance ≥ 90 on mobile, accessibility and best practices 100. */
const TARGETS = { performance: 90, accessibility: 100, 'best-practices': 100 };
const outDir = path.join(root, '.tmp', 'audit');
const RETURNING = args.includes('--returning');

function log(line) {
  console.log(`[audit] ${line}`);
}

function ensureBuild() {
  if (!args.includes('--build') && existsSync(path.join(root, 'dist', 'index.html'))) return;
  log('building the app (npx vite build) …');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** One Lighthouse run of one page in a fresh Chromium. */
async function audit(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, ...(RETURNING && { disableStorageReset: true }) };
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    // A returning user: the first visit (not measured) stores the sample and installs the service worker.
    if (RETURNING) await lighthouse(url, flags, config);
    const result = await lighthouse(url, flags, config);
    if (!result?.lhr) throw new Error(`Lighthouse gave no report for ${url}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** The audits that fail (score below 0.9), worst first, with what Lighthouse says of them. */
function failing(lhr) {
  return Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
    .sort((a, b) => a.score - b.score)
    .slice(0, 6)
    .map((a) => `${a.id} (${Math.round(a.score * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})`);
}

async function main() {
  ensureBuild();
  mkdirSync(outDir, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const preview = startPreview(port, root);
  const rows = [];
  try {
    await waitForServer(`${base}/`, 30_000);
    const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
    log(`${chromiumVersion}; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${RUNS} run(s) per page and form factor; ${RETURNING ? 'a returning user (the page visited once before)' : 'a first start (fresh profile)'}`);
    for (const formFactor of FORM_FACTORS) {
      for (const page of PAGES) {
        const runs = [];
        for (let i = 0; i < RUNS; i += 1) runs.push(await audit(`${base}${page}`, formFactor));
        const last = runs.at(-1);
        writeFileSync(path.join(outDir, `${formFactor}${RETURNING ? '-returning' : ''}${page.replaceAll('/', '_')}.json`), JSON.stringify(last, null, 1));
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))]));
        const metrics = {
          fcp: last.audits['first-contentful-paint']?.displayValue,
          lcp: last.audits['largest-contentful-paint']?.displayValue,
          tbt: last.audits['total-blocking-time']?.displayValue,
          cls: last.audits['cumulative-layout-shift']?.displayValue,
          dom: last.audits['dom-size']?.displayValue,
        };
        rows.push({ formFactor, page, scores, metrics, failing: failing(last) });
        const verdict = Object.entries(TARGETS)
          .filter(([c]) => c !== 'performance' || formFactor === 'mobile')
          .map(([c, target]) => `${c} ${scores[c] >= target ? 'PASS' : 'UNDER'}`)
          .join(', ');
        log(`${(formFactor + (RETURNING ? ', returning' : '')).padEnd(7)} ${page.padEnd(22)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}  [${verdict}]`);
        log(`        FCP ${metrics.fcp}, LCP ${metrics.lcp}, TBT ${metrics.tbt}, CLS ${metrics.cls}, DOM ${metrics.dom}${RUNS > 1 ? ' (the last run)' : ''}`);
        if (RUNS > 1) {
          const each = (id) => runs.map((r) => r.audits[id]?.numericValue ?? NaN);
          const perf = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
          log(`        each run: performance ${perf.join(', ')}; TBT ${each('total-blocking-time').map((v) => Math.round(v)).join(', ')} ms; LCP ${each('largest-contentful-paint').map((v) => (v / 1000).toFixed(1)).join(', ')} s`);
        }
        const longTasks = (last.audits['long-tasks']?.details?.items ?? []).slice(0, 5).map((t) => `${Math.round(t.duration)} ms (${String(t.url).split('/').pop()})`);
        if (longTasks.length > 0) log(`        longest tasks: ${longTasks.join(', ')}`);
        if (rows.at(-1).failing.length > 0) log(`        failing: ${rows.at(-1).failing.join('; ')}`);
      }
    }
  } finally {
    await preview.stop();
  }
  writeFileSync(path.join(outDir, RETURNING ? 'summary-returning.json' : 'summary.json'), JSON.stringify({ at: new Date().toISOString(), returning: RETURNING, rows }, null, 2));
  log(`reports in ${path.relative(root, outDir)}/`);
}

main().catch((error) => {
  console.error(`[audit] could not measure: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
