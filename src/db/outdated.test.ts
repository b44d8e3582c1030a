// A tab whose build is older than the stored database: real Dexie over fake-indexeddb, and the
// newer version opened by a raw second connection, as another page running a later build would.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeProject } from '../test/factories';
import { PortfolioDatabase, setDatabase } from './database';
import { StorageError } from './errors';
import { getProject, isOutdated, listProjects, onOutdated, saveProject, subscribeToChanges, updateSettings, type StoredTable } from './portfolioRepository';

let db: PortfolioDatabase;
let dbName: string;
let counter = 0;
const opened: IDBDatabase[] = [];

/** This build's native IndexedDB version (Dexie stores version × 10). */
const OUR_NATIVE_VERSION = 70;
const NEWER_NATIVE_VERSION = OUR_NATIVE_VERSION + 10;

/** Open the database as a later build would: a higher version, with an upgrade of its own. */
function openNewerVersion(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, NEWER_NATIVE_VERSION);
    request.onupgradeneeded = () => request.result.createObjectStore('addedByNewerBuild', { keyPath: 'id' });
    request.onsuccess = () => {
      opened.push(request.result);
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the upgrade was blocked by the old connection'));
  });
}

/** A stored project read straight from IndexedDB, past Dexie and the repositories. */
function readRaw(connection: IDBDatabase, store: string, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = connection.transaction(store, 'readonly').objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function countRaw(connection: IDBDatabase, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = connection.transaction(store, 'readonly').objectStore(store).count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => {
  counter += 1;
  dbName = `outdated-test-${counter}-${Date.now()}`;
  db = new PortfolioDatabase(dbName);
  setDatabase(db);
});

afterEach(async () => {
  for (const connection of opened.splice(0)) connection.close();
  db.close();
  await Dexie.delete(dbName);
});

describe('a newer version opened while this tab runs', () => {
  it('makes the tab outdated: the save is refused, nothing is written, and the tab is told once', async () => {
    const saved = await saveProject(makeProject({ acronym: 'BEFORE' }));
    let told = 0;
    const unsubscribe = onOutdated(() => (told += 1));

    const newer = await openNewerVersion();
    expect(newer.version).toBe(NEWER_NATIVE_VERSION);
    expect(isOutdated()).toBe(true);
    expect(told).toBe(1);

    const error = await saveProject({ ...saved, acronym: 'AFTER' }, { expected: saved }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('outdated');
    await expect(updateSettings({ sampleNoticeDismissed: true })).rejects.toMatchObject({ kind: 'outdated' });
    // Reads are refused too: the old build cannot be sure what the newer schema means.
    await expect(getProject(saved.id)).rejects.toMatchObject({ kind: 'outdated' });

    // Dexie did not reopen the connection behind the refusal.
    expect(db.isOpen()).toBe(false);
    expect(newer.version).toBe(NEWER_NATIVE_VERSION);
    expect(await readRaw(newer, 'projects', saved.id)).toMatchObject({ acronym: 'BEFORE', revision: saved.revision });
    expect(await countRaw(newer, 'history')).toBe(1);
    expect(told).toBe(1);
    unsubscribe();
  });

  it('stops refetching on other tabs\' changes, so screens keep what they show', async () => {
    await saveProject(makeProject());
    const seen: StoredTable[][] = [];
    const unsubscribe = subscribeToChanges((tables) => seen.push(tables));
    // What Dexie relays when another tab writes projects.
    const anotherTabWrote = () => Dexie.on('storagemutated').fire({ [`idb://${dbName}/projects/`]: {} });
    anotherTabWrote();
    expect(seen).toEqual([['projects']]);

    await openNewerVersion();
    anotherTabWrote();
    expect(seen).toEqual([['projects']]);
    unsubscribe();
  });

  it('a deletion by another page is not a newer version: the tab carries on', async () => {
    await saveProject(makeProject());
    await Dexie.delete(dbName);
    expect(isOutdated()).toBe(false);
    await saveProject(makeProject({ id: 'p-2' }));
    expect((await listProjects()).map((p) => p.id)).toEqual(['p-2']);
  });
});

describe('a database already newer than this build', () => {
  it('is outdated from the first operation: reads and writes are refused and the stored version stays', async () => {
    const saved = await saveProject(makeProject({ acronym: 'BEFORE' }));
    db.close();
    (await openNewerVersion()).close();
    opened.length = 0;

    db = new PortfolioDatabase(dbName);
    setDatabase(db);
    await expect(listProjects()).rejects.toMatchObject({ kind: 'outdated' });
    expect(isOutdated()).toBe(true);
    await expect(saveProject({ ...saved, acronym: 'AFTER' })).rejects.toMatchObject({ kind: 'outdated' });
    expect(db.isOpen()).toBe(false);

    // Open it again as the newer build: one version, the project as it was.
    const newer = await openNewerVersion();
    expect(newer.version).toBe(NEWER_NATIVE_VERSION);
    expect(await readRaw(newer, 'projects', saved.id)).toMatchObject({ acronym: 'BEFORE', revision: saved.revision });
    expect(await countRaw(newer, 'history')).toBe(1);
  });
});
