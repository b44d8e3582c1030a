// For the Dexie middlewares that write to a table of their own alongside others (overviews.ts,
// changeMark.ts, sync/outbox.ts): such a write must be in the same transaction as the one it follows.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

type TransactionArgs = Parameters<DBCore['transaction']>;

/** The stores of a transaction, with `extra` added when it may write to any of `watched`. */
export function widenWrites(stores: TransactionArgs[0], mode: TransactionArgs[1], watched: ReadonlySet<string>, extra: string): TransactionArgs[0] {
  return mode === 'readwrite' && !stores.includes(extra) && stores.some((store) => watched.has(store)) ? [...stores, extra] : stores;
}

/** Whether the transaction holds `store`: during upgrades from versions before it existed, it does not. */
export function hasStore(trans: DBCoreTransaction, store: string): boolean {
  const names = (trans as unknown as Partial<IDBTransaction>).objectStoreNames;
  return names === undefined || names.contains(store);
}

export type CompanionWrite = (req: DBCoreMutateRequest, context: { name: string; table: DBCoreTable; down: DBCore; companion: string }) => Promise<DBCoreMutateResponse>;

/**
 * A `write` that passes the write down, then writes to the companion table what `follow` makes
 * of it (nothing when it returns null). A failed companion write fails the whole write, so the
 * transaction rolls both back.
 */
export function followedBy(follow: (req: DBCoreMutateRequest, res: DBCoreMutateResponse) => DBCoreMutateRequest | null): CompanionWrite {
  return async (req, { table, down, companion }) => {
    const res = await table.mutate(req);
    const next = follow(req, res);
    if (next) {
      const written = await down.table(companion).mutate(next);
      if (written.numFailures > 0) throw Object.values(written.failures)[0];
    }
    return res;
  };
}

/**
 * A middleware that follows every write to the `watched` tables with a write of its own to
 * `companion`, in the same transaction: read-write transactions on a watched table get the
 * companion table too (while `widen` says so), and each watched table's `mutate` goes through
 * `write`. `write` gets the core below this middleware (`down`), so its own writes do not come
 * back to it.
 */
export function companionMiddleware({ name, watched, companion, widen = () => true, write }: {
  name: string;
  watched: ReadonlySet<string>;
  companion: string;
  widen?: () => boolean;
  write: CompanionWrite;
}): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          return down.transaction(widen() ? widenWrites(stores, mode, watched, companion) : stores, mode, options);
        },
        table(tableName) {
          const table = down.table(tableName);
          if (!watched.has(tableName)) return table;
          return { ...table, mutate: (req) => write(req, { name: tableName, table, down, companion }) };
        },
      };
    },
  };
}
