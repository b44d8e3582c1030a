// Storage failures translated into something a person can act on.
export type StorageErrorKind = 'quota' | 'closed' | 'invalid' | 'conflict' | 'not-found' | 'other';

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
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError' || inner === 'InvalidStateError') {
    return new StorageError('closed', message, error);
  }
  return new StorageError('other', message, error);
}

/** Run a storage operation; any failure comes out as a StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
