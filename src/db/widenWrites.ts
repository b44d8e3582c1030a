// For the Dexie middlewares that write to a table of their own alongside others (overviews.ts,
// changeMark.ts): such a write must be in the same transaction as the one it follows.
import type { DBCore } from 'dexie';

type TransactionArgs = Parameters<DBCore['transaction']>;

/** The stores of a transaction, with `extra` added when it may write to any of `watched`. */
export function widenWrites(stores: TransactionArgs[0], mode: TransactionArgs[1], watched: ReadonlySet<string>, extra: string): TransactionArgs[0] {
  return mode === 'readwrite' && !stores.includes(extra) && stores.some((store) => watched.has(store)) ? [...stores, extra] : stores;
}
