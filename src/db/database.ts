// The IndexedDB database. Only the repositories in src/db import this module.
//
// Schema history (never edit an old version; add a new one with an upgrade):
//   v1  projects, organisations, programmes, settings
//   v2  projects gain a multi-entry index of the calendar years they are active in
//       (`activeYears`), so "year active" filters are an index lookup.
//   v3  a history table: one entry per change to a project (no upgrade needed: it starts empty).
//   v4  safety backups taken before a restore: `backups` holds what the list shows, `backupTexts`
//       the backup file's text (apart, so listing them does not read megabytes). Start empty.
//   v5  `projectOverviews`: a compact copy of what the list, timeline and dashboard read of each
//       project (see overviews.ts, which keeps it in step with `projects`). Filled from the
//       projects on upgrade.
//   v6  no new table: the change mark (changeMark.ts) is written on upgrade. The new version
//       also closes the database to tabs still running an earlier build, whose writes would not
//       move the mark.
//   v7  sharing (docs/sync.md): `syncOutbox`, the ids of shared records changed here and not yet
//       sent; `syncConflicts`, the records the server holds in more than one version; `syncRevs`,
//       the server revision each record here is based on. They start empty and are per browser:
//       none is in a backup.
//
// A tab whose build declares an older version than the one stored becomes "outdated" and
// stops reading and writing (see refuseNewerVersions below).
import Dexie, { type Table } from 'dexie';
import type { HistoryEntry, Organisation, Programme, Project } from '../domain/schema';
import { activeYears } from '../domain/status';
import { projectOverview } from '../domain/overview';
import { encodeOverview, type OverviewRow } from './overviewRows';
import { CHANGE_MARK_KEY, changeMarkMiddleware, MARK_STORE, type ChangeMarkRow } from './changeMark';
import { OVERVIEWS, overviewsMiddleware } from './overviews';
import { CONFLICTS, REVS, type ConflictRow, type RevRow } from './sync/conflicts';
import { OUTBOX, outboxMiddleware, type OutboxRow } from './sync/outbox';

/** A project as stored: the domain record plus fields derived for indexes. */
export type ProjectRow = Project & { activeYears: number[] };

export type SettingsRow = { key: string; value: unknown };

/** A safety backup, as listed: the file's text is in `backupTexts` under the same id. */
export type SafetyBackupRow = {
  id: string;
  at: string;
  reason: 'before-restore';
  counts: { organisations: number; programmes: number; projects: number; history: number };
  bytes: number;
};
/**
 * The file's text: a Blob of its UTF-8 bytes (storing a string of tens of megabytes costs the
 * page about twice as long), or a string in safety backups saved by earlier builds.
 */
export type SafetyBackupTextRow = { id: string; text: Blob | string };

export const DATABASE_NAME = 'eu-projects-portfolio';

export const SCHEMA_V1 = {
  projects: 'id, acronym, councilRole, programmeId, period.start, period.end, updatedAt',
  organisations: 'id, name, country',
  programmes: 'id',
  settings: 'key',
} as const;

export const SCHEMA_V2 = {
  projects: 'id, acronym, councilRole, programmeId, period.start, period.end, updatedAt, *activeYears',
} as const;

export const SCHEMA_V3 = {
  history: 'id, projectId, at, [projectId+at]',
} as const;

export const SCHEMA_V4 = {
  backups: 'id, at',
  backupTexts: 'id',
} as const;

export const SCHEMA_V5 = {
  [OVERVIEWS]: 'id, start',
} as const;

export const SCHEMA_V7 = {
  [OUTBOX]: 'id',
  [CONFLICTS]: 'id',
  [REVS]: 'id',
} as const;

export class PortfolioDatabase extends Dexie {
  projects!: Table<ProjectRow, string>;
  organisations!: Table<Organisation, string>;
  programmes!: Table<Programme, string>;
  settings!: Table<SettingsRow, string>;
  history!: Table<HistoryEntry, string>;
  backups!: Table<SafetyBackupRow, string>;
  backupTexts!: Table<SafetyBackupTextRow, string>;
  projectOverviews!: Table<OverviewRow, string>;
  syncOutbox!: Table<OutboxRow, string>;
  syncConflicts!: Table<ConflictRow, string>;
  syncRevs!: Table<RevRow, string>;
  /** Set once the stored database turned out newer than this build: see refuseNewerVersions. */
  outdated = false;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a write is reported done only once it is on disk,
    // so "saved" never means "maybe saved".
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table('projects')
          .toCollection()
          .modify((row: ProjectRow) => {
            row.activeYears = activeYears(row.period);
          }),
      );
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        const projects: ProjectRow[] = await tx.table('projects').toArray();
        await tx.table(OVERVIEWS).bulkPut(projects.map((row) => encodeOverview(projectOverview(row))));
      });
    this.version(6)
      .stores({})
      .upgrade((tx) => tx.table(MARK_STORE).put({ key: CHANGE_MARK_KEY, value: crypto.randomUUID() } satisfies ChangeMarkRow));
    this.version(7).stores(SCHEMA_V7);
    this.use(overviewsMiddleware);
    this.use(outboxMiddleware);
    this.use(changeMarkMiddleware);
    refuseNewerVersions(this);
  }
}

/** Whether a native IndexedDB version belongs to a later build than this one (Dexie stores version × 10). */
function isNewerThan(db: PortfolioDatabase, nativeVersion: number | null): boolean {
  // Dexie adds 1 to the native version when it patches a schema that drifted from its declared
  // one: that is still the same build's version, so only the tens count.
  return nativeVersion !== null && Math.floor(nativeVersion / 10) > db.verno;
}

/**
 * A tab running an older build must not write to a database a newer build has upgraded: its
 * writes would miss whatever the newer schema keeps alongside (as v5's overviews and v6's change
 * mark did for the builds before them). Dexie's own answers would let it: on another page's
 * upgrade it closes the connection and silently reopens it at the next operation, and it opens a
 * database newer than declared by adapting to it. Instead the tab becomes outdated: the
 * connection is closed for good, so the upgrade can go on and nothing of this tab reaches the
 * database again, and the repositories answer with StorageError 'outdated' (errors.ts).
 */
function refuseNewerVersions(db: PortfolioDatabase): void {
  db.on('versionchange', (event) => {
    // A deletion (newVersion null), or a schema patch by the same build: Dexie's default.
    if (!isNewerThan(db, event.newVersion)) return;
    becomeOutdated(db);
    db.close({ disableAutoOpen: true });
    return false; // stops Dexie's default handler, which would allow reopening
  });
  db.on(
    'ready',
    () => {
      if (!isNewerThan(db, db.backendDB().version)) return;
      becomeOutdated(db);
      // Fails the open: Dexie closes the connection, and every operation after it fails too.
      throw new Dexie.DatabaseClosedError(`database ${db.name} is at version ${db.backendDB().version / 10}, newer than this build's ${db.verno}`);
    },
    true, // on every open, not only the first
  );
}

const outdatedListeners = new Set<() => void>();

function becomeOutdated(db: PortfolioDatabase): void {
  if (db.outdated) return;
  db.outdated = true;
  if (db === instance) for (const listener of outdatedListeners) listener();
}

let instance: PortfolioDatabase | null = null;

/** The app's one database connection. Tests may swap it with `setDatabase`. */
export function getDatabase(): PortfolioDatabase {
  instance ??= new PortfolioDatabase();
  return instance;
}

export function setDatabase(db: PortfolioDatabase): void {
  instance = db;
}

/** Whether this tab's build is older than the database stored in this browser; it then neither reads nor writes. */
export function isOutdated(): boolean {
  return getDatabase().outdated;
}

/** Call `listener` when this tab becomes outdated. Returns the unsubscribe function. */
export function onOutdated(listener: () => void): () => void {
  outdatedListeners.add(listener);
  return () => outdatedListeners.delete(listener);
}
