// The in-page half of scripts/bench/sync.mjs: one browser's side of sharing, through the app's
// own storage and sync code (src/db/sync), timed in the page. Bundled as an ES module and
// injected into the running app, which it shares the origin (and so the /couchdb/ proxy) with.
import { getDatabase } from '../../src/db/database';
import { getProject, putPortfolio, saveProject, updateSettings } from '../../src/db/portfolioRepository';
import { startSync, type SyncHandle, type SyncStatus } from '../../src/db/sync/engine';
import { queueEverything, setSharing } from '../../src/db/sync/outbox';
import { INITIAL_BATCH } from '../../src/db/sync/initialPull';
import { loadPouch } from '../../src/db/sync/pouch';
import { SHARED_DATABASE, signIn } from '../../src/db/sync/session';
import { serializeBackup, buildBackup } from '../../src/domain/backup/write';
import { defaultSettings } from '../../src/domain/constants';
import { generatePortfolio } from '../../tests/fixtures/generator';

const SERVER = '/couchdb/';
const round = (ms: number) => Math.round(ms * 10) / 10;

let handle: SyncHandle | null = null;
let status: SyncStatus | null = null;
const statusWaiters: (() => void)[] = [];

function onStatus(next: SyncStatus): void {
  status = next;
  for (const wake of statusWaiters.splice(0)) wake();
}

/** Resolves when `done` holds of the sync status (checked on every status the engine reports). */
async function until(done: (s: SyncStatus) => boolean | Promise<boolean>, what: string, timeoutMs = 300_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(status && (await done(status)))) {
    if (performance.now() > deadline) throw new Error(`sync bench: timed out waiting for ${what} (status ${JSON.stringify(status)})`);
    if (status && (status.state === 'error' || status.state === 'denied')) throw new Error(`sync bench: ${status.state}: ${status.reason}`);
    await new Promise<void>((resolve) => {
      statusWaiters.push(resolve);
      setTimeout(resolve, 250); // the count below is read again even without a new status
    });
  }
}

/** Empty every table this browser holds (the app's first start loaded its sample portfolio). */
async function clearData(): Promise<void> {
  const db = getDatabase();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

/** The generated portfolio as a department's own records: the generator marks its projects as sample data, which is never shared. */
function generated(count: number, seed: number) {
  const portfolio = generatePortfolio({ projects: count, seed });
  return { ...portfolio, projects: portfolio.projects.map((project) => ({ ...project, origin: 'user' as const })) };
}

/** Baseline: what a restore of the same data costs at the least, JSON.parse of the backup text + one bulkPut of its projects. */
async function rawRestore(count: number, seed: number): Promise<{ ms: number; projects: number; bytes: number }> {
  const portfolio = generated(count, seed);
  const text = serializeBackup(
    buildBackup(
      { settings: { ...defaultSettings, homeOrganisationId: portfolio.homeOrganisationId, initialisedAt: new Date().toISOString() }, organisations: portfolio.organisations, programmes: portfolio.programmes, projects: portfolio.projects, history: [] },
      { exportedAt: new Date().toISOString(), appVersion: 'bench' },
    ),
  );
  await clearData();
  const t = performance.now();
  const file = JSON.parse(text) as { data: { projects: unknown[] } };
  await getDatabase().table('projects').bulkPut(file.data.projects);
  const ms = performance.now() - t;
  const projects = await getDatabase().projects.count();
  await clearData();
  return { ms: round(ms), projects, bytes: text.length };
}

/** Store the generated portfolio here (as the first colleague's browser holds it). */
async function seed(count: number, seedValue: number): Promise<number> {
  const portfolio = generated(count, seedValue);
  await clearData();
  const { projects } = await putPortfolio(portfolio, { mode: 'replace' });
  await updateSettings({ homeOrganisationId: portfolio.homeOrganisationId });
  return projects;
}

/**
 * Sign in and share, as Settings → Sharing does on a first connection: this browser's records
 * are queued, then the engine runs. Resolves when all is sent and received and `expected`
 * projects are stored here; returns the time from signing in to then.
 */
async function connect(user: string, password: string, expected: number): Promise<{ ms: number; projects: number; overviews: number }> {
  const db = getDatabase();
  const t = performance.now();
  await signIn(SERVER, user, password);
  setSharing(true);
  await queueEverything(db);
  handle = await startSync({ db, server: SERVER, replicaName: `bench-replica-${crypto.randomUUID()}`, onStatus });
  await until(async (s) => s.state === 'synced' && s.waiting === 0 && (await db.projects.count()) >= expected, `${expected} projects synced`);
  const ms = performance.now() - t;
  return { ms: round(ms), projects: await db.projects.count(), overviews: await db.table('projectOverviews').count() };
}

/** How many documents the server's database holds (read through the same proxy, with the session cookie). */
async function serverCount(): Promise<number> {
  const response = await fetch(`${SERVER}eu-portfolio`, { credentials: 'include' });
  if (!response.ok) throw new Error(`sync bench: the server answered ${response.status}`);
  return ((await response.json()) as { doc_count: number }).doc_count;
}

/** What the engine said last, and what waits in the outbox (for the bench's messages). */
async function state(): Promise<{ status: SyncStatus | null; outbox: number; projects: number; replica: number | null; revs: number }> {
  const db = getDatabase();
  const replica = handle ? (await handle.replica.info()).doc_count : null;
  return { status, outbox: await db.syncOutbox.count(), projects: await db.projects.count(), replica, revs: await db.syncRevs.count() };
}

/**
 * Stop sharing. `forget`: delete the replica too, so that the next run starts from the same
 * browser (each run's replica, ~100 MB at 10,000 projects, would otherwise stay beside it).
 */
async function disconnect(forget = false): Promise<void> {
  const name = handle?.replica.name;
  await handle?.stop();
  handle = null;
  setSharing(null);
  if (forget && name) {
    const PouchDB = await loadPouch();
    await new PouchDB(name).destroy();
  }
}

/** The id of the n-th project, in id order. */
async function idAt(index: number): Promise<string> {
  const ids = (await getDatabase().projects.orderBy(':id').offset(index).limit(1).primaryKeys()) as string[];
  if (!ids[0]) throw new Error(`sync bench: no project at ${index}`);
  return ids[0];
}

/** Project `id` saved with its acronym changed to `acronym`; returns when the save began (epoch ms). */
async function edit(id: string, acronym: string): Promise<{ startedAt: number }> {
  const project = await getProject(id);
  if (!project) throw new Error(`sync bench: project ${id} vanished`);
  const startedAt = performance.timeOrigin + performance.now();
  await saveProject({ ...project, acronym }, { expected: project });
  return { startedAt };
}

/** Resolves with the time (epoch ms) at which project `id` here reads `acronym`: its database is polled every 5 ms. */
async function seen(id: string, acronym: string, timeoutMs = 60_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const row = await getDatabase().projects.get(id);
    if ((row as { acronym?: string } | undefined)?.acronym === acronym) return performance.timeOrigin + performance.now();
    if (performance.now() > deadline) throw new Error(`sync bench: ${id} never read ${acronym}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

declare global {
  interface Window {
    __syncBench: typeof api;
  }
}
/**
 * Where the initial sync's time goes, measured in B: PouchDB's pull alone, into an empty
 * replica of its own with nothing copied into the app's database (destroyed afterwards).
 */
async function replicationOnly(password: string): Promise<{ ms: number; docs: number }> {
  await signIn(SERVER, 'editor', password);
  const PouchDB = await loadPouch();
  const replica = new PouchDB(`bench-probe-${crypto.randomUUID()}`);
  const remote = new PouchDB(new URL(`${SERVER}${SHARED_DATABASE}`, location.href).href, { skip_setup: true, fetch: (url, init) => fetch(url, { ...init, credentials: 'include' }) });
  const t = performance.now();
  await replica.replicate.from(remote, { batch_size: INITIAL_BATCH });
  const ms = performance.now() - t;
  const docs = (await replica.info()).doc_count;
  await replica.destroy();
  return { ms: round(ms), docs };
}

/** And the server's part alone: every document read over HTTP, in pages of the initial pull's size (`_all_docs`). */
async function serverReadOnly(password: string): Promise<{ ms: number; docs: number }> {
  await signIn(SERVER, 'editor', password);
  const t = performance.now();
  let docs = 0;
  let after: string | null = null;
  for (;;) {
    const from: string = after === null ? '' : `&skip=1&startkey=${encodeURIComponent(JSON.stringify(after))}`;
    const response = await fetch(`${SERVER}${SHARED_DATABASE}/_all_docs?include_docs=true&limit=${INITIAL_BATCH}${from}`, { credentials: 'include' });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const rows = ((await response.json()) as { rows: { id: string }[] }).rows;
    docs += rows.length;
    if (rows.length < INITIAL_BATCH) break;
    after = rows[rows.length - 1]?.id ?? null;
  }
  return { ms: round(performance.now() - t), docs };
}

const api = { replicationOnly, serverReadOnly, clearData, rawRestore, seed, connect, disconnect, idAt, edit, seen, serverCount, state };
// Errors cross into the bench's Node process as text: give it the name, message and cause.
window.__syncBench = Object.fromEntries(
  Object.entries(api).map(([name, fn]) => [
    name,
    (...args: unknown[]) =>
      (fn as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
        const e = error as { name?: string; message?: string; cause?: unknown; inner?: unknown };
        throw new Error(`${name}: ${e?.name ?? 'Error'}: ${e?.message ?? String(error)}${e?.inner || e?.cause ? ` (${String(e.inner ?? e.cause)})` : ''}`);
      }),
  ]),
) as typeof api;
