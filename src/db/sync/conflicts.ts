// Records the server holds in more than one version (docs/sync.md, "Conflicts").
//
// CouchDB keeps every version of a record two people changed while apart, and picks the same
// winner on every copy. The winner is what the screens show; this per-browser table lists the
// records that also have other versions, so a project can show a conflict badge until a person
// has compared the versions and chosen.

export const CONFLICTS = 'syncConflicts';

export type ConflictRow = {
  /** The document id (`project:<id>`, …). */
  id: string;
  /** The revision shown (the winner). */
  winner: string;
  /** The other versions' revisions, kept by the server until the conflict is resolved. */
  others: string[];
  /**
   * A colleague's deletion that an edit made apart won over (CouchDB keeps it as a deleted
   * version, which never wins over a kept one): its revisions, until someone keeps the record
   * or deletes it after all (deletedConflicts.ts). Absent when there is none.
   */
  deleted?: string[];
};

/** The revision of each shared record that this browser's copy is based on (see bridge.ts). */
export const REVS = 'syncRevs';
export type RevRow = { id: string; rev: string };
