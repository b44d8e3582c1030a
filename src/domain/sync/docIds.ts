// The ids of shared records as CouchDB documents: `<type>:<record id>` (docs/sync.md). Kept
// apart from documents.ts, which checks whole documents with the schema: the outbox middleware
// needs only the ids, and it sits under every write, so it must not bring the validation
// library into the first screen's download.
import { MAX_ID_LENGTH } from '../constants';

export const SHARED_TYPES = ['project', 'organisation', 'programme', 'history', 'settings'] as const;
export type SharedType = (typeof SHARED_TYPES)[number];

const SEPARATOR = ':';

export function docId(type: SharedType, key: string): string {
  return `${type}${SEPARATOR}${key}`;
}

/** The type and record key a document id names, or null for ids that are not ours (design docs). */
export function parseDocId(id: string): { type: SharedType; key: string } | null {
  const at = id.indexOf(SEPARATOR);
  if (at <= 0) return null;
  const type = id.slice(0, at) as SharedType;
  const key = id.slice(at + 1);
  if (!SHARED_TYPES.includes(type)) return null;
  if (type === 'settings' ? key !== 'department' : key.length === 0 || key.length > MAX_ID_LENGTH) return null;
  return { type, key };
}
