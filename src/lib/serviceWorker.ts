// The service worker (built by vite-plugin-pwa, see vite.config.ts): registered once the first
// screen is drawn, with workbox-window loaded only then so it stays out of the first-load bundle
// and off the network while the first screen loads.
// What it reports is kept here for Settings (offline readiness) and the update prompt.
import { whenIdle } from './idle';

/**
 * unavailable: no service worker (a development server, a browser or private window without them);
 * preparing: the app is being copied for offline use; ready: it opens with no network.
 */
export type OfflineReadiness = 'unavailable' | 'preparing' | 'ready';

export type ServiceWorkerState = { offline: OfflineReadiness; updateReady: boolean };

let state: ServiceWorkerState = { offline: 'unavailable', updateReady: false };
const listeners = new Set<() => void>();
// Set once registered: moves a waiting new version in and reloads; null until then.
let applyUpdate: (() => void) | null = null;

function setState(next: Partial<ServiceWorkerState>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function getServiceWorkerState(): ServiceWorkerState {
  return state;
}

export function onServiceWorkerState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reloads onto the new version. Only ever called when the person asks for it. */
export function reloadToNewVersion(): void {
  if (applyUpdate) applyUpdate();
  else window.location.reload();
}

// How often an open tab asks the server whether a new version is out; a tab is often left open for days.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker once the page has loaded, `after` has resolved (the first screen
 * is drawn) and the browser is idle.
 */
export function registerServiceWorker(scriptUrl = '/sw.js', after: Promise<unknown> = Promise.resolve()): void {
  if (!('serviceWorker' in navigator)) return;
  setState({ offline: 'preparing' });
  const start = () => void after.then(() => whenIdle(() => void register(scriptUrl)));
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(scriptUrl: string): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(scriptUrl);
  let reloadWhenControlled = false;

  // A new version finished installing and waits for this tab's word (never for a timer).
  wb.addEventListener('waiting', () => setState({ updateReady: true }));
  // The page reloads when it asked for the new version, and only then: another tab's update
  // takes this tab over too, and that must not reload a form away.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenControlled) window.location.reload();
  });
  applyUpdate = () => {
    void navigator.serviceWorker.getRegistration().then((registration) => {
      if (registration?.waiting) {
        reloadWhenControlled = true;
        wb.messageSkipWaiting();
      } else {
        // Another tab already moved the new version in: this tab only needs the reload.
        window.location.reload();
      }
    });
  };

  try {
    const registration = await wb.register();
    if (!registration) {
      setState({ offline: 'unavailable' });
      return;
    }
    // Ready once a service worker is active: it activates only after precaching everything.
    await navigator.serviceWorker.ready;
    setState({ offline: 'ready' });
    // Offline, or the server down: the check fails, and the next one asks again.
    const checkForUpdate = () => void wb.update().catch(() => undefined);
    setInterval(checkForUpdate, UPDATE_CHECK_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') checkForUpdate();
    });
  } catch {
    // Refused (a private window, storage switched off): the app works online as before.
    setState({ offline: 'unavailable' });
  }
}
