// Which forms on screen hold unsaved changes, for code outside the form that must not throw
// them away: the update prompt never reloads the page while any form here is dirty.
import { useEffect, useSyncExternalStore } from 'react';

const dirtyForms = new Set<symbol>();
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

export function onUnsavedChanges(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A form reports here whether it holds unsaved changes, for as long as it is on screen. */
export function useReportUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const form = Symbol('dirty form');
    dirtyForms.add(form);
    changed();
    return () => {
      dirtyForms.delete(form);
      changed();
    };
  }, [dirty]);
}

/** True while some form on screen holds unsaved changes. */
export function useUnsavedChanges(): boolean {
  return useSyncExternalStore(onUnsavedChanges, hasUnsavedChanges);
}
