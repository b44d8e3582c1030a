// Tests' storage: each test on its own fresh database (real Dexie over fake-indexeddb), deleted
// after it; and a database written by the first schema, to test the upgrades on.
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { PortfolioDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, setDatabase } from '../db/database';

let counter = 0;

/** A fresh, empty database, the app's from now on; returns a cleanup function that deletes it. */
export function freshDatabase(): { db: PortfolioDatabase; cleanup: () => Promise<void> } {
  counter += 1;
  const db = new PortfolioDatabase(`test-${counter}-${Date.now()}`);
  setDatabase(db);
  return { db, cleanup: () => deleteDatabase(db) };
}

async function deleteDatabase(db: PortfolioDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

let current: PortfolioDatabase | null = null;

/**
 * Every test of the file on its own fresh database, filled by `seed` before the test and deleted
 * after it. Returns the running test's database, for tests that close or reopen it.
 */
export function freshDatabaseEachTest(seed?: () => Promise<unknown>): () => PortfolioDatabase {
  beforeEach(async () => {
    current = freshDatabase().db;
    await seed?.();
  });
  afterEach(async () => {
    if (current) await deleteDatabase(current);
    current = null;
  });
  return () => {
    if (!current) throw new Error('The database exists only while a test runs.');
    return current;
  };
}

/** The stores of each earlier schema version, from version 1. */
const earlierSchemas = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5];

/**
 * Replaces the running test's database by one that schema `version` wrote, holding `tables`,
 * then opens it as this build does: the upgrades run. Returns the opened database.
 */
export async function upgradedFrom(version: number, tables: Record<string, readonly unknown[]>): Promise<PortfolioDatabase> {
  if (!current) throw new Error('The database exists only while a test runs.');
  const name = current.name;
  await deleteDatabase(current);
  const old = new Dexie(name);
  earlierSchemas.slice(0, version).forEach((stores, index) => old.version(index + 1).stores(stores));
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut([...rows]);
  old.close();
  current = new PortfolioDatabase(name);
  setDatabase(current);
  await current.open();
  return current;
}
