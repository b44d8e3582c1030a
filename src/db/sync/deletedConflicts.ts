// An edit against a deletion (docs/sync.md, "Conflicts"): one colleague deletes a project while
// another edits it, apart. CouchDB's rule keeps the edit (a kept version always wins over a
// deleted one) and keeps the deletion only as a deleted version, which `_conflicts` does not
// list. Without more, the project would silently come back for the person who deleted it.
//
// The changes feed read with `style: 'all_docs'` names every version a record ends in; those
// that are neither the one shown nor in `_conflicts` are deleted ones. A deleted version is a
// person's deletion unless it carries the SETTLED mark: the app writes the mark on the versions
// a resolution drops (bridge.ts `dropOtherVersions`), and, once someone has chosen to keep the
// project or delete it after all, as a deleted child of the colleague's deletion
// (`settleDeletions`), so every copy stops asking.
import type { ChangesResult, PouchDoc, Replica } from './pouch';

/** The field that marks a deleted version as settled: not a deletion waiting for a choice. */
export const SETTLED = 'settled';

type Change = ChangesResult['results'][number];

/**
 * The record types whose deletions are shown against an edit: projects (on their compare screen),
 * organisations and programmes (Settings → Sharing; a merge deletes one organisation).
 */
const ASKED = ['project:', 'organisation:', 'programme:'];

/**
 * For the changed records that are kept (not deleted) and also end in a deleted version no one
 * has settled: the revisions of those deleted versions, by document id. Reads the replica only
 * for records that end in more versions than the feed's `_conflicts` explain.
 */
export async function unsettledDeletions(replica: Replica, changes: readonly Change[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  await Promise.all(
    changes.map(async (change) => {
      const doc = change.doc;
      if (!doc || doc._deleted || !ASKED.some((prefix) => change.id.startsWith(prefix)) || !change.changes) return;
      const live = new Set([doc._rev, ...(doc._conflicts ?? [])]);
      const candidates = change.changes.map((leaf) => leaf.rev).filter((rev) => !live.has(rev));
      if (candidates.length === 0) return;
      const leaves: (PouchDoc | null)[] = await Promise.all(candidates.map((rev) => replica.get(change.id, { rev }).catch(() => null)));
      const unsettled = leaves.filter((leaf): leaf is PouchDoc => leaf?._deleted === true && leaf[SETTLED] !== true).map((leaf) => leaf._rev ?? '');
      if (unsettled.length > 0) found.set(change.id, unsettled);
    }),
  );
  return found;
}

function randomHash(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/**
 * Settle a colleague's deletion once someone has chosen: each deleted version gets a deleted
 * child with the SETTLED mark (a deleted version cannot be removed, only extended). It replicates
 * like any version, so every copy stops showing the choice.
 */
export async function settleDeletions(replica: Replica, id: string, revs: readonly string[]): Promise<void> {
  if (revs.length === 0) return;
  const docs = revs.map((rev) => {
    const start = Number.parseInt(rev, 10) + 1;
    const hash = randomHash();
    return { _id: id, _rev: `${start}-${hash}`, _deleted: true, [SETTLED]: true, _revisions: { start, ids: [hash, rev.slice(rev.indexOf('-') + 1)] } };
  });
  await replica.bulkDocs(docs, { new_edits: false });
}
