// Once a new version of the app is installed in the background, every screen offers it. The page
// reloads only when the person asks, and not while a form holds unsaved changes.
import { useSyncExternalStore } from 'react';
import { useUnsavedChanges } from '../components/unsavedChanges';
import { useI18n } from '../i18n/I18nProvider';
import { getServiceWorkerState, onServiceWorkerState, reloadToNewVersion } from '../lib/serviceWorker';

export function UpdatePrompt() {
  const { t } = useI18n();
  const { updateReady } = useSyncExternalStore(onServiceWorkerState, getServiceWorkerState);
  const unsaved = useUnsavedChanges();
  if (!updateReady) return null;
  return (
    <div className="update-prompt" role="status">
      <p>
        {t('update.ready')}
        {unsaved && <span className="update-unsaved"> {t('update.unsaved')}</span>}
      </p>
      <button type="button" disabled={unsaved} onClick={reloadToNewVersion}>
        {t('update.reload')}
      </button>
    </div>
  );
}
