// A browser's first connection to the shared portfolio (docs/sync.md, "First connection"). When
// both this browser and the server hold records, the person sees how they overlap and chooses:
// merge (this browser's records are shared too; a project both hold with other content is kept
// in both versions, to compare) or use the server's portfolio (this browser's records are set
// aside in a safety backup first, then the server's arrive). The sample projects never count:
// they are never shared.
import { buildBackup } from '../../domain/backup/write';
import { parseDocId } from '../../domain/sync/docIds';
import { applyRestore } from '../backup';
import type { PortfolioDatabase } from '../database';
import { getSettings } from '../portfolioRepository';
import { sharedIdsHere } from './outbox';
import { SHARED_DATABASE, SyncError, serverAddress, type Fetch } from './session';

export type Overlap = {
  /** This browser's own projects (the sample excluded), and its other shared records. */
  here: { projects: number; other: number };
  /** What the server holds. */
  there: { projects: number; other: number };
  /** Of this browser's projects: how many the server holds too (their content may differ). */
  projectsOnBoth: number;
};

function counts(ids: Iterable<string>): { projects: number; other: number } {
  let projects = 0;
  let other = 0;
  for (const id of ids) {
    const named = parseDocId(id);
    // The department's settings row is always there; it is not a record anyone would miss.
    if (!named || named.type === 'settings') continue;
    if (named.type === 'project') projects += 1;
    else other += 1;
  }
  return { projects, other };
}

/** The ids of the live documents on the server (not their content: one light request). */
async function serverIds(server: string, fetcher: Fetch): Promise<Set<string>> {
  let response: Response;
  try {
    response = await fetcher(`${serverAddress(server)}${SHARED_DATABASE}/_all_docs`, { method: 'GET', credentials: 'include', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new SyncError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new SyncError('server', `${response.status} ${response.statusText}`);
  const body = (await response.json()) as { rows?: { id?: unknown }[] };
  return new Set((body.rows ?? []).map((row) => row.id).filter((id): id is string => typeof id === 'string'));
}

/**
 * How this browser's records and the server's overlap; null when there is nothing to choose:
 * this browser has no projects of its own that were never shared (only the sample, whose
 * directory merges without harm, or records it shared before a disconnection), or the server
 * holds nothing yet (the first colleague's records are simply uploaded).
 */
export async function compareWithServer(db: PortfolioDatabase, server: string, fetcher: Fetch = fetch): Promise<Overlap | null> {
  const [all, known, there] = await Promise.all([sharedIdsHere(db), db.syncRevs.toCollection().primaryKeys(), serverIds(server, fetcher)]);
  // Records this browser shared before (it was connected, then disconnected) are the
  // department's already: connecting again merges them without asking.
  const shared = new Set(known as string[]);
  const here = all.filter((id) => !shared.has(id));
  const overlap: Overlap = { here: counts(here), there: counts(there), projectsOnBoth: here.filter((id) => there.has(id) && parseDocId(id)?.type === 'project').length };
  return overlap.here.projects === 0 || overlap.there.projects + overlap.there.other === 0 ? null : overlap;
}

/**
 * "Use the server's portfolio": this browser's portfolio is saved as a safety backup and its
 * records are removed, in one transaction (a restore of an empty portfolio, which keeps this
 * browser's settings). Run before sharing starts, so nothing of it reaches the server.
 */
export async function setAsideLocalPortfolio(now = new Date()): Promise<{ safetyBackupId: string }> {
  const settings = await getSettings();
  const empty = buildBackup({ settings, organisations: [], programmes: [], projects: [], history: [] }, { exportedAt: now.toISOString(), appVersion: 'first-connection' });
  const { safetyBackupId } = await applyRestore(empty, 'replace', { now });
  return { safetyBackupId };
}
