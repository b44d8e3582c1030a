// The bridge between Dexie and PouchDB's replica: real Dexie and real PouchDB, both over
// fake-indexeddb. Two browsers ("A" and "B") each have their database and replica; their
// replicas replicate with each other directly here (server.test.ts puts the real server between
// them), which is the same protocol PouchDB speaks with CouchDB.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeOrganisation, makeProject } from '../../test/factories';
import { PortfolioDatabase, setDatabase } from '../database';
import { deleteProject, getProject, getSettings, listHistory, loadSamplePortfolio, saveProject, updateSettings } from '../portfolioRepository';
import { HOME_ORGANISATION_ID, PROGRAMME_IDS, samplePortfolio } from '../../domain/sample';
import { conflictVersions, dropOtherVersions, pullChanges, pushOutbox } from './bridge';
import { setReadOnly, setSharing, SHARING_LEFT_KEY } from './outbox';
import { loadPouch, type PouchConstructor, type Replica } from './pouch';
import { createOrganisation } from '../directoryRepository';

// PouchDB's browser build reads `self` and `navigator`, which Node 20 does not have.
globalThis.self ??= globalThis as typeof globalThis & Window;
globalThis.navigator ??= { userAgent: 'node' } as Navigator;

type Browser = { db: PortfolioDatabase; replica: Replica };
let PouchDB: PouchConstructor;
let a: Browser;
let b: Browser;
let counter = 0;

async function browser(name: string): Promise<Browser> {
  PouchDB ??= await loadPouch();
  return { db: new PortfolioDatabase(`${name}-db`), replica: new PouchDB(`${name}-replica`) };
}

/** Run something as the app in this browser does: through the repositories. */
async function as<T>(who: Browser, work: () => Promise<T>): Promise<T> {
  setDatabase(who.db);
  return work();
}

/** A project as this browser's screens see it. */
async function projectIn(who: Browser, id: string) {
  const project = await as(who, () => getProject(id));
  if (!project) throw new Error(`${id} is not in ${who.db.name}`);
  return project;
}

/** One bridge round in one browser: send the outbox, then apply what arrived. */
async function bridge(who: Browser) {
  while ((await pushOutbox(who.db, who.replica)).settled > 0);
  const problems = [];
  for (;;) {
    const pulled = await pullChanges(who.db, who.replica);
    problems.push(...pulled.problems);
    if (!pulled.more) break;
  }
  return problems;
}

/** Both browsers send, the replicas replicate both ways, and both apply. */
async function exchange() {
  await bridge(a);
  await bridge(b);
  await a.replica.replicate.to(b.replica);
  await a.replica.replicate.from(b.replica);
  return [await bridge(a), await bridge(b)] as const;
}

beforeEach(async () => {
  counter += 1;
  setSharing(true);
  a = await browser(`sync-a-${counter}`);
  b = await browser(`sync-b-${counter}`);
});

afterEach(async () => {
  setSharing(null);
  for (const who of [a, b].filter(Boolean)) {
    who.db.close();
    await Dexie.delete(who.db.name);
    await who.replica.destroy();
  }
});

describe('changes flow between two browsers', () => {
  it('a project created in A appears in B, with its history and its overview', async () => {
    await as(a, () => saveProject(makeProject({ id: 'p-1', acronym: 'WIR' })));
    await exchange();
    const project = await b.db.projects.get('p-1');
    expect(project?.acronym).toBe('WIR');
    expect(await b.db.projectOverviews.get('p-1')).toBeDefined();
    expect(await as(b, () => listHistory('p-1'))).toHaveLength(1);
  });

  it('an edit in B reaches A, and a deletion in A reaches B', async () => {
    await as(a, () => saveProject(makeProject({ id: 'p-1', acronym: 'WIR' })));
    await exchange();
    const there = await projectIn(b, 'p-1');
    await as(b, () => saveProject({ ...there, acronym: 'WIR-2' }));
    await exchange();
    expect((await a.db.projects.get('p-1'))?.acronym).toBe('WIR-2');

    await as(a, () => deleteProject('p-1'));
    await exchange();
    expect(await b.db.projects.get('p-1')).toBeUndefined();
    expect(await b.db.projectOverviews.get('p-1')).toBeUndefined();
  });

  it('organisations and the department-wide settings are shared; per-browser settings are not', async () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = makeOrganisation({ name: 'Daugavpils' });
    const home = await as(a, () => createOrganisation(input));
    await as(a, () => updateSettings({ homeOrganisationId: home.id, sampleNoticeDismissed: true }));
    await exchange();
    expect((await b.db.organisations.get(home.id))?.name).toBe('Daugavpils');
    const settings = await as(b, () => getSettings());
    expect(settings.homeOrganisationId).toBe(home.id);
    expect(settings.sampleNoticeDismissed).toBe(false);
  });

  it('what arrives from the other browser is not sent back', async () => {
    await as(a, () => saveProject(makeProject({ id: 'p-1' })));
    await exchange();
    expect(await b.db.syncOutbox.count()).toBe(0);
    const before = (await b.replica.get('project:p-1'))._rev;
    await exchange();
    expect((await b.replica.get('project:p-1'))._rev).toBe(before);
  });
});

describe('the sample portfolio', () => {
  it('stays here, even edited, with its history; a project of the user\'s own beside it is shared', async () => {
    const sample = makeProject({ id: 'p-sample', acronym: 'WIR', origin: 'sample' });
    await as(a, () => saveProject(sample));
    const stored = await projectIn(a, 'p-sample');
    await as(a, () => saveProject({ ...stored, acronym: 'WIR-edited' }, { expected: stored }));
    await as(a, () => saveProject(makeProject({ id: 'p-own', acronym: 'OWN' })));
    await exchange();
    expect(await a.db.syncOutbox.count()).toBe(0);
    expect((await b.db.projects.get('p-own'))?.acronym).toBe('OWN');
    expect(await b.db.projects.get('p-sample')).toBeUndefined();
    const sent = (await a.replica.allDocs({ startkey: 'history:', endkey: 'history:\ufff0' })).rows.length;
    expect(sent).toBe((await as(a, () => listHistory('p-own'))).length);
    expect(await as(a, () => listHistory('p-sample'))).toHaveLength(2);
  });

  it('its organisations and programmes stay here too, unless a project of the user\'s own names one, even later', async () => {
    await as(a, () => loadSamplePortfolio(samplePortfolio));
    await exchange();
    const organisationsIn = async (who: Browser) => new Set((await who.db.organisations.toArray()).map((organisation) => organisation.id));
    // Only the home organisation, which the department-wide settings name, was sent.
    expect(await organisationsIn(b)).toEqual(new Set([HOME_ORGANISATION_ID]));
    expect(await b.db.programmes.count()).toBe(0);
    expect(await a.db.syncOutbox.count()).toBe(0);

    // A project of the user's own names a sample partner and programme: they follow it.
    const [partner, unnamed] = samplePortfolio.organisations.filter((organisation) => organisation.id !== HOME_ORGANISATION_ID);
    await as(a, () =>
      saveProject(makeProject({ id: 'p-own', acronym: 'OWN', programmeId: PROGRAMME_IDS.efc, partners: [{ organisationId: partner!.id, role: 'lead', nameAsWritten: null }] })),
    );
    await exchange();
    await exchange();
    expect((await b.db.projects.get('p-own'))?.acronym).toBe('OWN');
    expect(await organisationsIn(b)).toEqual(new Set([HOME_ORGANISATION_ID, partner!.id]));
    expect((await b.db.programmes.get(PROGRAMME_IDS.efc))?.id).toBe(PROGRAMME_IDS.efc);
    expect(await b.db.organisations.get(unnamed!.id)).toBeUndefined();
    expect(await b.db.projects.count()).toBe(1);
  });
});

describe('nobody’s edit is silently lost', () => {
  it('two edits of one project made apart are both kept, with the same winner on both sides', async () => {
    await as(a, () => saveProject(makeProject({ id: 'p-1', acronym: 'BASE' })));
    await exchange();
    const base = (await projectIn(a, 'p-1'));
    await as(a, () => saveProject({ ...base, acronym: 'FROM-A' }));
    const inB = (await projectIn(b, 'p-1'));
    await as(b, () => saveProject({ ...inB, acronym: 'FROM-B' }));
    await exchange();
    await exchange();

    const winnerA = (await projectIn(a, 'p-1')).acronym;
    const winnerB = (await projectIn(b, 'p-1')).acronym;
    expect(winnerA).toBe(winnerB);
    expect(['FROM-A', 'FROM-B']).toContain(winnerA);

    for (const who of [a, b]) {
      const conflict = await who.db.syncConflicts.get('project:p-1');
      expect(conflict?.others).toHaveLength(1);
      const other = await who.replica.get('project:p-1', { rev: conflict!.others[0] });
      expect((other.data as { acronym: string }).acronym).toBe(winnerA === 'FROM-A' ? 'FROM-B' : 'FROM-A');
    }
  });

  it('a conflict resolved in one browser is resolved in both, with the chosen content', async () => {
    await as(a, () => saveProject(makeProject({ id: 'p-1', acronym: 'BASE' })));
    await exchange();
    await as(a, async () => saveProject({ ...(await projectIn(a, 'p-1')), acronym: 'FROM-A' }));
    await as(b, async () => saveProject({ ...(await projectIn(b, 'p-1')), acronym: 'FROM-B' }));
    await exchange();
    await exchange();
    const versions = await conflictVersions(a.replica, 'project:p-1');
    expect(versions.map((version) => version.read.kind === 'record' && (version.read.shared.record as { acronym: string }).acronym).sort()).toEqual(['FROM-A', 'FROM-B']);

    const conflict = (await a.db.syncConflicts.get('project:p-1'))!;
    await as(a, async () => saveProject({ ...(await projectIn(a, 'p-1')), acronym: 'CHOSEN' }));
    await dropOtherVersions(a.db, a.replica, 'project:p-1', conflict.others);
    await exchange();
    await exchange();
    for (const who of [a, b]) {
      expect((await projectIn(who, 'p-1')).acronym).toBe('CHOSEN');
      expect(await who.db.syncConflicts.count()).toBe(0);
      expect((await who.replica.get('project:p-1', { conflicts: true }))._conflicts ?? []).toEqual([]);
    }
  });

  it('an edit waiting here is not overwritten by a change that arrives meanwhile', async () => {
    await as(a, () => saveProject(makeProject({ id: 'p-1', acronym: 'BASE' })));
    await exchange();
    const inB = (await projectIn(b, 'p-1'));
    await as(b, () => saveProject({ ...inB, acronym: 'UNSENT-B' }));
    const base = (await projectIn(a, 'p-1'));
    await as(a, () => saveProject({ ...base, acronym: 'FROM-A' }));
    await bridge(a);
    await a.replica.replicate.to(b.replica);
    // B pulls before it pushes: its unsent edit must survive in Dexie until it is in the replica.
    await pullChanges(b.db, b.replica);
    expect((await projectIn(b, 'p-1')).acronym).toBe('UNSENT-B');
    await exchange();
    const conflict = await b.db.syncConflicts.get('project:p-1');
    expect(conflict?.others).toHaveLength(1);
  });
});

describe('what arrives is checked at the edge', () => {
  it('an invalid record is reported with its field and not applied', async () => {
    await b.replica.bulkDocs([{ _id: 'project:p-9', type: 'project', schemaVersion: 2, data: { ...makeProject({ id: 'p-9' }), acronym: 42 } }]);
    const problems = await bridge(b);
    expect(problems).toEqual([expect.objectContaining({ id: 'project:p-9', kind: 'invalid', field: 'data.acronym' })]);
    expect(await b.db.projects.get('p-9')).toBeUndefined();
  });

  it('a record from a newer version of the app is neither applied nor overwritten', async () => {
    await as(b, () => saveProject(makeProject({ id: 'p-1', acronym: 'MINE' })));
    await bridge(b);
    const doc = await b.replica.get('project:p-1');
    await b.replica.bulkDocs([{ ...doc, schemaVersion: 99, data: { future: true } }]);
    expect(await bridge(b)).toEqual([expect.objectContaining({ id: 'project:p-1', kind: 'newer' })]);
    const inB = (await projectIn(b, 'p-1'));
    await as(b, () => saveProject({ ...inB, acronym: 'EDITED' }));
    expect((await pushOutbox(b.db, b.replica)).waiting).toBe(1);
    expect((await b.replica.get('project:p-1')).schemaVersion).toBe(99);
  });

  it('documents that are not records (design documents) are left alone', async () => {
    await b.replica.bulkDocs([{ _id: '_design/portfolio-access', validate_doc_update: 'function () {}' }]);
    expect(await bridge(b)).toEqual([]);
  });
});

describe('a browser that does not share', () => {
  it('records nothing to send', async () => {
    setSharing(false);
    await as(a, () => saveProject(makeProject({ id: 'p-1' })));
    expect(await a.db.syncOutbox.count()).toBe(0);
  });

  it('after a disconnect, keeps recording for the server it left, so a deletion made meanwhile reaches it on reconnection', async () => {
    await as(a, () => saveProject(makeProject({ id: 'p-1', acronym: 'BOTH' })));
    await exchange();
    expect(await b.db.projects.get('p-1')).toBeDefined();
    // Disconnected (no sharing configuration), with the server it left remembered.
    const stored = new Map([[SHARING_LEFT_KEY, JSON.stringify({ server: '/couchdb/' })]]);
    vi.stubGlobal('localStorage', { getItem: (key: string) => stored.get(key) ?? null });
    setSharing(null);
    await as(a, () => deleteProject('p-1'));
    expect(await a.db.syncOutbox.get('project:p-1')).toBeDefined();
    // Reconnected to that server: the deletion goes, and does not come back.
    setSharing(true);
    await exchange();
    await exchange();
    expect(await b.db.projects.get('p-1')).toBeUndefined();
    expect(await a.db.projects.get('p-1')).toBeUndefined();
    // Never connected, or connected elsewhere since: nothing is recorded.
    stored.clear();
    setSharing(null);
    await as(a, () => saveProject(makeProject({ id: 'p-2' })));
    expect(await a.db.syncOutbox.get('project:p-2')).toBeUndefined();
    vi.unstubAllGlobals();
  });
});

describe('a reader', () => {
  afterEach(() => setReadOnly(false));

  it('changes nothing here: each write of a shared record is refused at once, with its own kind; what arrives is still applied', async () => {
    await as(a, () => saveProject(makeProject({ id: 'p-1', acronym: 'SHARED' })));
    await exchange();
    setReadOnly(true);
    await expect(as(b, async () => saveProject({ ...(await projectIn(b, 'p-1')), acronym: 'READER' }))).rejects.toMatchObject({ kind: 'read-only' });
    await expect(as(b, () => deleteProject('p-1'))).rejects.toMatchObject({ kind: 'read-only' });
    // Per-browser settings stay writable (the reader may close a notice).
    await expect(as(b, () => updateSettings({ sampleNoticeDismissed: true }))).resolves.toMatchObject({ sampleNoticeDismissed: true });

    setReadOnly(false);
    await as(a, async () => saveProject({ ...(await projectIn(a, 'p-1')), acronym: 'EDITED' }));
    setReadOnly(true);
    await exchange();
    expect((await projectIn(b, 'p-1')).acronym).toBe('EDITED');
  });
});
