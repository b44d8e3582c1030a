// Two browsers sharing one portfolio through the real sync server (pouchdb-server, started here,
// set up as production is): each with its own Dexie database and PouchDB replica over
// fake-indexeddb, each running the live engine as the app does, signed in with a cookie session.
import { describe, expect, it, vi } from 'vitest';
import { DEV_DEFAULTS } from '../../scripts/lib/sync-server.mjs';
import { deleteProject, getProject, listHistory, putPortfolio, saveProject } from '../../src/db/portfolioRepository';
import { directoryVersions, keepDirectoryVersion, projectVersions, resolveProject } from '../../src/db/sync/resolve';
import { updateOrganisation } from '../../src/db/directoryRepository';
import { combineVersions, compareVersions, keptFields } from '../../src/domain/sync/conflict';
import { dropOtherVersions, SEQ_KEY } from '../../src/db/sync/bridge';
import { loadPouch, type Replica } from '../../src/db/sync/pouch';
import { INITIAL_BATCH } from '../../src/db/sync/initialPull';
import type { Project } from '../../src/domain/schema';
import { compareWithServer, setAsideLocalPortfolio } from '../../src/db/sync/firstConnection';
import { listSafetyBackups } from '../../src/db/backup';
import { setSharing } from '../../src/db/sync/outbox';
import { accessOf, currentUser, serverAddress, SHARED_DATABASE, signIn, SyncError } from '../../src/db/sync/session';
import { makeOrganisation, makeProject } from '../../src/test/factories';
import { as, cookieFetch, disconnect, eventually, withSyncServer, type Browser } from './harness';

const sync = withSyncServer('engine');
const { browser, connect } = sync;
const acronymIn = async (who: Browser, id: string) => (await as(who, () => getProject(id)))?.acronym;

describe('signing in', () => {
  it('a wrong password gets a clear refusal; the right one a session with the role', async () => {
    await expect(signIn(sync.url(), 'editor', 'wrong', cookieFetch())).rejects.toEqual(new SyncError('unauthorized', 'Name or password is incorrect.'));
    const fetcher = cookieFetch();
    await signIn(sync.url(), 'reader', DEV_DEFAULTS.readerPassword, fetcher);
    expect(accessOf(await currentUser(sync.url(), fetcher))).toBe('reader');
  });
});

describe('two editors', () => {
  it('an edit in A appears in B, and a deletion in B disappears from A', async () => {
    const [a, b] = [await browser('editor'), await browser('editor')];
    await Promise.all([connect(a), connect(b)]);
    const id = `p-live-${sync.count()}`;
    await as(a, () => saveProject(makeProject({ id, acronym: 'LIVE' })));
    await eventually(async () => expect(await acronymIn(b, id)).toBe('LIVE'));
    await eventually(async () => expect(a.status?.state).toBe('synced'));
    expect(a.status?.waiting).toBe(0);

    await as(b, () => deleteProject(id));
    await eventually(async () => expect(await as(a, () => getProject(id))).toBeNull());
  }, 30_000);

  it('an edit counts as waiting until the server has it, not only until it leaves the outbox', async () => {
    const a = await browser('editor');
    // The server stops taking writes (as a proxy answering 502 would), while reads still work.
    let refusing = false;
    const through = a.fetch;
    a.fetch = async (url, init) => (refusing && /_bulk_docs|_revs_diff/.test(String(url)) ? new Response('<h1>502 Bad Gateway</h1>', { status: 502 }) : through(url, init));
    await connect(a);
    await eventually(async () => expect(a.status?.state).toBe('synced'));
    refusing = true;
    const id = `p-unsent-${sync.count()}`;
    await as(a, () => saveProject(makeProject({ id, acronym: 'UNSENT' })));
    await eventually(async () => expect(await a.db.syncOutbox.count()).toBe(0));
    // Out of the outbox and into the replica, but not on the server: still waiting, never "synced".
    await eventually(async () => expect(a.status?.waiting).toBeGreaterThan(0));
    expect(a.status?.state).not.toBe('synced');
    refusing = false;
    await eventually(async () => expect(a.status).toMatchObject({ state: 'synced', waiting: 0 }), 30_000);
  }, 45_000);

  it('an edit made offline is kept, and reaches the other browser once back online', async () => {
    const [a, b] = [await browser('editor'), await browser('editor')];
    await Promise.all([connect(a), connect(b)]);
    const id = `p-offline-${sync.count()}`;
    await as(a, () => saveProject(makeProject({ id, acronym: 'FIRST' })));
    await eventually(async () => expect(await acronymIn(b, id)).toBe('FIRST'));

    await disconnect(b);
    const inB = (await as(b, () => getProject(id)))!;
    await as(b, () => saveProject({ ...inB, acronym: 'OFFLINE-EDIT' }));
    expect(await b.db.syncOutbox.get(`project:${id}`)).toBeDefined();
    await connect(b);
    await eventually(async () => expect(await acronymIn(a, id)).toBe('OFFLINE-EDIT'));
  }, 30_000);

  it('a concurrent edit is kept as a conflict on both sides, and its resolution reaches both', async () => {
    const [a, b] = [await browser('editor'), await browser('editor')];
    await Promise.all([connect(a), connect(b)]);
    const id = `p-conflict-${sync.count()}`;
    await as(a, () => saveProject(makeProject({ id, acronym: 'BASE' })));
    await eventually(async () => expect(await acronymIn(b, id)).toBe('BASE'));

    await Promise.all([disconnect(a), disconnect(b)]);
    await as(a, async () => saveProject({ ...(await getProject(id))!, acronym: 'FROM-A' }));
    await as(b, async () => saveProject({ ...(await getProject(id))!, acronym: 'FROM-B' }));
    await connect(a);
    await eventually(async () => expect(a.status?.state).toBe('synced'));
    await connect(b);
    const docId = `project:${id}`;
    for (const who of [a, b]) await eventually(async () => expect((await who.db.syncConflicts.get(docId))?.others).toHaveLength(1));
    const shown = await acronymIn(a, id);
    await eventually(async () => expect(await acronymIn(b, id)).toBe(shown));

    const conflict = (await a.db.syncConflicts.get(docId))!;
    await as(a, async () => saveProject({ ...(await getProject(id))!, acronym: 'CHOSEN' }));
    await dropOtherVersions(a.db, a.sync!.replica, docId, conflict.others);
    for (const who of [a, b]) {
      await eventually(async () => expect(await acronymIn(who, id)).toBe('CHOSEN'));
      await eventually(async () => expect(await who.db.syncConflicts.count()).toBe(0));
    }
  }, 45_000);
});

describe('a conflict resolved field by field', () => {
  it('two colleagues edit one project apart: both versions are kept, and the combination chosen in one reaches the other, leaving one version on both', async () => {
    const [a, b] = [await browser('editor'), await browser('editor')];
    await Promise.all([connect(a), connect(b)]);
    const id = `p-combine-${sync.count()}`;
    await as(a, () => saveProject(makeProject({ id, acronym: 'BASE' })));
    await eventually(async () => expect(await acronymIn(b, id)).toBe('BASE'));

    await Promise.all([disconnect(a), disconnect(b)]);
    await as(a, async () => {
      const p = (await getProject(id))!;
      return saveProject({ ...p, acronym: 'FROM-A', notes: { ...p.notes, en: 'Notes from A' } });
    });
    await as(b, async () => {
      const p = (await getProject(id))!;
      return saveProject({ ...p, acronym: 'FROM-B', title: { ...p.title, en: 'Title from B' } });
    });
    await Promise.all([connect(a), connect(b)]);
    const docId = `project:${id}`;
    for (const who of [a, b]) await eventually(async () => expect((await who.db.syncConflicts.get(docId))?.others).toHaveLength(1));

    // B compares the two versions and keeps the other version's acronym, and each colleague's own field.
    const read = await as(b, () => projectVersions(b.sync!.replica, id));
    if (!read.ok) throw new Error(read.reason);
    const versions = read.versions.map((version) => version.record);
    expect(new Set(versions.map((version) => version.acronym))).toEqual(new Set(['FROM-A', 'FROM-B']));
    const differences = compareVersions(versions);
    expect(differences.map((difference) => difference.field).sort()).toEqual(['acronym', 'notes.en', 'title.en']);
    const edited = (field: string, value: string) => differences.find((difference) => difference.field === field)!.values.indexOf(value);
    const choice = { acronym: 1, 'title.en': edited('title.en', 'Title from B'), 'notes.en': edited('notes.en', 'Notes from A') };
    const kept = versions[1]!.acronym;
    await as(b, () =>
      resolveProject(b.sync!.replica, {
        shown: versions[0]!,
        combined: combineVersions(versions, choice),
        others: read.versions.slice(1).map((version) => version.rev),
        note: { author: 'editor', resolution: { versions: 2, kept: keptFields(versions, choice) } },
      }),
    );

    for (const who of [a, b]) {
      await eventually(async () => {
        const project = await as(who, () => getProject(id));
        expect([project?.acronym, project?.title.en, project?.notes.en]).toEqual([kept, 'Title from B', 'Notes from A']);
        expect(await who.db.syncConflicts.count()).toBe(0);
        expect((await who.sync!.replica.get(docId, { conflicts: true }))._conflicts ?? []).toEqual([]);
      });
    }
    // The history in A says who resolved it and which version of each field was kept.
    await eventually(async () => {
      const [latest] = await as(a, () => listHistory(id));
      expect(latest).toMatchObject({ author: 'editor', resolution: { versions: 2, kept: expect.arrayContaining([{ field: 'acronym', version: 1 }]) } });
    });
  }, 45_000);
});

describe('a conflict in the directory', () => {
  it('an organisation renamed apart in two browsers: keeping the other version whole leaves it on both', async () => {
    const [a, b] = [await browser('editor'), await browser('editor')];
    await Promise.all([connect(a), connect(b)]);
    const id = `org-conflict-${sync.count()}`;
    await as(a, () => putPortfolio({ organisations: [makeOrganisation({ id, name: 'Base' })], programmes: [], projects: [] }, { mode: 'merge' }));
    await eventually(async () => expect((await b.db.organisations.get(id))?.name).toBe('Base'));

    await Promise.all([disconnect(a), disconnect(b)]);
    await as(a, async () => updateOrganisation({ ...(await a.db.organisations.get(id))!, name: 'Named in A' }));
    await as(b, async () => updateOrganisation({ ...(await b.db.organisations.get(id))!, name: 'Named in B' }));
    await Promise.all([connect(a), connect(b)]);
    const docId = `organisation:${id}`;
    for (const who of [a, b]) await eventually(async () => expect((await who.db.syncConflicts.get(docId))?.others).toHaveLength(1));

    const read = await as(a, () => directoryVersions(a.sync!.replica, docId));
    if (!read.ok) throw new Error(read.reason);
    const kept = (read.versions[1]!.record as { name: string }).name;
    expect(['Named in A', 'Named in B']).toContain(kept);
    expect((read.versions[0]!.record as { name: string }).name).not.toBe(kept);
    await as(a, () => keepDirectoryVersion(a.sync!.replica, docId, 1));
    for (const who of [a, b]) {
      await eventually(async () => {
        expect((await who.db.organisations.get(id))?.name).toBe(kept);
        expect(await who.db.syncConflicts.count()).toBe(0);
        expect((await who.sync!.replica.get(docId, { conflicts: true }))._conflicts ?? []).toEqual([]);
      });
    }
  }, 45_000);
});

describe('a reader', () => {
  it('receives everything, and the server refuses its writes', async () => {
    const [editor, reader] = [await browser('editor'), await browser('reader')];
    await Promise.all([connect(editor), connect(reader)]);
    const id = `p-reader-${sync.count()}`;
    await as(editor, () => saveProject(makeProject({ id, acronym: 'SHARED' })));
    await eventually(async () => expect(await acronymIn(reader, id)).toBe('SHARED'));

    await as(reader, async () => saveProject({ ...(await getProject(id))!, acronym: 'READER-EDIT' }));
    await eventually(async () => expect(reader.status?.state).toBe('denied'));
    expect(reader.status?.reason).toMatch(/editor/i);
    expect(await acronymIn(editor, id)).toBe('SHARED');
  }, 30_000);
});

describe('at scale', () => {
  it('1,000 projects from one browser converge in an empty one', async () => {
    const a = await browser('editor');
    const projects = Array.from({ length: 1000 }, (_, i) => makeProject({ id: `p-bulk-${sync.count()}-${i}`, acronym: `B${i}` }));
    await as(a, () => putPortfolio({ organisations: [], programmes: [], projects }, { mode: 'merge' }));
    await connect(a);
    await eventually(async () => expect(a.status?.state).toBe('synced'), 60_000);
    const b = await browser('editor');
    const started = performance.now();
    await connect(b);
    await eventually(async () => expect(await b.db.projects.where('id').startsWith(`p-bulk-${sync.count() - 1}-`).count()).toBe(1000), 60_000);
    console.log(`[sync] 1,000 projects into an empty browser in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 120_000);
});

describe('an empty browser\'s first pull', () => {
  it('is not read back: its push asks the server about none of the received records, and still sends what this browser held', async () => {
    const a = await browser('editor');
    const projects = Array.from({ length: 200 }, (_, i) => makeProject({ id: `p-first-${sync.count()}-${i}`, acronym: `F${i}` }));
    await as(a, () => putPortfolio({ organisations: [], programmes: [], projects }, { mode: 'merge' }));
    await connect(a);
    await eventually(async () => expect(a.status?.state).toBe('synced'), 60_000);

    const b = await browser('editor');
    // B holds a project of its own, waiting in its outbox, before it connects.
    const own = makeProject({ id: `p-own-${sync.count()}`, acronym: 'OWN' });
    await as(b, () => saveProject(own));
    // Every id B's replication asks the server about (`_revs_diff`, the push's question).
    const asked: string[] = [];
    const signedIn = b.fetch;
    b.fetch = async (url, init) => {
      if (String(url).includes('/_revs_diff') && typeof init?.body === 'string') asked.push(...Object.keys(JSON.parse(init.body) as object));
      return signedIn(url, init);
    };
    await connect(b);
    await eventually(async () => expect(await b.db.projects.where('id').startsWith(`p-first-${sync.count() - 1}-`).count()).toBe(200), 60_000);
    await eventually(async () => expect(await acronymIn(a, own.id)).toBe('OWN'));
    await eventually(async () => expect(b.status?.state).toBe('synced'));
    expect(asked.filter((id) => id.startsWith('project:p-first-'))).toEqual([]);
    // The pull said how far it was, page by page, up to every record the server held.
    const received = b.statuses.flatMap((status) => (status.receiving ? [status.receiving] : []));
    expect(received.length).toBeGreaterThan(0);
    // From 0% as soon as the server's count is known, before the first page is stored.
    expect(received[0]?.done).toBe(0);
    expect(received.map((r) => r.done)).toEqual([...received.map((r) => r.done)].sort((x, y) => x - y));
    expect(received.at(-1)?.done).toBe(received.at(-1)?.total);
    expect(received.at(-1)?.total).toBeGreaterThanOrEqual(200);
    expect(b.status?.receiving).toBeUndefined();
    expect(asked).toContain(`project:${own.id}`);
  }, 120_000);
});

describe('an empty browser\'s first pull, with conflicts on the server', () => {
  it('copies each batch as it arrives, not read back from the replica; a conflict, an edit against a deletion and a deletion arrive as the others see them', async () => {
    const [a, b] = [await browser('editor'), await browser('editor')];
    const run = sync.count();
    const others = Array.from({ length: 40 }, (_, i) => makeProject({ id: `p-pulled-${run}-${i}`, acronym: `P${i}` }));
    const [edited, deletedApart, gone] = ['edited', 'deleted-apart', 'gone'].map((name) => makeProject({ id: `p-${name}-${run}`, acronym: 'BASE' })) as [Project, Project, Project];
    await as(a, () => putPortfolio({ organisations: [], programmes: [], projects: [...others, edited, deletedApart, gone] }, { mode: 'merge' }));
    await Promise.all([connect(a), connect(b)]);
    await eventually(async () => expect(await acronymIn(b, gone.id)).toBe('BASE'), 30_000);
    await eventually(async () => expect(await acronymIn(b, deletedApart.id)).toBe('BASE'));
    await as(a, () => deleteProject(gone.id));
    await eventually(async () => expect(await as(b, () => getProject(gone.id))).toBeNull());

    // Apart: both edit one project; A deletes another, which B edits.
    await Promise.all([disconnect(a), disconnect(b)]);
    await as(a, async () => saveProject({ ...(await getProject(edited.id))!, acronym: 'FROM-A' }));
    await as(b, async () => saveProject({ ...(await getProject(edited.id))!, acronym: 'FROM-B' }));
    await as(a, () => deleteProject(deletedApart.id));
    await as(b, async () => saveProject({ ...(await getProject(deletedApart.id))!, acronym: 'KEPT-BY-B' }));
    await connect(a);
    await eventually(async () => expect(a.status?.state).toBe('synced'));
    await connect(b);
    await eventually(async () => expect(b.status?.state).toBe('synced'));
    await eventually(async () => expect((await a.db.syncConflicts.get(`project:${edited.id}`))?.others).toHaveLength(1));
    await eventually(async () => expect((await a.db.syncConflicts.get(`project:${deletedApart.id}`))?.deleted).toHaveLength(1));

    // C, empty, connects; every read of its replica's changes feed with the records in it is noted.
    const c = await browser('editor');
    const PouchDB = await loadPouch();
    const feedReads = vi.spyOn(PouchDB.prototype as Replica, 'changes');
    try {
      await connect(c);
      await eventually(async () => expect(c.status?.state).toBe('synced'), 30_000);
      for (const project of others) expect(await acronymIn(c, project.id)).toBe(project.acronym);
      expect(await as(c, () => getProject(gone.id))).toBeNull();
      expect(await acronymIn(c, edited.id)).toBe(await acronymIn(a, edited.id));
      expect(await acronymIn(c, deletedApart.id)).toBe('KEPT-BY-B');
      expect(await c.db.syncConflicts.get(`project:${edited.id}`)).toEqual(await a.db.syncConflicts.get(`project:${edited.id}`));
      expect(await c.db.syncConflicts.get(`project:${deletedApart.id}`)).toEqual(await a.db.syncConflicts.get(`project:${deletedApart.id}`));
      // The bridge read the feed only from where the first pull ended, never from the start.
      const reads = feedReads.mock.calls
        .map(([options], index) => ({ options, replica: (feedReads.mock.contexts[index] as Replica).name }))
        .filter(({ options, replica }) => replica === `${c.name}-replica` && 'include_docs' in options && options.include_docs);
      expect(reads.length).toBeGreaterThan(0);
      const { update_seq: seq } = await c.sync!.replica.info();
      expect(reads.every(({ options }) => options.since !== 0)).toBe(true);
      expect((await c.db.settings.get(SEQ_KEY))?.value).toBe(seq);
    } finally {
      feedReads.mockRestore();
    }
  }, 90_000);
});

describe('an empty browser\'s first pull, while a colleague edits', () => {
  it('a record changed on the server after the pull has read it arrives in its latest version, with the server\'s history and no conflict', async () => {
    const a = await browser('editor');
    const run = sync.count();
    // More than one page of the first pull (INITIAL_BATCH), whatever else the server holds.
    const projects = Array.from({ length: INITIAL_BATCH + 100 }, (_, i) => makeProject({ id: `p-moving-${run}-${i}`, acronym: `M${i}` }));
    await as(a, () => putPortfolio({ organisations: [], programmes: [], projects }, { mode: 'merge' }));
    await connect(a);
    await eventually(async () => expect(a.status?.state).toBe('synced'), 30_000);

    // B reads the server's first page of changes; before B gets it, a colleague edits a
    // project on that page, which moves the project to the end of the server's feed: B's pull
    // meets it a second time, on a later page.
    const b = await browser('editor');
    const database = `${serverAddress(sync.url())}${SHARED_DATABASE}`;
    let moved: string | null = null;
    const signedIn = b.fetch;
    b.fetch = async (url, init) => {
      const response = await signedIn(url, init);
      if (moved !== null || !/\/_changes\?/.test(String(url)) || !String(url).includes('include_docs=true')) return response;
      const text = await response.text();
      const first = (JSON.parse(text) as { results: { id: string; deleted?: boolean; changes: unknown[] }[] }).results.find(
        (change) => change.id.startsWith('project:') && !change.deleted && change.changes.length === 1,
      );
      if (!first) throw new Error('the first page holds no project');
      moved = first.id;
      const doc = (await (await a.fetch(`${database}/${encodeURIComponent(first.id)}`, {})).json()) as { data: { acronym: string } };
      doc.data.acronym = 'MOVED';
      const put = await a.fetch(`${database}/${encodeURIComponent(first.id)}`, { method: 'PUT', body: JSON.stringify(doc), headers: { 'Content-Type': 'application/json' } });
      if (!put.ok) throw new Error(`the colleague's edit was refused: ${put.status} ${await put.text()}`);
      return new Response(text, { status: response.status, headers: response.headers });
    };
    await connect(b);
    await eventually(async () => expect(b.status?.state).toBe('synced'), 60_000);
    expect(moved).not.toBeNull();
    const id = moved as unknown as string;
    const [key] = id.split(':').slice(1);
    const server = (await (await a.fetch(`${database}/${encodeURIComponent(id)}?revs=true`, {})).json()) as { _rev: string; _revisions: { ids: string[] } };
    const there = await b.sync!.replica.get(id, { conflicts: true, revs: true });
    expect(there._rev).toBe(server._rev);
    expect(there._conflicts).toBeUndefined();
    expect((there._revisions as { ids: string[] }).ids).toEqual(server._revisions.ids);
    expect((await as(b, () => getProject(key!)))?.acronym).toBe('MOVED');
    expect(await b.db.syncConflicts.get(id)).toBeUndefined();
    for (const project of projects) if (`project:${project.id}` !== id) expect(await acronymIn(b, project.id)).toBe(project.acronym);
  }, 90_000);
});

describe('a first connection when both sides hold records', () => {
  it('tells how they overlap; "use the server\'s" sets this browser\'s records aside in a safety backup, and sends none of them', async () => {
    const a = await browser('editor');
    await connect(a);
    const shared = `p-first-${sync.count()}`;
    await as(a, () => saveProject(makeProject({ id: shared, acronym: 'FROM-A' })));
    await eventually(async () => expect(a.status).toMatchObject({ state: 'synced', waiting: 0 }));

    // B worked alone: a project of its own, and one with the same id as A's but other content.
    const b = await browser('editor');
    const own = `p-own-${sync.count()}`;
    setSharing(false);
    try {
      await as(b, () => saveProject(makeProject({ id: own, acronym: 'ONLY-B' })));
      await as(b, () => saveProject(makeProject({ id: shared, acronym: 'B-VERSION' })));
      const overlap = await compareWithServer(b.db, sync.url(), b.fetch);
      expect(overlap?.here.projects).toBe(2);
      expect(overlap?.projectsOnBoth).toBe(1);
      expect(overlap?.there.projects).toBeGreaterThanOrEqual(1);
      await as(b, () => setAsideLocalPortfolio());
    } finally {
      setSharing(true);
    }
    expect(await b.db.projects.count()).toBe(0);
    expect(await b.db.syncOutbox.count()).toBe(0);
    const [safety] = await as(b, () => listSafetyBackups());
    expect(safety?.counts.projects).toBe(2);

    await connect(b);
    await eventually(async () => expect(await acronymIn(b, shared)).toBe('FROM-A'));
    await eventually(async () => expect(b.status).toMatchObject({ state: 'synced', waiting: 0 }));
    expect(await as(b, () => getProject(own))).toBeNull();
    expect(await acronymIn(a, own)).toBeUndefined();
  }, 30_000);

  it('asks nothing when this browser has no projects of its own', async () => {
    const b = await browser('editor');
    expect(await compareWithServer(b.db, sync.url(), b.fetch)).toBeNull();
  });
});
