// Whether the person may change the portfolio (docs/sync.md, "Roles"). A browser that does not
// share may always; one signed in to the department's server as a reader may not, and the screens
// leave out every edit control. Kept apart from sharing.ts (which loads only for those who share)
// and remembered with the sharing configuration, so a reader's screens are right from the first
// paint, before the session is resumed.
import { useSyncExternalStore } from 'react';
import { SHARING_CONFIG_KEY } from '../db/sync/outbox';

function storedReadOnly(): boolean {
  try {
    const text = globalThis.localStorage?.getItem(SHARING_CONFIG_KEY);
    return text ? (JSON.parse(text) as { readOnly?: unknown }).readOnly === true : false;
  } catch {
    return false;
  }
}

let readOnly = storedReadOnly();
const listeners = new Set<() => void>();

/** Set by the sharing code once it knows the signed-in user's access (and cleared on disconnect). */
export function setReadOnlyAccess(next: boolean): void {
  if (next === readOnly) return;
  readOnly = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** False for a reader of the shared portfolio: edit controls are left out. */
export function useCanEdit(): boolean {
  return !useSyncExternalStore(subscribe, () => readOnly);
}
