// The part of PouchDB's API this app uses, typed here rather than through the community type
// packages (written for PouchDB 6, and they change the global Node types of the whole project).
// PouchDB itself is imported only by loadPouch, on demand: people who do not share never
// download it.

export type PouchDoc = Record<string, unknown> & { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] };

export type AllDocsRow = { id?: string; key: string; error?: string; value?: { rev: string; deleted?: boolean }; doc?: PouchDoc | null };

export type BulkResult = { ok?: boolean; id?: string; rev?: string; error?: string | boolean; status?: number; message?: string; reason?: string };

export type ChangesResult = { results: { id: string; seq: number | string; doc?: PouchDoc; deleted?: boolean; changes?: { rev: string }[] }[]; last_seq: number | string };

/** A replication's events (PouchDB's EventEmitter-based handle). */
export type Replication = {
  on(event: 'change' | 'paused' | 'active' | 'denied' | 'error' | 'complete' | 'requestError', listener: (info: unknown) => void): Replication;
  cancel(): void;
};

/**
 * `since`: where to start reading the source's changes (PouchDB then records it as the checkpoint).
 * `doc_ids`: only these records.
 */
export type ReplicationOptions = { live?: boolean; retry?: boolean; batch_size?: number; since?: number | string; doc_ids?: string[]; back_off_function?: (delay: number) => number };

/** A live changes feed. */
export type LiveChanges = { on(event: 'change', listener: () => void): LiveChanges; cancel(): void };

export type Replica = {
  name: string;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<PouchDoc>;
  get(id: string, options: { open_revs: 'all' }): Promise<{ ok?: PouchDoc; missing?: string }[]>;
  allDocs(options: { keys: string[]; include_docs: boolean; conflicts?: boolean }): Promise<{ rows: AllDocsRow[] }>;
  allDocs(options: { startkey: string; endkey: string }): Promise<{ rows: AllDocsRow[] }>;
  bulkDocs(docs: Record<string, unknown>[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
  changes(options: { since: number | string; limit?: number; batch_size?: number; include_docs: boolean; conflicts: boolean; style?: 'all_docs' }): Promise<ChangesResult>;
  changes(options: { since: number | string | 'now'; live: true }): LiveChanges;
  info(): Promise<{ doc_count: number; doc_del_count?: number; update_seq: number | string }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
  sync(remote: Replica, options: ReplicationOptions & { push?: ReplicationOptions; pull?: ReplicationOptions }): Replication;
  replicate: {
    to(remote: Replica, options?: ReplicationOptions): Replication & Promise<unknown>;
    from(remote: Replica, options?: ReplicationOptions): Replication & Promise<unknown>;
  };
};

export type PouchConstructor = new (name: string, options?: { adapter?: string; skip_setup?: boolean; fetch?: (url: string, init: RequestInit) => Promise<Response> }) => Replica;

/** PouchDB, loaded on first use. */
export async function loadPouch(): Promise<PouchConstructor> {
  const module = (await import('pouchdb-browser')) as unknown as { default: PouchConstructor };
  return module.default;
}
