// The one place where this browser writes a new history entry (saves, deletions, undo, an
// organisation merge's repointed projects; a merge restore's import entries take `author()` from
// here too). While the portfolio is shared, each entry names the signed-in user, so colleagues
// see who changed what (docs/sync.md); without sharing, entries name nobody, as always.
import type { HistoryEntry, Project } from '../domain/schema';
import { isSharing, SHARING_CONFIG_KEY } from './sync/outbox';

/** What a save adds to its history entry: who made it and, for a resolved conflict, what was kept. */
export type EntryNote = Pick<HistoryEntry, 'author' | 'resolution'>;

let named: string | null | undefined;

/** For tests (which have no localStorage): who is signed in; undefined goes back to the stored configuration. */
export function setAuthor(name: string | null | undefined): void {
  named = name;
}

/** The user signed in to the sharing server, as remembered with this browser's sharing configuration. */
function storedUser(): string | null {
  try {
    const text = globalThis.localStorage?.getItem(SHARING_CONFIG_KEY);
    const user = text ? (JSON.parse(text) as { user?: unknown }).user : null;
    return typeof user === 'string' && user !== '' ? user : null;
  } catch {
    return null;
  }
}

/** Who makes the changes written here now: the signed-in user while sharing, else nobody. */
export function author(): string | undefined {
  if (!isSharing()) return undefined;
  const name = named === undefined ? storedUser() : named;
  return name ? name.slice(0, 200) : undefined;
}

/** A new history entry for a change made here: named for its author while sharing; `note` may name one itself. */
export function historyEntry(action: HistoryEntry['action'], snapshot: Project, at: string, changed: string[], note?: EntryNote): HistoryEntry {
  const by = author();
  return { id: crypto.randomUUID(), projectId: snapshot.id, at, action, revision: snapshot.revision, changedFields: changed, snapshot, ...(by ? { author: by } : {}), ...note };
}
