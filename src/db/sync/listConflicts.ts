// The records in conflict, as the screens read them (apart from conflicts.ts, which the database
// schema imports for the table's name).
import { getDatabase } from '../database';
import { guarded } from '../errors';
import type { ConflictRow } from './conflicts';

/** The shared records this browser holds in more than one version (`project:<id>`, …): empty unless it shares. */
export function listConflicts(): Promise<ConflictRow[]> {
  return guarded(() => getDatabase().syncConflicts.toArray());
}
