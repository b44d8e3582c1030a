// Sharing figures for `npm run bench` (issue "Sharing one portfolio"): two browsers, each in its
// own Chromium context on the production build, share through the real sync server
// (pouchdb-server in memory, set up as production is), reached through the preview's /couchdb/
// proxy as the app reaches it. Each figure is beside a baseline measured in the same run.
//   initial sync   browser A holds the generated portfolio and shares it (upload: info); browser
//                  B, emptied, signs in and is timed until every project is stored and the
//                  engine says "synced"; three times, the median counts. Baseline: a raw restore
//                  of the same data in B (JSON.parse of the backup text + one bulkPut of the
//                  projects), before, between and after them, the median. Target: ≤ 3× it.
//                  Beside it, two parts measured alone in B: the server's (every document read
//                  over HTTP) and PouchDB's pull into an empty replica of its own.
//   latency        A saves an edit; B's database is polled every 5 ms until it holds it. 20 edits,
//                  one after another. Target: p95 ≤ 2 s (loopback).
/* global window */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModule, loadModule } from './moduleBundle.mjs';
import { freePort, startPreview, waitForServer } from '../lib/preview.mjs';
import { DEV_DEFAULTS, startSyncServer } from '../lib/sync-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RATIO = 3;
const LATENCY_P95_MS = 2000;
const EDITS = 20;
const INITIAL_RUNS = 3;
const SEED = 20240601;

/** A fresh browser (its own profile) on the app, with the bench's in-page half loaded. */
async function openBrowser(browser, origin) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // The backup screen: a quiet screen (the list would redraw on every write it is shown).
  await page.goto(`${origin}/backup`);
  await page.getByRole('heading', { level: 1, name: 'Backup and restore' }).waitFor({ timeout: 60_000 });
  await loadModule(page, 'sync', '__syncBench');
  const call = (fn, ...args) => page.evaluate(([name, a]) => window.__syncBench[name](...a), [fn, args]);
  return { context, page, call };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values) => percentile(values, 50);
const ms = (v) => `${Math.round(v)} ms`;

/** @param {{ page: import('@playwright/test').Page, log: (line: string) => void, projects?: number }} options */
export async function run({ page, log, projects = 10_000 }) {
  log('sync bench: bundling scripts/bench/sync-entry.ts …');
  await bundleModule('sync');
  const syncPort = await freePort();
  const server = await startSyncServer({ port: syncPort });
  const previewPort = await freePort();
  const before = process.env.SYNC_SERVER_URL;
  process.env.SYNC_SERVER_URL = server.url;
  const preview = startPreview(previewPort, root);
  if (before === undefined) delete process.env.SYNC_SERVER_URL;
  else process.env.SYNC_SERVER_URL = before;
  const origin = `http://127.0.0.1:${previewPort}`;
  const opened = [];
  try {
    await waitForServer(origin, 60_000);
    const browser = page.context().browser();
    const a = await openBrowser(browser, origin);
    const b = await openBrowser(browser, origin);
    opened.push(a, b);

    // Baseline first, in B, before anything is shared.
    const raws = [];
    for (let i = 0; i < 3; i += 1) raws.push(await b.call('rawRestore', projects, SEED));
    log(`raw restore in B: ${raws.map((r) => ms(r.ms)).join(', ')} (${raws[0].projects} projects, ${(raws[0].bytes / 1024 / 1024).toFixed(1)} MB)`);

    const seeded = await a.call('seed', projects, SEED);
    const upload = await a.call('connect', 'editor', DEV_DEFAULTS.editorPassword, seeded);
    // "Synced" in A means its outbox is empty; the server holds every record a little later.
    const uploadStarted = Date.now() - upload.ms;
    let onServer = 0;
    for (;;) {
      onServer = await a.call('serverCount');
      if (onServer >= seeded) break;
      if (Date.now() - uploadStarted > 600_000) throw new Error(`sync bench: the server holds ${onServer} documents after 10 minutes; A: ${JSON.stringify(await a.call('state'))}`);
      if ((Date.now() - uploadStarted) % 5000 < 150) log(`waiting for the upload: ${onServer} on the server; A: ${JSON.stringify(await a.call('state'))}`);
      await a.page.waitForTimeout(100);
    }
    upload.ms = Date.now() - uploadStarted;
    log(`A shared ${seeded} projects: every one on the server ${ms(upload.ms)} after signing in (${onServer} documents)`);

    // Where the time goes: the server's part, then PouchDB's pull, each alone.
    const serverRead = await b.call('serverReadOnly', DEV_DEFAULTS.editorPassword);
    const replicationAlone = await b.call('replicationOnly', DEV_DEFAULTS.editorPassword);
    log(`B alone: every document read from the server ${ms(serverRead.ms)} (${serverRead.docs}); PouchDB's pull into an empty replica ${ms(replicationAlone.ms)} (${replicationAlone.docs})`);
    // The initial sync, three times, each into an emptied B with a new replica (the one before
    // deleted), a raw restore between each two (B disconnected, so that nothing it restores is
    // sent): the figure is their median, against the median of every raw restore, as one run of
    // either moves with whatever else the machine does.
    const initials = [];
    for (let i = 0; i < INITIAL_RUNS; i += 1) {
      if (i > 0) {
        await b.call('disconnect', true);
        raws.push(await b.call('rawRestore', projects, SEED));
      }
      await b.call('clearData');
      initials.push(await b.call('connect', 'editor', DEV_DEFAULTS.editorPassword, seeded));
      const last = initials[initials.length - 1];
      log(`initial sync into an empty B (${i + 1} of ${INITIAL_RUNS}): ${ms(last.ms)} (${last.projects} projects, ${last.overviews} overviews)`);
    }
    const initial = { ...initials[0], ms: median(initials.map((run) => run.ms)) };

    // Latency: B must be synced (connect resolved) and keep running; A edits one project at a time.
    const latencies = [];
    for (let i = 0; i < EDITS; i += 1) {
      const acronym = `SYNC-${i}-${Date.now() % 100000}`;
      const id = await a.call('idAt', i);
      const watch = b.page.evaluate(([pid, acr]) => window.__syncBench.seen(pid, acr), [id, acronym]);
      const { startedAt } = await a.call('edit', id, acronym);
      const seenAt = await watch;
      latencies.push(seenAt - startedAt);
    }
    log(`latency, ${EDITS} edits: ${latencies.map((v) => Math.round(v)).join(', ')} ms`);
    const p95 = percentile(latencies, 95);
    await a.call('disconnect');
    await b.call('disconnect');

    // One more baseline, in B once it no longer shares: a restore while sharing would be sent
    // to the server (and, clearing B, delete every record there).
    const rawAfter = await b.call('rawRestore', projects, SEED).catch(() => null);
    if (rawAfter) raws.push(rawAfter);
    const raw = median(raws.map((r) => r.ms));
    const ratio = initial.ms / raw;

    return [
      { label: `restore, raw baseline (parse + bulkPut), ${projects} projects`, ms: raw, targetMs: null, note: `median of ${raws.length}: ${raws.map((r) => ms(r.ms)).join(', ')}` },
      { label: `initial sync into an empty browser`, ms: initial.ms, targetMs: null, note: `${ratio.toFixed(2)}× the raw restore (target ≤ ${RATIO}×: ${ratio <= RATIO ? 'PASS' : 'OVER'}); sign-in to "synced" with ${initial.projects} projects stored; median of ${initials.length}: ${initials.map((run) => ms(run.ms)).join(', ')} (${initials.map((run) => `${(run.ms / raw).toFixed(2)}×`).join(', ')})` },
      { label: `  its server part alone: every document read over HTTP`, ms: serverRead.ms, targetMs: null, note: `${(serverRead.ms / raw).toFixed(2)}× the raw restore; _all_docs in pages, nothing stored` },
      { label: `  its PouchDB part alone: the pull into an empty replica`, ms: replicationAlone.ms, targetMs: null, note: `${(replicationAlone.ms / raw).toFixed(2)}× the raw restore; nothing copied into the app's database` },
      { label: `first upload from the browser that holds them`, ms: upload.ms, targetMs: null, note: 'sign-in to "synced", every record sent' },
      { label: `an edit seen in the other browser, p95 of ${EDITS}`, ms: p95, targetMs: LATENCY_P95_MS, note: `median ${ms(median(latencies))}, max ${ms(Math.max(...latencies))}; loopback` },
    ];
  } finally {
    for (const { context } of opened) await context.close().catch(() => undefined);
    await preview.stop();
    await server.stop();
  }
}
