// Storage failures translated into something a person can act on.
import { isOutdated } from './database';

/** 'outdated': this tab's build is older than the stored database (database.ts); it must reload. */
export type StorageErrorKind = 'quota' | 'closed' | 'invalid' | 'corrupt' | 'conflict' | 'not-found' | 'outdated' | 'read-only' | 'other';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  override readonly cause: unknown;

  constructor(kind: StorageErrorKind, message: string, cause?: unknown) {
    super(message);
    this.name = 'StorageError';
    this.kind = kind;
    this.cause = cause;
  }
}

/** Classify whatever Dexie or IndexedDB threw. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return new StorageError('quota', message, error);
  if (name === 'ReadOnlyError' || inner === 'ReadOnlyError') return new StorageError('read-only', message, error); // sync/outbox.ts
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError' || inner === 'InvalidStateError') {
    return new StorageError('closed', message, error);
  }
  return new StorageError('other', message, error);
}

function outdatedError(cause?: unknown): StorageError {
  return new StorageError('outdated', 'this tab runs an older version of the app than the stored database', cause);
}

/**
 * Run a storage operation; any failure comes out as a StorageError. An outdated tab does not
 * start one, and one it had under way when it became outdated fails as outdated too (the
 * connection was closed under it).
 */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  if (isOutdated()) throw outdatedError();
  try {
    return await operation();
  } catch (error) {
    throw isOutdated() ? outdatedError(error) : toStorageError(error);
  }
}
