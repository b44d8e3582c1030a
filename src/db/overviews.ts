// Keeps the `projectOverviews` table in step with `projects`, whoever writes.
//
// A Dexie middleware sits under every write: any read-write transaction that includes
// `projects` also gets `projectOverviews`, and every put, add, delete or clear of projects is
// mirrored to the overviews in the same transaction. So an overview can never be missing,
// stale or left behind, however a project was written (editing, import, sample data, merging
// organisations, undo), and a failed write rolls both back together.
import type { DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie';
import { projectOverview } from '../domain/overview';
import type { Project } from '../domain/schema';
import { encodeOverview } from './overviewRows';
import { companionMiddleware, followedBy, hasStore } from './widenWrites';

export const PROJECTS = 'projects';
export const OVERVIEWS = 'projectOverviews';
const MIRRORED: ReadonlySet<string> = new Set([PROJECTS]);

/** The mirrored request for the overviews table, or null when there is nothing to mirror. */
function mirrorOf(req: DBCoreMutateRequest, res: DBCoreMutateResponse): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      // Rows that failed (reported per index) were not stored: mirror only the others.
      const values = req.values.filter((_value, index) => !(index in res.failures));
      if (values.length === 0) return null;
      return { type: 'put', trans: req.trans, values: values.map((row: Project) => encodeOverview(projectOverview(row))) };
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

export const overviewsMiddleware = companionMiddleware({
  name: 'project-overviews',
  watched: MIRRORED,
  companion: OVERVIEWS,
  // During upgrades from versions before the overviews existed, the store is not there yet.
  write: followedBy((req, res) => (hasStore(req.trans, OVERVIEWS) ? mirrorOf(req, res) : null)),
});
