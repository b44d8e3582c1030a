#!/usr/bin/env node
// `npm test`: every check the project has, in order, with one closing count.
//
//   1. type check   tsc --noEmit -p tsconfig.json            counts 1
//   2. lint         eslint .                                 counts 1
//   3. unit tests   vitest run (JSON -> .tmp/vitest.json)    counts each test
//   4. build        vite build                               counts 1
//   5. size         scripts/bundle-size.mjs --check          counts 1
//   6. browser      ensure Chromium and pdftotext, then      counts each test
//                   playwright test
//                   (JSON -> .tmp/playwright.json)
//   7. hosting      ensure nginx, serve dist/ with            counts each test
//                   deploy/nginx/eu-portfolio.conf on a free
//                   port, playwright -c playwright.nginx.config.ts
//                   (JSON -> .tmp/playwright-nginx.json); nginx
//                   is stopped afterwards, on failure too
//
// A failing step does not stop the later ones, except that a failed build
// skips size and both Playwright steps (each counted as 1 failure), a missing
// Chromium skips them (Chromium counts 1 failure, each Playwright step 1 more),
// and a missing nginx skips the hosting step (nginx 1 failure, the step 1 more).
// A runner that crashes without writing its JSON counts as 1 failure, and so
// does one that exits non-zero while its JSON shows no failed test. A unit run
// whose only fault is an unhandled error is run once more (see step 3), and the
// error is printed under the summary table.
//
// The last line printed is exactly `N passed, N failed`; the exit code is 1
// when anything failed.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensurePoppler } from './ensure-poppler.mjs';
import { ensureNginx, startNginx } from './nginx-serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = path.join(root, '.tmp');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const VITEST_JSON = path.join(tmp, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(tmp, 'playwright.json');
const PLAYWRIGHT_NGINX_JSON = path.join(tmp, 'playwright-nginx.json');
// Written by vite.config.ts's onUnhandledError: `ignored|counted <tab> file <tab> error`.
const UNHANDLED_ERRORS = path.join(tmp, 'vitest-unhandled.txt');
// A guard against a hung step, not a speed target: the browser tests take about 26 min on a
// 2-core machine, and a run with retries more.
const STEP_TIMEOUT_MS = 50 * 60 * 1000;

if (!existsSync(path.join(root, 'node_modules', '.bin'))) {
  console.error('test-all: node_modules/ is missing: run `npm ci` first.');
}
mkdirSync(tmp, { recursive: true });
process.chdir(root);
// No stale reports from an earlier run.
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });
rmSync(PLAYWRIGHT_NGINX_JSON, { force: true });

/** @type {{name: string, status: string, passed: number, failed: number, seconds: number, note: string}[]} */
const results = [];
/** Lines printed under the summary table, where a long log's reader looks first. */
const laterLines = [];

/** The unit run's unhandled errors: those counted (file and first line), and how many were ignored. */
function unhandledErrors() {
  const lines = existsSync(UNHANDLED_ERRORS) ? readFileSync(UNHANDLED_ERRORS, 'utf8').split('\n').filter(Boolean) : [];
  const counted = lines.filter((line) => line.startsWith('counted\t')).map((line) => line.split('\t').slice(1).join(': '));
  return { counted: [...new Set(counted)].slice(0, 10), ignored: lines.length - lines.filter((line) => line.startsWith('counted\t')).length };
}

function banner(title) {
  const line = '='.repeat(72);
  console.log(`\n${line}\n== ${title}\n${line}`);
}

/** Runs a command with output streamed to this terminal. */
function run(cmd, args, env = {}) {
  const shown = cmd === process.execPath ? 'node' : path.relative(root, cmd) || cmd;
  console.log(`$ ${[shown, ...args.map((a) => (a.startsWith(root) ? path.relative(root, a) : a))].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
    timeout: STEP_TIMEOUT_MS, // a hung step must not hang CI forever
    killSignal: 'SIGTERM',
  });
  const seconds = (Date.now() - started) / 1000;
  let code = r.status;
  let note = '';
  if (r.error && r.error.code === 'ETIMEDOUT') {
    note = `timed out after ${STEP_TIMEOUT_MS / 60000} min`;
    code = 124;
  } else if (r.error) {
    note = `could not start: ${r.error.message}`;
    code = 127;
  } else if (code === null) {
    note = `killed by ${r.signal}`;
    code = 128;
  }
  if (note) console.error(`test-all: ${cmd}: ${note}`);
  return { code, seconds, note };
}

function record(name, status, passed, failed, seconds, note = '') {
  results.push({ name, status, passed, failed, seconds, note });
}

/** A step that counts as one test: passed when the command exits 0. */
function simpleStep(name, cmd, args) {
  banner(name);
  const r = run(cmd, args);
  const ok = r.code === 0;
  record(name, ok ? 'passed' : 'FAILED', ok ? 1 : 0, ok ? 0 : 1, r.seconds, ok ? '' : r.note || `exit code ${r.code}`);
  return ok;
}

/** Resolves true when 127.0.0.1:port can be bound (nobody listens there). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Records a Playwright run from its JSON report: each test counts. */
function recordPlaywright(name, r, jsonFile) {
  const json = readJson(jsonFile);
  if (!json || !json.stats) {
    record(name, 'FAILED', 0, 1, r.seconds, r.note || `no JSON report (exit code ${r.code})`);
    return;
  }
  const s = json.stats;
  const flaky = s.flaky ?? 0;
  const passed = (s.expected ?? 0) + flaky;
  let failed = s.unexpected ?? 0;
  const notes = [];
  if (flaky) notes.push(`${flaky} FLAKY test(s) counted as passed`);
  if (s.skipped) notes.push(`${s.skipped} skipped`);
  const errors = Array.isArray(json.errors) ? json.errors.length : 0;
  if (errors) notes.push(`${errors} global error(s)`);
  if (r.code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exit code ${r.code} but no failed test (web server/config error or no tests): +1 failure`);
  }
  record(name, failed ? 'FAILED' : 'passed', passed, failed, r.seconds, notes.join('; '));
}

// 1. Type check
simpleStep('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);

// 2. Lint
simpleStep('lint', bin('eslint'), ['.']);

// 3. Unit tests. Each unhandled error is listed in UNHANDLED_ERRORS by vite.config.ts (a late
// import after a file's environment is torn down is listed there as ignored). A run whose tests
// all passed but which ended on an unhandled error is run once more; its errors are named in the
// summary either way, and a pass on the second run is marked FLAKY, as the browser tests are.
{
  const name = 'unit (vitest)';
  const unitRun = () => {
    banner(name);
    rmSync(VITEST_JSON, { force: true });
    rmSync(UNHANDLED_ERRORS, { force: true });
    const r = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${path.relative(root, VITEST_JSON)}`]);
    return { r, json: readJson(VITEST_JSON), unhandled: unhandledErrors() };
  };
  let { r, json, unhandled } = unitRun();
  const onlyUnhandled = json && r.code !== 0 && (json.numFailedTests ?? 0) === 0 && (json.numFailedTestSuites ?? 0) === 0;
  const firstRunErrors = onlyUnhandled ? (unhandled.counted.length ? unhandled.counted : [`exit code ${r.code}, no error listed`]) : [];
  if (onlyUnhandled) {
    console.log(`test-all: every unit test passed, but the run exited with code ${r.code} (${unhandled.counted.length} unhandled error(s) listed); running the unit tests once more.`);
    ({ r, json, unhandled } = unitRun());
  }
  for (const line of [...firstRunErrors, ...unhandled.counted]) laterLines.push(`unit (vitest) unhandled error: ${line}`);
  if (!json) {
    record(name, 'FAILED', 0, 1, r.seconds, r.note || `no JSON report (exit code ${r.code})`);
  } else {
    const passed = json.numPassedTests ?? 0;
    let failed = json.numFailedTests ?? 0;
    const notes = [];
    if (firstRunErrors.length) {
      notes.push(r.code === 0 ? 'FLAKY: the first run passed every test but ended on an error, listed below' : 'run twice: both ended on an error, listed below');
    }
    if (unhandled.ignored) notes.push(`${unhandled.ignored} late import(s) after a file ended, ignored`);
    const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    if (skipped) notes.push(`${skipped} skipped/todo`);
    const brokenFiles = json.numFailedTestSuites ?? 0;
    if (brokenFiles) notes.push(`${brokenFiles} test file(s) failed`);
    if (r.code !== 0 && failed === 0) {
      failed = 1;
      notes.push(`exit code ${r.code} but no failed test (suite/unhandled error or no tests): +1 failure`);
    }
    record(name, failed ? 'FAILED' : 'passed', passed, failed, r.seconds, notes.join('; '));
  }
}

// 4. Production build
const built = simpleStep('build', bin('vite'), ['build']);

// 5. First-load bundle size
if (built) {
  simpleStep('size', process.execPath, [path.join(root, 'scripts', 'bundle-size.mjs'), '--check']);
} else {
  record('size', 'SKIPPED', 0, 1, 0, 'build failed: counted as 1 failure');
}

// 6. Browser tests
/** @type {{ok: true, path: string} | {ok: false, message: string} | null} */
let chromium = null;
{
  const name = 'e2e (playwright)';
  if (!built) {
    record(name, 'SKIPPED', 0, 1, 0, 'build failed: counted as 1 failure');
  } else {
    banner('chromium');
    const started = Date.now();
    chromium = ensureChromium();
    // The reports' PDFs are read as text in the browser tests.
    const poppler = ensurePoppler();
    if (!chromium.ok) {
      console.error(`test-all: ERROR: ${chromium.message}`);
      record('chromium', 'FAILED', 0, 1, (Date.now() - started) / 1000, 'no usable Chromium (see above)');
      record(name, 'SKIPPED', 0, 1, 0, 'no Chromium: counted as 1 failure');
    } else if (!poppler.ok) {
      console.error(`test-all: ERROR: ${poppler.message}`);
      record('poppler', 'FAILED', 0, 1, (Date.now() - started) / 1000, 'no pdftotext (see above)');
      record(name, 'SKIPPED', 0, 1, 0, 'no pdftotext: counted as 1 failure');
    } else {
      banner(name);
      rmSync(PLAYWRIGHT_JSON, { force: true });
      // The preview server must serve the dist/ just built: if something
      // already listens on 4173 (another run, a stale `vite preview`), use a
      // free port instead of reusing it.
      let port = Number(process.env.E2E_PORT ?? 4173);
      if (!(await portIsFree(port))) {
        const busy = port;
        port = await freePort();
        console.log(`test-all: port ${busy} is in use; serving dist/ on port ${port} instead.`);
      }
      const r = run(bin('playwright'), ['test', '--reporter=list,json'], {
        CHROMIUM_PATH: chromium.path,
        E2E_PORT: String(port),
        PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
      });
      recordPlaywright(name, r, PLAYWRIGHT_JSON);
    }
  }
}

// 7. The build as hosted: nginx with the repository's site config
{
  const name = 'e2e nginx (playwright)';
  if (!built) {
    record(name, 'SKIPPED', 0, 1, 0, 'build failed: counted as 1 failure');
  } else if (!chromium?.ok) {
    record(name, 'SKIPPED', 0, 1, 0, 'no Chromium: counted as 1 failure');
  } else {
    banner('nginx');
    const started = Date.now();
    const nginx = ensureNginx();
    let server = null;
    if (nginx.ok) {
      try {
        server = startNginx({ port: await freePort(), dist: 'dist', nginx: nginx.path });
      } catch (error) {
        console.error(`test-all: ERROR: ${error.message}`);
      }
    } else {
      console.error(`test-all: ERROR: ${nginx.message}`);
    }
    if (!server) {
      record('nginx', 'FAILED', 0, 1, (Date.now() - started) / 1000, nginx.ok ? 'nginx did not start (see above)' : 'no usable nginx (see above)');
      record(name, 'SKIPPED', 0, 1, 0, 'no nginx: counted as 1 failure');
    } else {
      // Stopped however this ends: a failed run, an exception, or Ctrl-C.
      const stop = () => server?.stop();
      const interrupted = () => {
        stop();
        process.exit(130);
      };
      process.once('SIGINT', interrupted);
      process.once('SIGTERM', interrupted);
      try {
        banner(name);
        rmSync(PLAYWRIGHT_NGINX_JSON, { force: true });
        const r = run(bin('playwright'), ['test', '-c', 'playwright.nginx.config.ts', '--reporter=list,json'], {
          CHROMIUM_PATH: chromium.path,
          NGINX_URL: `http://127.0.0.1:${server.port}`,
          PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_NGINX_JSON,
        });
        recordPlaywright(name, r, PLAYWRIGHT_NGINX_JSON);
      } finally {
        stop();
        server = null;
        process.off('SIGINT', interrupted);
        process.off('SIGTERM', interrupted);
      }
    }
  }
}

// Summary
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const header = ['step', 'result', 'passed', 'failed', 'time', 'note'];
const rows = results.map((r) => [r.name, r.status, String(r.passed), String(r.failed), `${r.seconds.toFixed(1)}s`, r.note]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const fmt = (row) => row.map((c, i) => (i === 2 || i === 3 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();

banner('summary');
console.log(fmt(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(fmt(row));
if ([VITEST_JSON, PLAYWRIGHT_JSON, PLAYWRIGHT_NGINX_JSON].some((f) => existsSync(f))) {
  console.log(`(reports: ${[VITEST_JSON, PLAYWRIGHT_JSON, PLAYWRIGHT_NGINX_JSON].filter((f) => existsSync(f)).map((f) => path.relative(root, f)).join(', ')})`);
}
for (const line of laterLines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
