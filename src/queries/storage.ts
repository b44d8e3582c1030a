// The app shell's door to storage: the first start, and whether this tab has been outdated by
// a newer version of the app opened in another tab.
import { useSyncExternalStore } from 'react';
import { initialiseIfNew, isInitialised, isOutdated, onOutdated } from '../db/portfolioRepository';
import { isSharing, onSharingConfigChange } from '../db/sync/outbox';

/** Whether this browser shares its portfolio (the sharing code itself loads only then). */
export const sharesHere = () => isSharing();

/** `sharesHere`, kept current when sharing is configured or ended, here or in another tab. */
export function useSharesHere(): boolean {
  return useSyncExternalStore(onSharingConfigChange, sharesHere);
}

/** Whether this browser has started the app before. */
export const hasStartedBefore = () => isInitialised();

/** On a first start, load the sample portfolio (downloaded only then, never on the everyday path). */
export async function loadSampleOnFirstStart() {
  return initialiseIfNew((await import('../domain/sample')).samplePortfolio);
}

/** True once the database stored in this browser is newer than this tab's build. */
export function useOutdated(): boolean {
  return useSyncExternalStore(onOutdated, isOutdated);
}
