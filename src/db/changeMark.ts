// A mark that changes with every write to the data a backup holds, in this tab or any other.
//
// The backup screen reads everything stored to show what a restore would change; when the user
// then confirms, the restore can skip reading it all again (~0.7 s at 10,000 projects) if the
// mark is still the one read with it. A Dexie middleware sets a new mark under every write of
// those tables, in the same transaction, so no write path can forget it.
import { companionMiddleware, followedBy } from './widenWrites';

/** The mark is a row of the key-value settings table (not part of a backup: that reads only its own row). */
export const MARK_STORE = 'settings';
export const CHANGE_MARK_KEY = 'lastChange';
/** The tables a backup holds: every write to them moves the mark. */
export const BACKED_UP_STORES = ['projects', 'organisations', 'programmes', 'settings', 'history'] as const;
const MARKED_STORES: ReadonlySet<string> = new Set(BACKED_UP_STORES);

export type ChangeMarkRow = { key: typeof CHANGE_MARK_KEY; value: string };

export const changeMarkMiddleware = companionMiddleware({
  name: 'change-mark',
  watched: MARKED_STORES,
  companion: MARK_STORE,
  // Written below this middleware, so the mark's own row does not set off another mark.
  write: followedBy((req) => ({ type: 'put', trans: req.trans, values: [{ key: CHANGE_MARK_KEY, value: crypto.randomUUID() } satisfies ChangeMarkRow] })),
});
