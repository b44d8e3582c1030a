// English strings of offline use and updates: the update prompt and Settings' offline status.
export const offlineEn = {
  'update.ready': 'A new version is ready — reload',
  'update.reload': 'Reload',
  'update.unsaved': 'Save or cancel your changes first: the page does not reload while a form has unsaved changes.',

  'settings.offline': 'Offline use',
  'settings.offline.ready': 'Ready: this browser keeps a copy of the app, so it opens and reloads with no network.',
  'settings.offline.preparing': 'Not ready yet: the app is being copied for offline use. Keep this page open, with the network on, for a moment.',
  'settings.offline.unavailable': 'Not available: this browser (or a private window) does not allow it, or the app runs on a development server. It works while the tab stays open.',
} as const;
